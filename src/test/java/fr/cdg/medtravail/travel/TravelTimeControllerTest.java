package fr.cdg.medtravail.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
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

@WebMvcTest(TravelTimeController.class)
class TravelTimeControllerTest extends ApiSlice {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    TravelTimeService service;

    @Test
    void reachableCabinetsDefaultToOneHour() {
        when(service.reachableCabinets(any(), eq(5L), eq(60))).thenReturn(List.of(
                new ReachableCabinet(4, "CIG-CAB-04", "Centre médical", "COLLECTIVITE_OFFICE", "Boulogne", 6, "ESTIMATE")));

        assertThat(mvc.get().uri("/api/collectivites/5/reachable-cabinets").with(as(referentOf(5))))
                .hasStatusOk()
                .bodyJson().extractingPath("$[0].minutes").isEqualTo(6);
        verify(service).reachableCabinets(eq(referentOf(5)), eq(5L), eq(60));
    }

    @Test
    void aNonNumericMaxMinutesIsRefusedNamingTheParameter() {
        assertThat(mvc.get().uri("/api/collectivites/5/reachable-cabinets?maxMinutes=soon").with(as(SECRETARIAT)))
                .hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("maxMinutes");
        verifyNoInteractions(service);
    }

    @Test
    void onlyStaffRecompute() {
        assertThat(mvc.post().uri("/api/travel-times/recompute").with(as(referentOf(5)))).hasStatus(403);
        assertThat(mvc.post().uri("/api/travel-times/recompute").with(as(professional(2)))).hasStatus(403);
        verifyNoInteractions(service);
    }
}
