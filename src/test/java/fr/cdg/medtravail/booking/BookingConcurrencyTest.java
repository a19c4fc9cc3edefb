package fr.cdg.medtravail.booking;

import static fr.cdg.medtravail.booking.BookingFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Many clients racing for one time, and retried requests, over real HTTP: the database decides. */
class BookingConcurrencyTest extends IntegrationTest {

    private static final int CLIENTS = 50;

    @LocalServerPort
    int port;

    private BookingFixture world;
    private LocalDate day;
    private long session;

    @BeforeEach
    void setUp() {
        world = new BookingFixture(jdbc);
        day = LocalDate.now().plusDays(30);
        session = world.session(world.nurse, day, Half.AM, 210, Map.of(world.a, 210));
        as(Role.REFERENT, world.a);
    }

    @AfterEach
    void tearDown() {
        world.remove();
    }

    private HttpRequest post(long agent, String idempotencyKey) {
        var body = """
                {"sessionId": %d, "agentId": %d, "visitKind": "VIP", "start": "%s"}
                """.formatted(session, agent, at(day, 9, 0));
        var credentials = "referent-" + world.a + ":" + PASSWORD;
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/appointments"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.build();
    }

    private long rows() {
        return jdbc.sql("SELECT count(*) FROM appointment WHERE session_id = ?").param(session).query(Long.class)
                .single();
    }

    @Test
    void fiftyClientsRacingForOneTimeGetOneCreatedAndFortyNineConflicts() throws Exception {
        var agents = new ArrayList<Long>();
        for (int i = 0; i < CLIENTS; i++) {
            agents.add(world.agent(world.a));
        }
        var start = new CountDownLatch(1);
        var statuses = new ArrayList<Future<HttpResponse<String>>>();
        var http = HttpClient.newHttpClient();
        var pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (var agent : agents) {
                var request = post(agent, null);
                statuses.add(pool.submit(() -> {
                    start.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            var codes = new ArrayList<Integer>();
            var conflicts = new ArrayList<String>();
            for (var status : statuses) {
                var response = status.get();
                codes.add(response.statusCode());
                if (response.statusCode() == 409) {
                    conflicts.add(response.body());
                }
            }
            assertThat(codes).filteredOn(code -> code == 201).hasSize(1);
            assertThat(codes).filteredOn(code -> code == 409).hasSize(CLIENTS - 1);
            assertThat(conflicts).allSatisfy(body -> assertThat(body).contains("taken"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void theSameRequestSentTwiceWithOneIdempotencyKeyBooksOnce() throws Exception {
        long agent = world.agent(world.a);
        var http = HttpClient.newHttpClient();
        var pool = Executors.newFixedThreadPool(4);
        try {
            var first = http.send(post(agent, "retry-1"), HttpResponse.BodyHandlers.ofString());
            var again = http.send(post(agent, "retry-1"), HttpResponse.BodyHandlers.ofString());
            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(again.statusCode()).isEqualTo(201);
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
            assertThat(rows()).isEqualTo(1);

            // Retries racing each other: still one booking.
            long other = world.agent(world.a);
            jdbc.sql("DELETE FROM appointment WHERE session_id = ?").param(session).update();
            List<Future<HttpResponse<String>>> racing = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                racing.add(pool.submit(() -> http.send(post(other, "retry-2"), HttpResponse.BodyHandlers.ofString())));
            }
            for (var response : racing) {
                assertThat(response.get().statusCode()).isEqualTo(201);
            }
            assertThat(rows()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
