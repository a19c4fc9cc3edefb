package fr.cdg.medtravail.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import fr.cdg.medtravail.support.IntegrationTest;
import fr.cdg.medtravail.support.PersonalDataRows;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Personal API tokens: shown once, kept hashed, acting as their account, expiring and revocable. */
class ApiTokenTest extends IntegrationTest {

    @Test
    void aTokenIsShownOnceKeptAsItsHashAndListedWithItsLastUse() {
        var created = as(Role.SECRETARIAT).post().uri("/api/tokens").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "nightly export", "expiresInDays", 30)).exchange().expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, "/api/tokens/\\d+")
                .expectBody(Map.class).returnResult().getResponseBody();
        var token = (String) created.get("token");
        assertThat(token).startsWith("mtk_");
        assertThat(Base64.getUrlDecoder().decode(token.substring(4))).hasSizeGreaterThanOrEqualTo(16);
        long id = ((Number) created.get("id")).longValue();

        var stored = jdbc.sql("SELECT token_hash, round(extract(epoch FROM expires_at - created_at) / 86400) AS lifetime FROM api_token WHERE id = ?")
                .param(id).query().singleRow();
        assertThat((byte[]) stored.get("token_hash")).isEqualTo(ApiTokenService.hash(token))
                .isNotEqualTo(token.getBytes(StandardCharsets.UTF_8));
        assertThat(stored.get("lifetime").toString()).isEqualTo("30");

        withToken(token).get().uri("/api/collectivites").exchange().expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
        var listed = as(Role.SECRETARIAT).get().uri("/api/tokens").exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        @SuppressWarnings("unchecked")
        var mine = ((List<Map<String, Object>>) listed).stream()
                .filter(row -> ((Number) row.get("id")).longValue() == id).findFirst().orElseThrow();
        assertThat(mine).containsEntry("name", "nightly export").containsKey("lastUsedAt").doesNotContainKey("token");
    }

    @Test
    void aTokenActsWithItsAccountsRoleAndScope() {
        long own = PersonalDataRows.collectivite(jdbc, "Commune du jeton");
        long foreign = PersonalDataRows.collectivite(jdbc, "Commune hors jeton");
        var token = withToken(tokenOf(Role.REFERENT, own));

        token.get().uri("/api/collectivites/{id}", own).exchange().expectStatus().isOk();
        token.get().uri("/api/collectivites/{id}", foreign).exchange().expectStatus().isNotFound();
        token.get().uri("/api/accounts").exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        // A leaked token must not mint tokens that outlive it.
        token.post().uri("/api/tokens").contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "more"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void expiredRevokedAndUnknownTokensAre401AndAuditedAsFailedLogIns() {
        var expired = tokenOf(Role.SECRETARIAT);
        jdbc.sql("UPDATE api_token SET expires_at = now() - interval '1 second' WHERE token_hash = ?")
                .param(ApiTokenService.hash(expired)).update();
        withToken(expired).get().uri("/api/collectivites").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        var revoked = tokenOf(Role.SECRETARIAT);
        long id = jdbc.sql("SELECT id FROM api_token WHERE token_hash = ?").param(ApiTokenService.hash(revoked))
                .query(Long.class).single();
        as(Role.SECRETARIAT).delete().uri("/api/tokens/{id}", id).exchange().expectStatus().isNoContent();
        withToken(revoked).get().uri("/api/collectivites").exchange().expectStatus().isUnauthorized();

        long before = failures("InvalidApiToken");
        withToken("mtk_made-up").get().uri("/api/collectivites").exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.title").isEqualTo("Unauthorized");
        assertThat(failures("InvalidApiToken")).isEqualTo(before + 1);
    }

    @Test
    void onlyTheOwnerOrAnAdministratorRevokesAToken() {
        var token = tokenOf(Role.SECRETARIAT);
        long id = jdbc.sql("SELECT id FROM api_token WHERE token_hash = ?").param(ApiTokenService.hash(token))
                .query(Long.class).single();
        var curious = as(Role.REFERENT, PersonalDataRows.collectivite(jdbc, "Commune curieuse"));
        curious.delete().uri("/api/tokens/{id}", id).exchange().expectStatus().isNotFound();
        curious.get().uri("/api/tokens?username=secretariat").exchange().expectStatus().isForbidden();
        as(Role.ADMIN).get().uri("/api/tokens?username=secretariat").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.id == " + id + ")].name").isEqualTo(List.of("test"));
        withToken(token).get().uri("/api/collectivites").exchange().expectStatus().isOk();
        as(Role.ADMIN).delete().uri("/api/tokens/{id}", id).exchange().expectStatus().isNoContent();
        withToken(token).get().uri("/api/collectivites").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aTokenOfADisabledAccountIsRefused() {
        var username = account(Role.REFERENT, PersonalDataRows.collectivite(jdbc, "Commune désactivée"));
        var token = tokenOf(Role.REFERENT, jdbc.sql("SELECT collectivite_id FROM app_user_collectivite uc "
                + "JOIN app_user u ON u.id = uc.user_id WHERE u.username = ?").param(username).query(Long.class).single());
        jdbc.sql("UPDATE app_user SET enabled = false WHERE username = ?").param(username).update();
        try {
            withToken(token).get().uri("/api/collectivites").exchange().expectStatus().isUnauthorized();
        } finally {
            jdbc.sql("UPDATE app_user SET enabled = true WHERE username = ?").param(username).update();
        }
    }

    @Test
    void badTokenRequestsAre400NamingTheField() {
        as(Role.SECRETARIAT).post().uri("/api/tokens").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", " ", "expiresInDays", 1000)).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("name")
                .jsonPath("$.errors[1].field").isEqualTo("expiresInDays");
    }

    private long failures(String reason) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'LOGIN_FAILURE' AND detail->>'reason' = ?")
                .param(reason).query(Long.class).single();
    }
}
