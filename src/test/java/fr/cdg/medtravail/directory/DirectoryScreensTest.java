package fr.cdg.medtravail.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

import fr.cdg.medtravail.security.Role;

/** The screens over HTTP (Basic authentication is accepted there too): scoping and fragments. */
class DirectoryScreensTest extends DirectoryTest {

    @Test
    void aReferentSeesTheirCollectiviteScreensOnlyAndCannotOpenTheCreationForm() {
        var ownCommune = Communes.next();
        long own = createCollectivite(ownCommune);
        long other = createCollectivite(Communes.next());
        var referent = as(Role.REFERENT, own);

        var list = referent.get().uri("/collectivites").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
        assertThat(list).contains(ownCommune.siren()).contains("1 résultat");
        referent.get().uri("/collectivites/{id}", own).exchange().expectStatus().isOk();
        referent.get().uri("/collectivites/{id}/agents", own).exchange().expectStatus().isOk();
        referent.get().uri("/collectivites/{id}", other).exchange().expectStatus().isNotFound();
        referent.get().uri("/collectivites/{id}/agents", other).exchange().expectStatus().isNotFound();
        referent.get().uri("/collectivites/new").exchange().expectStatus().isForbidden();
        referent.get().uri("/imports").exchange().expectStatus().isForbidden();
    }

    @Test
    void aReferentAddsAnAgentThroughTheFormAndSeesTheProblemsOfABadOne() {
        var commune = Communes.next();
        long own = createCollectivite(commune);
        var referent = as(Role.REFERENT, own);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("matricule", "F-001");
        form.add("lastName", "Fontaine");
        form.add("firstName", "Inès");
        form.add("birthDate", "1990-04-12");
        form.add("post", "Animatrice");
        form.add("hireDate", "1980-01-01");
        var page = referent.post().uri("/collectivites/{id}/agents", own).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form).exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
        assertThat(page).contains("id=\"hireDate-error\"").contains("ne peut pas précéder la date de naissance")
                .contains("value=\"Fontaine\"");

        form.set("hireDate", "2015-09-01");
        referent.post().uri("/collectivites/{id}/agents", own).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form).exchange()
                .expectStatus().isFound()
                .expectHeader().valueMatches("Location", ".*/collectivites/" + own + "/agents");
        long agent = jdbc.sql("SELECT id FROM agent WHERE collectivite_id = ? AND matricule = 'F-001'")
                .param(own).query(Long.class).single();
        assertThat(referent.get().uri("/collectivites/{id}/agents/{agent}/edit", own, agent).exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody())
                .contains("Modifier l&#39;agent").contains("value=\"2015-09-01\"").contains("value=\"Fontaine\"");
        referent.get().uri("/collectivites/{id}/agents/new", createCollectivite(Communes.next())).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void theLiveSearchAnswersTheResultsFragmentOnly() {
        var commune = Communes.next();
        createCollectivite(commune);
        var fragment = as(Role.SECRETARIAT).get().uri("/collectivites?q={q}", commune.siren()).header("HX-Request", "true")
                .exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
        assertThat(fragment).startsWith("<div id=\"results\">").doesNotContain("<html").contains(commune.siren());
    }

    @Test
    void theImportScreenListsTheProblemsOfARefusedFile() {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("kind", "collectivites");
        parts.add("file", new ByteArrayResource(("siren;name\n123;X\n").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "bad.csv";
            }
        });
        var page = as(Role.SECRETARIAT).post().uri("/imports").contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
        assertThat(page).contains("est refusé, rien n'a été enregistré").contains("missing column").contains("latitude");
    }
}
