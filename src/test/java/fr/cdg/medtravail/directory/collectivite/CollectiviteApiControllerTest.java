package fr.cdg.medtravail.directory.collectivite;

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
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import fr.cdg.medtravail.directory.Page;
import fr.cdg.medtravail.support.ApiSlice;

@WebMvcTest(CollectiviteApiController.class)
class CollectiviteApiControllerTest extends ApiSlice {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    CollectiviteService service;

    @Test
    void passesSearchFilterAndPageToTheServiceAsTheCaller() {
        when(service.find(any(), eq("villeur"), eq(CollectiviteKind.SYNDICAT), eq(2), eq(10)))
                .thenReturn(new Page<>(List.of(), 2, 10, 21));

        assertThat(mvc.get().uri("/api/collectivites?q=villeur&kind=SYNDICAT&page=2&size=10").with(as(SECRETARIAT)))
                .hasStatusOk()
                .bodyJson().hasPathSatisfying("$.total", total -> total.assertThat().isEqualTo(21));
        verify(service).find(eq(SECRETARIAT), eq("villeur"), eq(CollectiviteKind.SYNDICAT), eq(2), eq(10));
    }

    @Test
    void refusesPagesOutOfBoundsNamingTheParameter() {
        assertThat(mvc.get().uri("/api/collectivites?size=201").with(as(SECRETARIAT)))
                .hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
        assertThat(mvc.get().uri("/api/collectivites?page=-1").with(as(SECRETARIAT)))
                .hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("page");
        verifyNoInteractions(service);
    }

    @Test
    void refusesAnUnknownKindNamingTheParameter() {
        assertThat(mvc.get().uri("/api/collectivites?kind=VILLAGE").with(as(SECRETARIAT)))
                .hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("kind");
        verifyNoInteractions(service);
    }

    @Test
    void createdCollectiviteAnswers201WithItsLocation() {
        when(service.create(any())).thenReturn(42L);

        assertThat(mvc.post().uri("/api/collectivites").with(as(SECRETARIAT))
                .contentType(MediaType.APPLICATION_JSON).content("{\"siren\":\"219200128\",\"name\":\"Vanves\"}"))
                .hasStatus(201)
                .headers().hasValue("Location", "/api/collectivites/42");
    }

    @Test
    void aMalformedBodyIsRefusedBeforeTheService() {
        assertThat(mvc.post().uri("/api/collectivites").with(as(SECRETARIAT))
                .contentType(MediaType.APPLICATION_JSON).content("{\"siren\":"))
                .hasStatus(400)
                .bodyJson().extractingPath("$.status").isEqualTo(400);
        verifyNoInteractions(service);
    }

    @Test
    void onlyStaffCreateAndOnlyLoggedInUsersRead() {
        assertThat(mvc.post().uri("/api/collectivites").with(as(referentOf(7)))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/collectivites")).hasStatus(401);
        verifyNoInteractions(service);
    }
}
