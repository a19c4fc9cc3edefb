package fr.cdg.medtravail.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.cdg.medtravail.support.IntegrationTest;
import fr.cdg.medtravail.support.PersonalDataRows;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class AccountAdministrationTest extends IntegrationTest {

    @Test
    void anAdministratorCreatesAReferentBoundToCollectivitesWhoThenSeesOnlyThose() {
        long a = PersonalDataRows.collectivite(jdbc, "Commune du référent");
        var username = unique("ref");
        as(Role.ADMIN).post().uri("/api/accounts").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "displayName", "Référente", "password", PASSWORD,
                        "role", "REFERENT", "collectiviteIds", List.of(a)))
                .exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.collectiviteIds[0]").isEqualTo(a)
                .jsonPath("$.enabled").isEqualTo(true)
                .jsonPath("$.passwordHash").doesNotExist();
        long agent = PersonalDataRows.agent(jdbc, a, java.time.LocalDate.of(1982, 3, 4), false);
        http.get().uri("/api/agents/{id}/export", agent).headers(h -> h.setBasicAuth(username, PASSWORD)).exchange()
                .expectStatus().isOk();

        // Re-bound to another collectivité, the référent no longer sees the first one's agents.
        long b = PersonalDataRows.collectivite(jdbc, "Autre commune");
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
        as(Role.ADMIN).put().uri("/api/accounts/{id}/collectivites", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("collectiviteIds", List.of(b))).exchange().expectStatus().isOk();
        http.get().uri("/api/agents/{id}/export", agent).headers(h -> h.setBasicAuth(username, PASSWORD)).exchange()
                .expectStatus().isNotFound();

        // A reset password replaces the old one at once.
        as(Role.ADMIN).put().uri("/api/accounts/{id}/password", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("password", "another-long-password")).exchange().expectStatus().isNoContent();
        http.get().uri("/api/agents/{id}/export", agent).headers(h -> h.setBasicAuth(username, PASSWORD)).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void invalidAccountsAreRefusedNamingTheFieldAndDuplicatesConflict() {
        var admin = as(Role.ADMIN);
        admin.post().uri("/api/accounts").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", unique("ref"), "displayName", "Sans collectivité", "password", "short",
                        "role", "REFERENT"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'password')]").exists()
                .jsonPath("$.errors[?(@.field == 'collectiviteIds')]").exists();
        admin.post().uri("/api/accounts").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", unique("ref"), "displayName", "Inconnue", "password", PASSWORD,
                        "role", "REFERENT", "collectiviteIds", List.of(Long.MAX_VALUE)))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("collectiviteIds");
        admin.post().uri("/api/accounts").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "admin", "displayName", "Doublon", "password", PASSWORD,
                        "role", "SECRETARIAT"))
                .exchange()
                .expectStatus().isEqualTo(409);
        var adminId = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        admin.post().uri("/api/accounts/{id}/disable", adminId).exchange().expectStatus().isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE display_name IN ('Sans collectivité', 'Inconnue')")
                .query(Long.class).single()).isZero();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
