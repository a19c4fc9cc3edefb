package fr.cdg.medtravail.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.cdg.medtravail.support.IntegrationTest;
import fr.cdg.medtravail.support.PersonalDataRows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application × every kind of caller, over real HTTP: the status each gets. The routes are read
 * from the running application, so a route added without a line in {@link #EXPECTED} (and a rule in
 * {@link AccessRules}) fails this test. Path variables name the data of collectivité A; the "foreign" référent is
 * bound to collectivité B only and must get the same 404 as for data that does not exist.
 */
class AuthorizationMatrixTest extends IntegrationTest {

    enum Caller { ANONYMOUS, ADMIN, SECRETARIAT, PROFESSIONAL, REFERENT_OWN, REFERENT_FOREIGN }

    /** Routes deliberately not walked, with the reason. */
    private static final Map<String, String> NOT_WALKED = Map.of(
            "* /error", "the servlet container's error page, reached by error dispatches only");

    /**
     * Expected status per caller, in the order of {@link Caller}: anonymous, ADMIN, SECRETARIAT, PROFESSIONAL,
     * REFERENT of A, REFERENT of B. One line per route. The API answers anonymous callers 401, screens send them to
     * the log-in page (302); a screen's form posted without a session is refused by CSRF protection (403).
     */
    private static final List<Expectation> EXPECTED = List.of(
            route("GET /login", 200, 200, 200, 200, 200, 200),
            route("GET /v3/api-docs", 401, 200, 200, 200, 200, 200),
            route("GET /v3/api-docs.yaml", 401, 200, 200, 200, 200, 200),
            route("GET /v3/api-docs/swagger-config", 401, 200, 200, 200, 200, 200),
            route("GET /swagger-ui.html", 302, 302, 302, 302, 302, 302),
            route("GET /api/accounts", 401, 200, 403, 403, 403, 403),
            route("POST /api/accounts", 401, 201, 403, 403, 403, 403).json(f -> Map.of(
                    "username", "matrix-" + UUID.randomUUID().toString().substring(0, 8), "displayName", "Matrix",
                    "password", PASSWORD, "role", "SECRETARIAT")),
            route("PUT /api/accounts/{id}/collectivites", 401, 200, 403, 403, 403, 403)
                    .json(f -> Map.of("collectiviteIds", List.of(f.collectiviteA()))),
            route("PUT /api/accounts/{id}/password", 401, 204, 403, 403, 403, 403)
                    .json(f -> Map.of("password", PASSWORD)),
            route("POST /api/accounts/{id}/disable", 401, 200, 403, 403, 403, 403),
            route("POST /api/accounts/{id}/enable", 401, 200, 403, 403, 403, 403),
            route("GET /admin/comptes", 302, 200, 403, 403, 403, 403),
            route("POST /admin/comptes", 403, 302, 403, 403, 403, 403).form(f -> Map.of(
                    "username", "matrix-" + UUID.randomUUID().toString().substring(0, 8), "displayName", "Matrix",
                    "password", PASSWORD, "role", "SECRETARIAT")),
            route("POST /admin/comptes/{id}/collectivites", 403, 302, 403, 403, 403, 403)
                    .form(f -> Map.of("collectiviteIds", String.valueOf(f.collectiviteA()))),
            route("POST /admin/comptes/{id}/password", 403, 302, 403, 403, 403, 403)
                    .form(f -> Map.of("password", PASSWORD)),
            route("POST /admin/comptes/{id}/disable", 403, 302, 403, 403, 403, 403),
            route("POST /admin/comptes/{id}/enable", 403, 302, 403, 403, 403, 403),
            route("GET /api/audit", 401, 200, 200, 403, 403, 403),
            route("GET /admin/audit", 302, 200, 200, 403, 403, 403),
            route("POST /api/gdpr/retention/run", 401, 200, 403, 403, 403, 403).query("dryRun=true"),
            route("GET /api/gdpr/retention/reports", 401, 200, 403, 403, 403, 403),
            route("GET /api/agents/{id}/export", 401, 200, 200, 403, 200, 404),
            route("GET /api/collectivites/{id}/reachable-cabinets", 401, 200, 200, 403, 200, 404),
            route("POST /api/travel-times/recompute", 401, 200, 200, 403, 403, 403));

    /** What {id} names, by the start of the route. */
    private static final Map<String, Function<Fixture, Long>> IDS = new LinkedHashMap<>(Map.of(
            "/api/accounts/", Fixture::account, "/admin/comptes/", Fixture::account,
            "/api/agents/", Fixture::agentA, "/api/collectivites/", Fixture::collectiviteA,
            "/collectivites/", Fixture::collectiviteA, "/api/professionals/", Fixture::professional,
            "/professionnels/", Fixture::professional));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlerMapping;

    record Fixture(long collectiviteA, long agentA, long collectiviteB, long professional, long account) {
    }

    @Test
    void everyRouteHasARuleAndAnExpectation() {
        var table = EXPECTED.stream().map(Expectation::route).collect(Collectors.toCollection(TreeSet::new));
        var running = new TreeSet<>(runningRoutes());
        running.removeAll(NOT_WALKED.keySet());
        assertThat(running).as("routes of the application without a line in EXPECTED").isSubsetOf(table);
        assertThat(table).as("lines of EXPECTED without a route in the application").isSubsetOf(running);

        var fixture = fixture();
        var withoutRule = running.stream()
                .filter(route -> {
                    var request = new MockHttpServletRequest(route.split(" ")[0], resolve(route.split(" ")[1], fixture));
                    return AccessRules.ruleFor(request).isEmpty();
                })
                .toList();
        assertThat(withoutRule).as("routes without a rule in AccessRules").isEmpty();
    }

    @Test
    void everyCallerGetsTheExpectedStatusOnEveryRoute() {
        var fixture = fixture();
        var callers = Map.of(
                Caller.ANONYMOUS, http,
                Caller.ADMIN, as(Role.ADMIN),
                Caller.SECRETARIAT, as(Role.SECRETARIAT),
                Caller.PROFESSIONAL, asProfessional(fixture.professional()),
                Caller.REFERENT_OWN, as(Role.REFERENT, fixture.collectiviteA()),
                Caller.REFERENT_FOREIGN, as(Role.REFERENT, fixture.collectiviteB()));
        var mismatches = new ArrayList<String>();
        for (var expectation : EXPECTED) {
            for (var caller : Caller.values()) {
                int status = call(callers.get(caller), expectation, fixture);
                int expected = expectation.statuses()[caller.ordinal()];
                if (status != expected) {
                    mismatches.add(expectation.route() + " as " + caller + ": " + status + ", expected " + expected);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aForeignAgentIsAnsweredExactlyLikeAnUnknownOne() {
        var fixture = fixture();
        var foreign = as(Role.REFERENT, fixture.collectiviteB());
        foreign.get().uri("/api/agents/{id}/export", fixture.agentA()).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("Agent " + fixture.agentA() + " not found");
        as(Role.SECRETARIAT).get().uri("/api/agents/{id}/export", Long.MAX_VALUE).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("Agent " + Long.MAX_VALUE + " not found");
    }

    private Set<String> runningRoutes() {
        var routes = new TreeSet<String>();
        handlerMapping.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods();
            for (var pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("* " + pattern);
                }
                methods.forEach(method -> routes.add(method.name() + " " + pattern));
            }
        });
        return routes;
    }

    private int call(RestTestClient client, Expectation expectation, Fixture fixture) {
        var method = HttpMethod.valueOf(expectation.route().split(" ")[0]);
        var path = resolve(expectation.route().split(" ")[1], fixture)
                + (expectation.query() == null ? "" : "?" + expectation.query());
        var request = client.method(method).uri(path);
        if (expectation.json() != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(expectation.json().apply(fixture));
        } else if (expectation.form() != null) {
            var form = new LinkedMultiValueMap<String, String>();
            expectation.form().apply(fixture).forEach(form::add);
            request.contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form);
        }
        return request.exchange().returnResult(String.class).getStatus().value();
    }

    private static String resolve(String pattern, Fixture fixture) {
        var id = IDS.entrySet().stream().filter(entry -> pattern.startsWith(entry.getKey())).findFirst()
                .map(entry -> entry.getValue().apply(fixture));
        return id.map(value -> pattern.replace("{id}", value.toString())).orElse(pattern);
    }

    private Fixture fixture() {
        long a = PersonalDataRows.collectivite(jdbc, "Commune A");
        long b = PersonalDataRows.collectivite(jdbc, "Commune B");
        long agentA = PersonalDataRows.agent(jdbc, a, LocalDate.of(1980, 5, 17), false);
        PersonalDataRows.agent(jdbc, b, LocalDate.of(1975, 1, 2), true);
        long account = jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash, role)
                        VALUES (?, 'Cible', '{noop}unused-password', 'REFERENT') RETURNING id""")
                .param("target-" + UUID.randomUUID().toString().substring(0, 8)).query(Long.class).single();
        jdbc.sql("INSERT INTO app_user_collectivite (user_id, collectivite_id) VALUES (?, ?)").params(account, a).update();
        return new Fixture(a, agentA, b, PersonalDataRows.professional(jdbc), account);
    }

    private static Expectation route(String route, int... statuses) {
        assertThat(statuses).hasSize(Caller.values().length);
        return new Expectation(route, statuses, null, null, null);
    }

    /** One line of the table: the route, a status per caller, and what to send. */
    record Expectation(String route, int[] statuses, String query, Function<Fixture, Object> json,
                       Function<Fixture, Map<String, String>> form) {

        Expectation query(String query) {
            return new Expectation(route, statuses, query, json, form);
        }

        Expectation json(Function<Fixture, Object> json) {
            return new Expectation(route, statuses, query, json, form);
        }

        Expectation form(Function<Fixture, Map<String, String>> form) {
            return new Expectation(route, statuses, query, json, form);
        }

        @Override
        public String toString() {
            return route + " " + Arrays.toString(statuses);
        }
    }
}
