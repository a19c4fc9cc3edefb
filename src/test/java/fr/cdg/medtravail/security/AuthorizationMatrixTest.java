package fr.cdg.medtravail.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import fr.cdg.medtravail.directory.SirenChecksum;
import fr.cdg.medtravail.support.IntegrationTest;
import fr.cdg.medtravail.support.PersonalDataRows;

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

    /** {year} and {kind} of the routes; {agentId} names the agent of A, {leaveId} the professional's leave. */
    private static final int YEAR = 2026;
    private static final String IMPORT_KIND = "collectivites";

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
            route("GET /api/tokens", 401, 200, 200, 200, 200, 200),
            route("POST /api/tokens", 401, 201, 201, 201, 201, 201).json(f -> Map.of("name", "matrix")),
            route("DELETE /api/tokens/{id}", 401, 404, 404, 404, 404, 404),
            // Calendar feeds: public, the token is the credential (an unknown one is 404 for all). Subscriptions:
            // everyone manages their own; a professional may not follow a collectivité; ids that do not exist.
            route("GET /feeds/{token}.ics", 404, 404, 404, 404, 404, 404),
            route("GET /api/feeds", 401, 200, 200, 200, 200, 200),
            route("POST /api/feeds", 401, 201, 201, 400, 201, 404).json(f -> Map.of("scope", "COLLECTIVITE",
                    "targetId", f.collectiviteA(), "privacy", "NAMES")),
            route("POST /api/feeds/{id}/rotate", 401, 404, 404, 404, 404, 404),
            route("DELETE /api/feeds/{id}", 401, 404, 404, 404, 404, 404),
            route("GET /agenda", 302, 200, 200, 200, 200, 200),
            route("POST /agenda", 403, 200, 200, 200, 200, 404).form(f -> Map.of("scope", "COLLECTIVITE",
                    "targetId", String.valueOf(f.collectiviteA()), "privacy", "NAMES")),
            route("POST /agenda/{id}/rotation", 403, 404, 404, 404, 404, 404),
            route("POST /agenda/{id}/revocation", 403, 404, 404, 404, 404, 404),
            route("GET /admin/audit", 302, 200, 200, 403, 403, 403),
            route("POST /api/gdpr/retention/run", 401, 200, 403, 403, 403, 403).query("dryRun=true"),
            route("GET /api/gdpr/retention/reports", 401, 200, 403, 403, 403, 403),
            route("GET /api/agents/{id}/export", 401, 200, 200, 403, 200, 404),
            route("GET /api/collectivites/{id}/reachable-cabinets", 401, 200, 200, 403, 200, 404),
            route("POST /api/travel-times/recompute", 401, 200, 200, 403, 403, 403),
            // Planning: the secretariat's; ids of planning horizons and sessions that do not exist (404 for staff).
            route("POST /api/planning/horizons", 401, 400, 400, 403, 403, 403).json(f -> Map.of("name", "matrix")),
            route("GET /api/planning/horizons", 401, 200, 200, 403, 403, 403),
            route("GET /api/planning/horizons/{id}", 401, 404, 404, 403, 403, 403),
            route("PUT /api/planning/horizons/{id}/adjustments", 401, 404, 404, 403, 403, 403).json(f -> Map.of()),
            route("POST /api/planning/horizons/{id}/runs", 401, 404, 404, 403, 403, 403),
            route("GET /api/planning/horizons/{id}/run", 401, 404, 404, 403, 403, 403),
            route("POST /api/planning/horizons/{id}/run/stop", 401, 404, 404, 403, 403, 403),
            route("GET /api/planning/horizons/{id}/explanation", 401, 404, 404, 403, 403, 403),
            route("GET /api/planning/horizons/{id}/sessions", 401, 404, 404, 403, 403, 403),
            route("GET /api/planning/horizons/{id}/changes", 401, 404, 404, 403, 403, 403),
            route("POST /api/planning/horizons/{id}/publish", 401, 404, 404, 403, 403, 403),
            route("POST /api/planning/horizons/{id}/replan", 401, 404, 404, 403, 403, 403).json(f -> Map.of()),
            route("POST /api/planning/sessions/{id}/move", 401, 404, 404, 403, 403, 403).json(f -> Map.of()),
            route("GET /api/planning/collectivites/{id}/sessions", 401, 200, 200, 403, 200, 404),
            route("GET /planning", 302, 200, 200, 403, 403, 403),
            // Statutory medicine. Collectivité A has no statutory membership: filing for its agent is refused (400,
            // naming agentId), its quota is not found; {id} of requests does not exist; the professional is a nurse.
            route("GET /api/statutory/deadline", 401, 200, 200, 200, 200, 200).query("receivedOn=2026-03-02&kind=1"),
            route("POST /api/statutory/requests", 401, 400, 400, 403, 400, 404)
                    .json(f -> Map.of("agentId", f.agentA(), "kind", 1)),
            route("GET /api/statutory/requests", 401, 200, 200, 403, 200, 200),
            route("GET /api/statutory/requests/{id}", 401, 404, 404, 404, 404, 404),
            route("POST /api/statutory/requests/{id}/confirm", 401, 404, 404, 403, 403, 403),
            route("POST /api/statutory/requests/{id}/cancel", 401, 404, 404, 403, 404, 404),
            route("POST /api/statutory/requests/{id}/outcome", 401, 404, 404, 403, 403, 403)
                    .json(f -> Map.of("outcome", "DONE")),
            route("GET /api/statutory/collectivites/{id}/quota/{year}", 401, 404, 404, 403, 404, 404),
            route("PUT /api/statutory/collectivites/{id}/quota/{year}", 401, 400, 400, 403, 403, 403)
                    .json(f -> Map.of("quotaRate", 0.08)),
            route("GET /api/statutory/doctors/{id}/day", 401, 404, 404, 404, 403, 403).query("date=2026-03-02"),
            route("GET /statutaire/demandes", 302, 200, 200, 403, 200, 200),
            route("POST /statutaire/demandes", 403, 200, 200, 403, 200, 404)
                    .form(f -> Map.of("agentId", String.valueOf(f.agentA()), "kind", "1")),
            route("POST /statutaire/demandes/{id}/confirm", 403, 404, 404, 403, 403, 403),
            route("GET /statutaire/medecins/{id}", 302, 404, 404, 404, 403, 403),
            route("GET /statutaire/collectivites/{id}/quota", 302, 200, 200, 403, 200, 404),
            // Billing. {period} is an unknown one (400): issuing a real period would bill every member of the
            // shared database. Statements that do not exist: 404 for whoever may ask.
            route("GET /api/billing/grids", 401, 200, 200, 403, 403, 403),
            route("POST /api/billing/grids", 401, 400, 403, 403, 403, 403).json(f -> Map.of("cdg", "CDG69")),
            route("GET /api/billing/collectivites/{id}/ledger/{year}", 401, 200, 200, 403, 200, 404),
            route("GET /api/billing/collectivites/{id}/drafts/{year}/{period}", 401, 400, 400, 403, 400, 400),
            route("GET /api/billing/collectivites/{id}/statements/{year}", 401, 200, 200, 403, 200, 404),
            route("POST /api/billing/collectivites/{id}/statements/{year}/{period}", 401, 400, 400, 403, 403, 403),
            route("GET /api/billing/statements/{id}", 401, 404, 404, 403, 404, 404),
            route("GET /api/billing/statements/{id}/csv", 401, 404, 404, 403, 404, 404),
            route("GET /api/billing/statements/{id}/pdf", 401, 404, 404, 403, 404, 404),
            route("POST /api/billing/statements/{id}/corrections", 401, 404, 404, 403, 403, 403)
                    .json(f -> Map.of("reason", "matrix")),
            route("GET /api/billing/periods/{year}/{period}/drafts", 401, 400, 400, 403, 403, 403),
            route("POST /api/billing/periods/{year}/{period}/statements", 401, 400, 400, 403, 403, 403),
            route("GET /api/billing/periods/{year}/{period}/export", 401, 400, 400, 403, 403, 403),
            route("GET /api/billing/headcount-reminders", 401, 200, 200, 403, 403, 403).query("year=2026"),
            route("GET /api/billing/category-problems", 401, 200, 200, 403, 403, 403).query("year=2026"),
            route("GET /api/billing/dashboard", 401, 200, 200, 403, 200, 200).query("year=2026"),
            route("GET /api/billing/activity-report/{year}/csv", 401, 200, 200, 403, 403, 403),
            route("GET /api/billing/activity-report/{year}/pdf", 401, 200, 200, 403, 403, 403),
            route("GET /facturation", 302, 200, 200, 403, 200, 200),
            route("GET /facturation/grilles", 302, 200, 200, 403, 403, 403),
            route("POST /facturation/grilles", 403, 200, 403, 403, 403, 403).form(f -> Map.of("cdg", "CDG69")),
            // Booking: ids of appointments, requests and sessions that do not exist (404 for whoever may ask).
            route("GET /api/collectivites/{id}/sessions", 401, 200, 200, 403, 200, 404),
            route("POST /api/collectivites/{id}/sessions/{sessionId}/releases", 401, 404, 404, 403, 404, 404)
                    .json(f -> Map.of("minutes", 30)),
            route("GET /api/collectivites/{id}/agents-to-place", 401, 200, 200, 403, 200, 404),
            route("POST /api/collectivites/{id}/waitlist", 401, 204, 204, 403, 204, 404)
                    .json(f -> Map.of("agentId", f.agentA(), "visitKind", "HIRING")),
            route("GET /api/collectivites/{id}/visit-requests", 401, 200, 200, 403, 200, 404),
            route("POST /api/visit-requests", 401, 201, 201, 403, 201, 404).json(f -> Map.of("agentId", f.agentA(),
                    "kind", "RETURN", "absenceStart", "2026-01-05", "returnOn", "2026-03-02")),
            route("DELETE /api/visit-requests/{id}", 401, 404, 404, 403, 404, 404),
            route("POST /api/appointments", 401, 404, 404, 403, 404, 404).json(f -> Map.of("sessionId", Long.MAX_VALUE,
                    "agentId", f.agentA(), "visitKind", "HIRING", "start", "2030-01-07T09:00")),
            route("GET /api/appointments/{id}", 401, 404, 404, 404, 404, 404),
            route("DELETE /api/appointments/{id}", 401, 404, 404, 403, 404, 404),
            route("POST /api/appointments/{id}/attendance", 401, 404, 404, 404, 403, 403)
                    .json(f -> Map.of("status", "HELD", "version", 0)),
            route("POST /api/appointments/{id}/replacement", 401, 404, 404, 403, 404, 404)
                    .json(f -> Map.of("agentId", f.agentA(), "visitKind", "HIRING", "version", 0)),
            route("GET /api/appointments/{id}/certificate", 401, 404, 404, 403, 404, 404),
            route("GET /api/professionals/{id}/appointments", 401, 200, 200, 200, 403, 403),
            route("GET /api/booking/fill-rates", 401, 200, 200, 403, 403, 403),
            route("GET /api/booking/to-replan", 401, 200, 200, 403, 403, 403),
            route("PUT /api/cabinets/{id}/hours/{half}", 401, 200, 200, 403, 403, 403)
                    .json(f -> Map.of("hours", "08:30-12:00")),
            // Directory
            route("GET /", 302, 302, 302, 302, 302, 302),
            route("GET /api/collectivites", 401, 200, 200, 200, 200, 200),
            route("POST /api/collectivites", 401, 201, 201, 403, 403, 403).json(f -> collectivite()),
            route("GET /api/collectivites/{id}", 401, 200, 200, 200, 200, 404),
            route("PUT /api/collectivites/{id}", 401, 200, 200, 403, 403, 403).json(f -> collectivite()),
            route("DELETE /api/collectivites/{id}", 401, 204, 204, 403, 403, 403).fresh(Fixture::withNewCollectivite),
            route("PUT /api/collectivites/{id}/headcounts/{year}", 401, 200, 200, 403, 200, 404)
                    .json(f -> Map.of("headcount", 120)),
            route("GET /api/collectivites/{id}/memberships", 401, 200, 200, 200, 200, 404),
            route("POST /api/collectivites/{id}/memberships", 401, 201, 201, 403, 403, 403)
                    .json(f -> membership()).fresh(Fixture::withNewCollectivite),
            route("GET /api/collectivites/{id}/agents", 401, 200, 200, 403, 200, 404),
            route("POST /api/collectivites/{id}/agents", 401, 201, 201, 403, 201, 404).json(f -> agent()),
            route("GET /api/agents/{id}", 401, 200, 200, 403, 200, 404),
            route("PUT /api/agents/{id}", 401, 200, 200, 403, 200, 404).json(f -> agent()),
            route("DELETE /api/agents/{id}", 401, 204, 204, 403, 403, 403).fresh(Fixture::withNewAgent),
            route("GET /api/cabinets", 401, 200, 200, 200, 200, 200),
            route("POST /api/cabinets", 401, 201, 201, 403, 403, 403).json(f -> cabinet()),
            route("GET /api/cabinets/{id}", 401, 200, 200, 200, 200, 200),
            route("PUT /api/cabinets/{id}", 401, 200, 200, 403, 403, 403).json(f -> cabinet()),
            route("DELETE /api/cabinets/{id}", 401, 204, 204, 403, 403, 403).fresh(Fixture::withNewCabinet),
            route("GET /api/professionals", 401, 200, 200, 200, 403, 403),
            route("POST /api/professionals", 401, 201, 201, 403, 403, 403).json(f -> professional()),
            route("GET /api/professionals/{id}", 401, 200, 200, 200, 403, 403),
            route("PUT /api/professionals/{id}", 401, 200, 200, 403, 403, 403).json(f -> professional()),
            route("DELETE /api/professionals/{id}", 401, 204, 204, 403, 403, 403).fresh(Fixture::withNewProfessional),
            route("GET /api/professionals/{id}/leaves", 401, 200, 200, 403, 403, 403),
            route("POST /api/professionals/{id}/leaves", 401, 201, 201, 403, 403, 403)
                    .json(f -> leave()).fresh(Fixture::withNewProfessional),
            route("DELETE /api/professionals/{id}/leaves/{leaveId}", 401, 204, 204, 403, 403, 403)
                    .fresh(Fixture::withNewLeave),
            route("POST /api/imports/{kind}", 401, 200, 200, 403, 403, 403).upload(f -> collectivitesCsv()),
            route("GET /collectivites", 302, 200, 200, 200, 200, 200),
            route("GET /collectivites/new", 302, 200, 200, 403, 403, 403),
            route("POST /collectivites", 403, 302, 302, 403, 403, 403).form(f -> asForm(collectivite())),
            route("GET /collectivites/{id}", 302, 200, 200, 200, 200, 404),
            route("GET /collectivites/{id}/edit", 302, 200, 200, 403, 403, 403),
            route("POST /collectivites/{id}", 403, 302, 302, 403, 403, 403).form(f -> asForm(collectivite())),
            route("POST /collectivites/{id}/headcounts", 403, 302, 302, 403, 302, 404)
                    .form(f -> Map.of("year", String.valueOf(YEAR), "headcount", "120")),
            route("POST /collectivites/{id}/memberships", 403, 302, 302, 403, 403, 403)
                    .form(f -> asForm(membership())).fresh(Fixture::withNewCollectivite),
            route("GET /collectivites/{id}/agents", 302, 200, 200, 403, 200, 404),
            route("GET /collectivites/{id}/agents/new", 302, 200, 200, 403, 200, 404),
            route("POST /collectivites/{id}/agents", 403, 302, 302, 403, 302, 404).form(f -> asForm(agent())),
            route("GET /collectivites/{id}/agents/{agentId}/edit", 302, 200, 200, 403, 200, 404),
            route("POST /collectivites/{id}/agents/{agentId}", 403, 302, 302, 403, 302, 404)
                    .form(f -> asForm(agent())),
            // Booking screens: appointments that do not exist (404 for whoever may ask).
            route("GET /collectivites/{id}/rendez-vous", 302, 200, 200, 403, 200, 404),
            route("GET /collectivites/{id}/rendez-vous/creneaux", 302, 200, 200, 403, 200, 404)
                    .query("agentId=" + Long.MAX_VALUE + "&visitKind=VIP"),
            route("POST /collectivites/{id}/rendez-vous", 403, 404, 404, 403, 404, 404).form(f -> Map.of(
                    "agentId", String.valueOf(f.agentA()), "visitKind", "HIRING",
                    "slot", Long.MAX_VALUE + "@2030-01-07T09:00")),
            route("POST /rendez-vous/{id}/annulation", 403, 404, 404, 403, 404, 404)
                    .form(f -> Map.of("collectiviteId", String.valueOf(f.collectiviteA()), "version", "0")),
            route("POST /rendez-vous/{id}/remplacement", 403, 404, 404, 403, 404, 404)
                    .form(f -> Map.of("collectiviteId", String.valueOf(f.collectiviteA()), "version", "0",
                            "agent", f.agentA() + ":HIRING")),
            route("GET /rendez-vous/{id}/convocation", 302, 404, 404, 403, 404, 404),
            route("GET /rendez-vous/{id}/convocation.pdf", 302, 404, 404, 403, 404, 404),
            route("GET /rendez-vous/{id}/fiche", 302, 404, 404, 403, 404, 404),
            route("POST /rendez-vous/{id}/presence", 403, 404, 404, 404, 403, 403).form(f -> Map.of(
                    "professionalId", String.valueOf(f.professional()), "date", "2030-01-07", "status", "HELD",
                    "version", "0")),
            route("GET /seances/remplissage", 302, 200, 200, 403, 403, 403),
            route("GET /professionnels/{id}/journee", 302, 200, 200, 200, 403, 403),
            route("GET /cabinets", 302, 200, 200, 200, 200, 200),
            route("GET /cabinets/{id}", 302, 200, 200, 200, 200, 200),
            route("GET /professionnels", 302, 200, 200, 200, 403, 403),
            route("GET /professionnels/{id}", 302, 200, 200, 200, 403, 403),
            route("GET /imports", 302, 200, 200, 403, 403, 403),
            route("POST /imports", 403, 200, 200, 403, 403, 403)
                    .form(f -> Map.of("kind", IMPORT_KIND)).upload(f -> collectivitesCsv()));

    /** What {id} names, by the start of the route. */
    private static final Map<String, Function<Fixture, Long>> IDS = Map.ofEntries(
            Map.entry("/api/accounts/", Fixture::account),
            Map.entry("/admin/comptes/", Fixture::account),
            Map.entry("/api/agents/", Fixture::agentA),
            Map.entry("/api/collectivites/", Fixture::collectiviteA),
            Map.entry("/collectivites/", Fixture::collectiviteA),
            Map.entry("/api/professionals/", Fixture::professional),
            Map.entry("/professionnels/", Fixture::professional),
            Map.entry("/api/cabinets/", Fixture::cabinet),
            Map.entry("/cabinets/", Fixture::cabinet),
            Map.entry("/api/planning/horizons/", f -> Long.MAX_VALUE),
            Map.entry("/api/planning/sessions/", f -> Long.MAX_VALUE),
            Map.entry("/api/planning/collectivites/", Fixture::collectiviteA),
            Map.entry("/api/tokens/", f -> Long.MAX_VALUE),
            Map.entry("/api/feeds/", f -> Long.MAX_VALUE),
            Map.entry("/agenda/", f -> Long.MAX_VALUE),
            Map.entry("/api/statutory/requests/", f -> Long.MAX_VALUE),
            Map.entry("/statutaire/demandes/", f -> Long.MAX_VALUE),
            Map.entry("/api/statutory/collectivites/", Fixture::collectiviteA),
            Map.entry("/statutaire/collectivites/", Fixture::collectiviteA),
            Map.entry("/api/statutory/doctors/", Fixture::professional),
            Map.entry("/statutaire/medecins/", Fixture::professional),
            Map.entry("/api/appointments/", f -> Long.MAX_VALUE),
            Map.entry("/api/billing/collectivites/", Fixture::collectiviteA),
            Map.entry("/api/billing/statements/", f -> Long.MAX_VALUE),
            Map.entry("/api/visit-requests/", f -> Long.MAX_VALUE),
            Map.entry("/rendez-vous/", f -> Long.MAX_VALUE));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlerMapping;

    /**
     * The rows the routes are called on. A route that destroys its target gets a copy with a throw-away target
     * before each call ({@link Expectation#fresh}), so that every caller finds one.
     */
    record Fixture(long collectiviteA, long agentA, long collectiviteB, long professional, long account, long cabinet,
                   long leave) {

        Fixture withNewCollectivite(JdbcClient jdbc) {
            return new Fixture(PersonalDataRows.collectivite(jdbc, "Commune jetable"), agentA, collectiviteB,
                    professional, account, cabinet, leave);
        }

        Fixture withNewAgent(JdbcClient jdbc) {
            return new Fixture(collectiviteA, PersonalDataRows.agent(jdbc, collectiviteA, LocalDate.of(1990, 6, 1), false),
                    collectiviteB, professional, account, cabinet, leave);
        }

        Fixture withNewProfessional(JdbcClient jdbc) {
            return new Fixture(collectiviteA, agentA, collectiviteB, PersonalDataRows.professional(jdbc), account,
                    cabinet, leave);
        }

        Fixture withNewCabinet(JdbcClient jdbc) {
            return new Fixture(collectiviteA, agentA, collectiviteB, professional, account,
                    PersonalDataRows.cabinet(jdbc), leave);
        }

        Fixture withNewLeave(JdbcClient jdbc) {
            return new Fixture(collectiviteA, agentA, collectiviteB, professional, account, cabinet,
                    PersonalDataRows.leave(jdbc, professional));
        }
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
                var target = expectation.fresh() == null ? fixture : expectation.fresh().apply(fixture, jdbc);
                int status = call(callers.get(caller), expectation, target);
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
        } else if (expectation.upload() != null) {
            var parts = new LinkedMultiValueMap<String, Object>();
            if (expectation.form() != null) {
                expectation.form().apply(fixture).forEach(parts::add);
            }
            parts.add("file", csvFile(expectation.upload().apply(fixture)));
            request.contentType(MediaType.MULTIPART_FORM_DATA).body(parts);
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
        return id.map(value -> pattern.replace("{id}", value.toString())).orElse(pattern)
                .replace("{agentId}", String.valueOf(fixture.agentA()))
                .replace("{leaveId}", String.valueOf(fixture.leave()))
                .replace("{sessionId}", String.valueOf(Long.MAX_VALUE))
                .replace("{half}", "AM")
                .replace("{token}", "A".repeat(43))
                .replace("{year}", String.valueOf(YEAR))
                .replace("{period}", "S3")
                .replace("{kind}", IMPORT_KIND);
    }

    private static ByteArrayResource csvFile(String csv) {
        return new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "import.csv";
            }
        };
    }

    // Valid bodies of the directory, with fresh natural keys on each call.

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A SIREN no real collectivité has (theirs start with 2), with a valid Luhn checksum. */
    private static String siren() {
        var digits = "9" + String.format("%07d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L));
        return IntStream.rangeClosed(0, 9).mapToObj(check -> digits + check)
                .filter(SirenChecksum::isValid).findFirst().orElseThrow();
    }

    private static Map<String, Object> collectivite() {
        return Map.of("siren", siren(), "name", "Commune " + unique(), "kind", "COMMUNE", "affiliated", true,
                "latitude", 45.76, "longitude", 4.83);
    }

    private static Map<String, Object> agent() {
        return Map.of("matricule", "M-" + unique(), "lastName", "Martin", "firstName", "Léa", "birthDate", "1985-04-02",
                "post", "Jardinière", "hireDate", "2010-09-01");
    }

    private static Map<String, Object> membership() {
        return Map.of("service", "PREVENTIVE", "startDate", "2024-01-01", "tariffCategory", "AFFILIATED");
    }

    private static Map<String, Object> cabinet() {
        return Map.of("code", "C-" + unique(), "name", "Cabinet " + unique(), "kind", "CDG_PREMISES",
                "latitude", 45.75, "longitude", 4.85, "rooms", 2, "openingHalfDays", List.of("MON-AM", "TUE-PM"));
    }

    private static Map<String, Object> professional() {
        return Map.of("code", "P-" + unique(), "kind", "NURSE", "lastName", "Petit", "firstName", "Jean",
                "workingRatio", 0.8, "homeLatitude", 45.7, "homeLongitude", 4.8, "weeklyHalfDays", List.of("MON-AM"));
    }

    private static Map<String, Object> leave() {
        return Map.of("kind", "TRAINING", "startDate", "2026-03-02", "startHalf", "AM", "endDate", "2026-03-03",
                "endHalf", "PM");
    }

    private static String collectivitesCsv() {
        return "siren;name;kind;affiliated;latitude;longitude\n%s;Commune %s;COMMUNE;oui;45.76;4.83\n"
                .formatted(siren(), unique());
    }

    /** A JSON body as the fields of a screen's form. */
    private static Map<String, String> asForm(Map<String, Object> body) {
        return body.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().toString()));
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
        long professional = PersonalDataRows.professional(jdbc);
        return new Fixture(a, agentA, b, professional, account, PersonalDataRows.cabinet(jdbc),
                PersonalDataRows.leave(jdbc, professional));
    }

    private static Expectation route(String route, int... statuses) {
        assertThat(statuses).hasSize(Caller.values().length);
        return new Expectation(route, statuses, null, null, null, null, null);
    }

    /**
     * One line of the table: the route, a status per caller, what to send (a CSV {@code upload} goes as the multipart
     * field "file", next to the {@code form} fields) and, for a route destroying its target, how to make a fresh one.
     */
    record Expectation(String route, int[] statuses, String query, Function<Fixture, Object> json,
                       Function<Fixture, Map<String, String>> form, Function<Fixture, String> upload,
                       BiFunction<Fixture, JdbcClient, Fixture> fresh) {

        Expectation query(String query) {
            return new Expectation(route, statuses, query, json, form, upload, fresh);
        }

        Expectation json(Function<Fixture, Object> json) {
            return new Expectation(route, statuses, query, json, form, upload, fresh);
        }

        Expectation form(Function<Fixture, Map<String, String>> form) {
            return new Expectation(route, statuses, query, json, form, upload, fresh);
        }

        Expectation upload(Function<Fixture, String> upload) {
            return new Expectation(route, statuses, query, json, form, upload, fresh);
        }

        Expectation fresh(BiFunction<Fixture, JdbcClient, Fixture> fresh) {
            return new Expectation(route, statuses, query, json, form, upload, fresh);
        }

        @Override
        public String toString() {
            return route + " " + Arrays.toString(statuses);
        }
    }
}
