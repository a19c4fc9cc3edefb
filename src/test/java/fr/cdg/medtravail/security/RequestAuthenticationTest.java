package fr.cdg.medtravail.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cdg.medtravail.support.IntegrationTest;
import fr.cdg.medtravail.support.PersonalDataRows;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * CSRF is waived only for a request that authenticated itself, refusals are problem documents and audited once, and
 * the API opens no session for anonymous, Basic or token callers.
 */
class RequestAuthenticationTest extends IntegrationTest {

    @Test
    void aHeaderThatAuthenticatesNothingDoesNotWaiveCsrfForASessionCookie() {
        var session = logIn(account(Role.SECRETARIAT));
        var form = new LinkedMultiValueMap<String, String>();
        form.add("name", "Forgée");
        for (var header : new String[] {"", "Bearer x", "Negotiate abc"}) {
            var status = http.post().uri("/collectivites").cookie("JSESSIONID", session)
                    .header(HttpHeaders.AUTHORIZATION, header)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                    .exchange().returnResult().getStatus().value();
            assertThat(status).as("Authorization: '%s'", header).isIn(401, 403);
        }
        http.post().uri("/api/collectivites").cookie("JSESSIONID", session).header(HttpHeaders.AUTHORIZATION, "")
                .contentType(MediaType.APPLICATION_JSON).body("{}")
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("CSRF"));
    }

    @Test
    void anonymousBasicAndTokenCallsOpenNoSession() {
        http.get().uri("/api/collectivites").exchange().expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.instance").isEqualTo("/api/collectivites");
        http.post().uri("/api/collectivites").contentType(MediaType.APPLICATION_JSON).body("{}")
                .exchange().expectStatus().isUnauthorized().expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
        as(Role.SECRETARIAT).get().uri("/api/collectivites").exchange().expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
        withToken(tokenOf(Role.SECRETARIAT)).get().uri("/api/collectivites").exchange().expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
    }

    @Test
    void malformedBasicHeadersAreFailedLogIns() {
        long before = failures();
        for (var header : new String[] {"Basic", "Basic !!!", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("no-colon".getBytes())}) {
            http.get().uri("/api/collectivites").header(HttpHeaders.AUTHORIZATION, header).exchange()
                    .expectStatus().isUnauthorized().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(failures()).isEqualTo(before + 3);
    }

    @Test
    void everyRefusalIsAuditedOnceWithUserRouteAndTarget() {
        long own = PersonalDataRows.collectivite(jdbc, "Commune du refus");
        long foreign = PersonalDataRows.collectivite(jdbc, "Commune refusée au référent");
        var referent = as(Role.REFERENT, own);
        var username = "referent-" + own;

        referent.get().uri("/api/audit").exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        for (var route : new String[] {"/api/collectivites/{id}", "/api/collectivites/{id}/memberships",
                "/api/collectivites/{id}/reachable-cabinets", "/api/planning/collectivites/{id}/sessions",
                "/collectivites/{id}"}) {
            referent.get().uri(route, foreign).exchange().expectStatus().isNotFound();
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND username = ?
                              AND detail->>'route' = ? AND subject_id = ? AND collectivite_id = ?""")
                    .params(username, "GET " + route, Long.toString(foreign), foreign).query(Long.class).single())
                    .as(route).isEqualTo(1);
        }
        assertThat(denied(username, "/api/audit")).isEqualTo(1);

        http.get().uri("/api/audit?from=anonymous-" + own).exchange().expectStatus().isUnauthorized();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND username IS NULL
                          AND detail->>'route' = 'GET /api/audit' AND detail->>'status' = '401'
                          AND at > now() - interval '1 minute'""").query(Long.class).single()).isPositive();
    }

    @Test
    void headAnswersAsGetForAReferent() {
        long own = PersonalDataRows.collectivite(jdbc, "Commune en tête");
        var referent = as(Role.REFERENT, own);
        for (var uri : new String[] {"/api/collectivites/" + own, "/api/collectivites/" + own + "/agents",
                "/api/collectivites/" + own + "/memberships"}) {
            var get = referent.get().uri(uri).exchange().returnResult().getStatus().value();
            var head = referent.head().uri(uri).exchange().returnResult().getStatus().value();
            assertThat(head).as(uri).isEqualTo(get).isEqualTo(200);
        }
    }

    private long failures() {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE action = 'LOGIN_FAILURE'
                          AND detail->>'reason' = 'MalformedBasicHeader'""").query(Long.class).single();
    }

    private long denied(String username, String uri) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND username = ?
                          AND detail->>'route' = ?""").params(username, "GET " + uri).query(Long.class).single();
    }
}
