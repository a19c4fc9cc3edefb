package fr.cdg.medtravail.directory.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import fr.cdg.medtravail.support.ApiSlice;

@WebMvcTest(AgentApiController.class)
class AgentApiControllerTest extends ApiSlice {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AgentService service;

    @Test
    void refusesAPageSizeOfZeroNamingTheParameter() {
        assertThat(mvc.get().uri("/api/collectivites/3/agents?size=0").with(as(SECRETARIAT)))
                .hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
        verifyNoInteractions(service);
    }

    @Test
    void aCreatedAgentAnswers201WithItsLocationAndTheCollectiviteComesFromThePath() {
        var form = new AgentForm("M-1", "Martin", "Léa", LocalDate.of(1980, 1, 31), "Agent d'accueil",
                LocalDate.of(2020, 9, 1), true, false, null, null, null, null);
        when(service.create(any(), eq(3L), any())).thenReturn(new Agent(77, 3, form));
        var referent = referentOf(3);

        assertThat(mvc.post().uri("/api/collectivites/3/agents").with(as(referent))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"matricule\":\"M-1\",\"lastName\":\"Martin\",\"firstName\":\"Léa\"}"))
                .hasStatus(201)
                .headers().hasValue("Location", "/api/agents/77");
        verify(service).create(eq(referent), eq(3L), any());
    }

    @Test
    void onlyStaffDeleteAgentsAndProfessionalsReachNone() {
        assertThat(mvc.delete().uri("/api/agents/77").with(as(referentOf(3)))).hasStatus(403);
        assertThat(mvc.get().uri("/api/agents/77").with(as(professional(5)))).hasStatus(403);
        verify(service, never()).delete(any(), anyLong());
    }
}
