package fr.cdg.medtravail.directory.professional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import fr.cdg.medtravail.support.ApiSlice;

@WebMvcTest(ProfessionalApiController.class)
class ProfessionalApiControllerTest extends ApiSlice {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ProfessionalService service;

    @Test
    void filtersByKind() {
        when(service.findAll(ProfessionalKind.NURSE)).thenReturn(List.of());

        assertThat(mvc.get().uri("/api/professionals?kind=NURSE").with(as(professional(2)))).hasStatusOk();
        verify(service).findAll(ProfessionalKind.NURSE);
    }

    @Test
    void aHalfDayOnSundayIsRefusedBeforeTheService() {
        assertThat(mvc.post().uri("/api/professionals").with(as(SECRETARIAT)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"DR-1\",\"weeklyHalfDays\":[\"SUN-AM\"]}"))
                .hasStatus(400);
        verifyNoInteractions(service);
    }

    @Test
    void leavesAreForStaffOnly() {
        // A leave may be a sick leave: colleagues do not see it.
        assertThat(mvc.get().uri("/api/professionals/2/leaves").with(as(professional(2)))).hasStatus(403);
        assertThat(mvc.get().uri("/api/professionals").with(as(referentOf(3)))).hasStatus(403);
        verifyNoInteractions(service);
    }
}
