package fr.cdg.medtravail.directory.cabinet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import fr.cdg.medtravail.support.ApiSlice;

@WebMvcTest(CabinetApiController.class)
class CabinetApiControllerTest extends ApiSlice {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    CabinetService service;

    @Test
    void everyoneLoggedInReadsCabinetsByKind() {
        when(service.findAll(CabinetKind.TELECONSULTATION)).thenReturn(List.of());

        assertThat(mvc.get().uri("/api/cabinets?kind=TELECONSULTATION").with(as(referentOf(3)))).hasStatusOk();
        verify(service).findAll(CabinetKind.TELECONSULTATION);
        assertThat(mvc.get().uri("/api/cabinets")).hasStatus(401);
    }

    @Test
    void anUnknownKindIsRefusedNamingTheParameter() {
        assertThat(mvc.get().uri("/api/cabinets?kind=CASTLE").with(as(SECRETARIAT)))
                .hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("kind");
        verifyNoInteractions(service);
    }

    @Test
    void onlyStaffChangeCabinets() {
        assertThat(mvc.delete().uri("/api/cabinets/4").with(as(referentOf(3)))).hasStatus(403);
        assertThat(mvc.delete().uri("/api/cabinets/4").with(as(professional(2)))).hasStatus(403);
        verifyNoInteractions(service);
    }
}
