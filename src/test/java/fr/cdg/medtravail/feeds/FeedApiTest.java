package fr.cdg.medtravail.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import fr.cdg.medtravail.security.AccountService;
import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.support.IntegrationTest;

/**
 * Feeds over real HTTP on the real database: what each subscriber sees, how calendars follow changes (SEQUENCE,
 * cancellations kept, ETag and 304), and how the secret URL behaves (rotation, revocation, rate limit, never
 * logged). Every feed is parsed back with ical4j; two samples are written to target/feeds-sample for .ci/run's
 * independent parser.
 */
@ExtendWith(OutputCaptureExtension.class)
class FeedApiTest extends IntegrationTest {

    private static final Path SAMPLES = Path.of("target", "feeds-sample");
    private final HttpClient client = HttpClient.newHttpClient();
    @Autowired
    private AccountService accounts;
    private FeedFixture world;
    private LocalDate day;

    @BeforeEach
    void world() {
        world = new FeedFixture(jdbc);
        day = LocalDate.now().plusDays(10);
    }

    @Test
    void aProfessionalsFeedShowsSessionsAndAppointmentsAndFollowsEveryChange() throws Exception {
        long kept = world.session(world.nurse, day, world.a);
        long withdrawn = world.session(world.nurse, day.plusDays(1), world.a);
        long deleted = world.session(world.nurse, day.plusDays(2), world.a);
        long agent = world.agent(world.a, "Durand-Ménard", "Éloïse");
        long appointment = world.appointment(kept, world.a, agent, day.atTime(9, 0), false);
        var url = create(asProfessional(world.nurse), "PROFESSIONAL", null, "DETAILED");

        var first = get(url, Map.of());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        var etag = first.headers().firstValue("ETag").orElseThrow();
        var lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        var calendar = parse(first.body());
        sample("professional.ics", first.body());
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Séances — Anne Bernard");
        var session = event(calendar, "session-" + kept + "@medtravail");
        assertThat(session.getProperty("LOCATION").orElseThrow().getValue())
                .contains("12 avenue Henri Barbusse", "69100 Villeurbanne");
        assertThat(session.getProperty("GEO").orElseThrow().getValue()).isEqualTo("45.7719;4.8902");
        // Morning hours by default, 08:30 in Paris written as a UTC instant.
        var expectedStart = day.atTime(8, 30).atZone(FeedWriter.PARIS).toInstant();
        assertThat(session.getProperty("DTSTART").orElseThrow().getValue())
                .isEqualTo(new net.fortuna.ical4j.model.property.DtStamp(expectedStart).getValue());
        var visit = event(calendar, "rdv-" + appointment + "@medtravail");
        assertThat(visit.getProperty("SUMMARY").orElseThrow().getValue())
                .isEqualTo("Éloïse Durand-Ménard — Visite d'information et de prévention");

        // The client's copy is current: 304, by ETag or by date.
        assertThat(get(url, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
        assertThat(get(url, Map.of("If-Modified-Since", lastModified)).statusCode()).isEqualTo(304);

        // A change: the session's new capacity, a withdrawn session, a session deleted by a re-plan.
        jdbc.sql("UPDATE planning_session SET capacity_minutes = 150 WHERE id = ?").param(kept).update();
        jdbc.sql("UPDATE planning_session SET status = 'WITHDRAWN' WHERE id = ?").param(withdrawn).update();
        jdbc.sql("DELETE FROM planning_demand_unit WHERE session_id = ?").param(deleted).update();
        jdbc.sql("DELETE FROM planning_session WHERE id = ?").param(deleted).update();
        var second = get(url, Map.of("If-None-Match", etag));
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        var after = parse(second.body());
        assertThat(sequence(event(after, "session-" + kept + "@medtravail")))
                .isGreaterThan(sequence(session));
        for (var cancelled : List.of(withdrawn, deleted)) {
            var gone = event(after, "session-" + cancelled + "@medtravail");
            assertThat(gone.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
            assertThat(sequence(gone)).isGreaterThan(sequence(event(calendar, "session-" + cancelled + "@medtravail")));
        }
        // Thirty days later the cancellations are gone.
        jdbc.sql("UPDATE feed_cancellation SET cancelled_at = now() - interval '31 days' WHERE item_id = ?")
                .param(deleted).update();
        assertThat(parse(get(url, Map.of()).body()).getComponents("VEVENT").stream()
                .map(e -> ((VEvent) e).getProperty("UID").orElseThrow().getValue()))
                .doesNotContain("session-" + deleted + "@medtravail");
    }

    @Test
    void aSessionHandedToAnotherProfessionalLeavesTheOldCalendarWithItsAppointmentsAsCancelled() throws Exception {
        long session = world.session(world.nurse, day, world.a);
        long appointment = world.appointment(session, world.a, world.agent(world.a, "Suivi", "Léa"), day.atTime(9, 0),
                false);
        var url = create(asProfessional(world.nurse), "PROFESSIONAL", null, "DETAILED");
        var before = parse(get(url, Map.of()).body());

        jdbc.sql("UPDATE planning_session SET professional_id = ? WHERE id = ?").params(world.approvedDoctor, session)
                .update();
        var after = parse(get(url, Map.of()).body());
        for (var uid : List.of("session-" + session + "@medtravail", "rdv-" + appointment + "@medtravail")) {
            var gone = event(after, uid);
            assertThat(gone.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
            assertThat(sequence(gone)).isGreaterThan(sequence(event(before, uid)));
            assertThat(gone.getProperty("SUMMARY").orElseThrow().getValue()).doesNotContain("null");
        }
        // The new professional's feed has them, live.
        var theirs = parse(get(create(asProfessional(world.approvedDoctor), "PROFESSIONAL", null, "DETAILED"),
                Map.of()).body());
        assertThat(event(theirs, "rdv-" + appointment + "@medtravail").getProperty("STATUS").orElseThrow().getValue())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void aFeedIsGzippedForClientsThatTakeIt() throws Exception {
        world.session(world.nurse, day, world.a);
        var url = create(asProfessional(world.nurse), "PROFESSIONAL", null, "BUSY_ONLY");
        var zipped = client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Accept-Encoding"));
        var text = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
        assertThat(parse(text).getComponents("VEVENT")).hasSize(1);
    }

    @Test
    void aReferentsFeedNeverShowsAConfidentialVisitNorAnotherCollectivitesAgents() throws Exception {
        long session = world.session(world.nurse, day, world.a);
        world.appointment(session, world.a, world.agent(world.a, "Visible", "Paul"), day.atTime(8, 30), false);
        world.appointment(session, world.a, world.agent(world.a, "Secretissime", "Jean"), day.atTime(9, 0), true);
        world.appointment(session, world.b, world.agent(world.b, "Voisin", "Marc"), day.atTime(9, 30), false);
        world.statutory(world.b, world.agent(world.b, "Controle", "Luc"), day.atTime(14, 0));
        var referent = as(Role.REFERENT, world.a);

        referent.post().uri("/api/feeds").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("scope", "COLLECTIVITE", "targetId", world.a, "privacy", "DETAILED")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("privacy");
        referent.post().uri("/api/feeds").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("scope", "COLLECTIVITE", "targetId", world.b, "privacy", "NAMES")).exchange()
                .expectStatus().isNotFound();
        referent.post().uri("/api/feeds").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("scope", "PROFESSIONAL", "targetId", world.nurse, "privacy", "NAMES")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("scope");
        var url = create(referent, "COLLECTIVITE", world.a, "NAMES");

        var feed = get(url, Map.of());
        var text = new String(feed.body(), StandardCharsets.UTF_8);
        sample("collectivite.ics", feed.body());
        List<VEvent> events = parse(feed.body()).getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getProperty("SUMMARY").orElseThrow().getValue())
                .contains("Visite — Paul Visible");
        assertThat(text).doesNotContain("Secretissime", "Voisin", "Controle", "prévention", "demande de l'agent");
        assertThat(events).hasSize(2); // the session and Paul Visible's appointment

        // Rewriting the account's bindings with the same collectivité keeps the feed...
        var username = account(Role.REFERENT, world.a);
        long user = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
        accounts.bindCollectivites(user, List.of(world.a, world.b));
        assertThat(get(url, Map.of()).statusCode()).isEqualTo(200);
        // ...and the référent's URL dies with the binding to the collectivité.
        jdbc.sql("""
                DELETE FROM app_user_collectivite
                WHERE user_id = (SELECT id FROM app_user WHERE username = ?) AND collectivite_id = ?
                """).params(account(Role.REFERENT, world.a), world.a).update();
        assertThat(get(url, Map.of()).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM feed WHERE owner_id = ?").param(user).query(Integer.class).single())
                .isZero();
    }

    @Test
    void anApprovedDoctorFollowsTheirStatutoryAppointments() throws Exception {
        long request = world.statutory(world.a, world.agent(world.a, "Martin", "Sophie"), day.atTime(14, 0));
        asProfessional(world.nurse).post().uri("/api/feeds").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("scope", "STATUTORY", "privacy", "DETAILED")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("scope");
        var url = create(asProfessional(world.approvedDoctor), "STATUTORY", null, "DETAILED");

        var calendar = parse(get(url, Map.of()).body());
        var visit = event(calendar, "statutaire-" + request + "@medtravail");
        assertThat(visit.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("TENTATIVE");
        assertThat(visit.getProperty("SUMMARY").orElseThrow().getValue()).startsWith("Sophie Martin — Médecine statutaire");

        // Handed to another doctor: kept as cancelled in this one's calendar.
        jdbc.sql("UPDATE statutory_request SET professional_id = ? WHERE id = ?").params(world.nurse, request).update();
        var after = event(parse(get(url, Map.of()).body()), "statutaire-" + request + "@medtravail");
        assertThat(after.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(sequence(after)).isGreaterThan(sequence(visit));
    }

    @Test
    void aRotatedOrRevokedUrlAnswers404AtOnceAndNoTokenIsEverLogged(CapturedOutput output) throws Exception {
        world.session(world.nurse, day, world.a);
        var owner = asProfessional(world.nurse);
        var created = owner.post().uri("/api/feeds").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("scope", "PROFESSIONAL", "privacy", "BUSY_ONLY")).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        var oldUrl = (String) created.get("url");
        assertThat((String) created.get("webcalUrl")).startsWith("webcal://").endsWith(".ics");
        long id = ((Number) ((Map<?, ?>) created.get("feed")).get("id")).longValue();
        assertThat(get(oldUrl, Map.of()).statusCode()).isEqualTo(200);

        // The list never shows the token.
        var mine = owner.get().uri("/api/feeds").exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(mine).contains("\"id\":" + id).doesNotContain(token(oldUrl));

        var rotated = owner.post().uri("/api/feeds/{id}/rotate", id).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        var newUrl = (String) rotated.get("url");
        assertThat(get(oldUrl, Map.of()).statusCode()).isEqualTo(404);
        assertThat(get(newUrl, Map.of()).statusCode()).isEqualTo(200);
        // Another's feed cannot be rotated nor revoked: the same 404 as a missing one.
        as(Role.SECRETARIAT).post().uri("/api/feeds/{id}/rotate", id).exchange().expectStatus().isNotFound();
        as(Role.SECRETARIAT).delete().uri("/api/feeds/{id}", id).exchange().expectStatus().isNotFound();

        owner.delete().uri("/api/feeds/{id}", id).exchange().expectStatus().isNoContent();
        assertThat(get(newUrl, Map.of()).statusCode()).isEqualTo(404);
        // Other methods and malformed feed paths are refused, and recorded or logged without the token.
        client.send(HttpRequest.newBuilder(URI.create(newUrl)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        for (var odd : List.of(newUrl.replace(".ics", ""), newUrl + "/more", newUrl.replace(".ics", ".txt"))) {
            assertThat(get(odd, Map.of()).statusCode()).isEqualTo(404);
        }
        owner.put().uri(oldUrl.substring(oldUrl.indexOf("/feeds/"))).exchange();

        for (var token : List.of(token(oldUrl), token(newUrl))) {
            assertThat(output.getAll()).doesNotContain(token);
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM audit_event
                    WHERE strpos(coalesce(detail::text, '') || coalesce(subject_id, '') || coalesce(subject_type, ''), ?) > 0
                    """).param(token).query(Integer.class).single()).isZero();
        }
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND detail::text LIKE '%[masked]%'
                """).query(Integer.class).single()).isPositive();
    }

    @Test
    void aTokenAskingTooOftenGets429WithRetryAfter() throws Exception {
        var url = create(asProfessional(world.nurse), "PROFESSIONAL", null, "BUSY_ONLY");
        HttpResponse<byte[]> answer = null;
        for (int i = 0; i < 100; i++) {
            answer = get(url, Map.of());
            if (answer.statusCode() == 429) {
                break;
            }
            assertThat(answer.statusCode()).isEqualTo(200);
        }
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow())).isPositive();
    }

    @Test
    void theWindowIsAdjustableWithinBounds() throws Exception {
        long far = world.session(world.nurse, LocalDate.now().plusMonths(18), world.a);
        var url = create(asProfessional(world.nurse), "PROFESSIONAL", null, "BUSY_ONLY");
        assertThat(new String(get(url, Map.of()).body(), StandardCharsets.UTF_8)).doesNotContain("session-" + far + "@");
        assertThat(new String(get(url + "?aheadMonths=20", Map.of()).body(), StandardCharsets.UTF_8))
                .contains("session-" + far + "@");
        var refused = get(url + "?pastDays=4000", Map.of());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("pastDays");
    }

    private String create(RestTestClient owner, String scope, Long target, String privacy) {
        var body = target == null ? Map.<String, Object>of("scope", scope, "privacy", privacy)
                : Map.<String, Object>of("scope", scope, "targetId", target, "privacy", privacy);
        var created = owner.post().uri("/api/feeds").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("url");
    }

    private HttpResponse<byte[]> get(String url, Map<String, String> headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }

    private static Calendar parse(byte[] body) throws Exception {
        FeedWriterTest.assertRfc5545Lines(body);
        return FeedWriterTest.parse(body);
    }

    private static VEvent event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty("UID").orElseThrow().getValue().equals(uid)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid));
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(event.getProperty("SEQUENCE").orElseThrow().getValue());
    }

    private static void sample(String name, byte[] body) throws IOException {
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(name), body);
    }
}
