package fr.cdg.medtravail.feeds.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import fr.cdg.medtravail.support.IntegrationTest;

/**
 * One professional's year (about 460 published sessions and 4,100 appointments) served as a feed over real HTTP:
 * the first build after the start (every event written), builds after one item changed (its event written again,
 * the others kept), builds of another window (every event kept), the warm full feed, the 304 path, requests per
 * second, beside a static file of the same size served by the same server in the same run. Run with
 * {@code ./mvnw -B -ntp -Pbench verify -Dtest=FeedBenchmark [-Dbench.requests=400]}.
 */
@Tag("bench")
@TestPropertySource(properties = {
        "medtravail.feeds.requests-per-token=100000000",
        "spring.web.resources.static-locations=classpath:/static/,file:target/feed-bench-static/"})
class FeedBenchmark extends IntegrationTest {

    private static final int CLIENTS = 4;

    @LocalServerPort
    private int port;

    private final HttpClient client = HttpClient.newHttpClient();

    record Result(String what, long[] sortedMicros, double seconds, long bytes) {

        long percentile(double p) {
            return sortedMicros[Math.min(sortedMicros.length - 1, (int) Math.ceil(p * sortedMicros.length) - 1)];
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-28s %5d req, %8d bytes: p50 %7.2f ms, p99 %7.2f ms",
                    what, sortedMicros.length, bytes, percentile(0.50) / 1000.0, percentile(0.99) / 1000.0);
        }
    }

    @Test
    void aYearOfAProfessionalIsServedFastAndItsUnchangedCopyFaster() throws Exception {
        int requests = Integer.getInteger("bench.requests", 300);
        long professional = year();
        var created = asProfessional(professional).post().uri("/api/feeds").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("scope", "PROFESSIONAL", "privacy", "DETAILED")).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        var url = (String) created.get("url");

        long coldStarted = System.nanoTime();
        var first = get(url, "gzip", null);
        double cold = (System.nanoTime() - coldStarted) / 1e6;
        var plain = get(url, null, null);
        var events = new String(plain.body()).split("BEGIN:VEVENT", -1).length - 1;
        System.out.printf(Locale.ROOT, "feed: %d events, %d bytes (%d gzipped)%n", events, plain.body().length,
                first.body().length);
        assertThat(events).isGreaterThan(4000);

        // The same bytes as a static file of the same server, outside the feeds' code.
        var file = Path.of("target", "feed-bench-static", "css", "feed-bench.ics.gz");
        Files.createDirectories(file.getParent());
        Files.write(file, first.body());
        var staticUrl = "http://localhost:" + port + "/css/feed-bench.ics.gz";
        assertThat(get(staticUrl, null, null).body()).hasSize(first.body().length);

        // After each change the copy is missed: the feed is read again, the changed event written again.
        var appointments = jdbc.sql("""
                SELECT a.id FROM appointment a JOIN planning_session s ON s.id = a.session_id
                WHERE s.professional_id = ? ORDER BY a.id""").param(professional).query(Long.class).list();
        var cancelled = new AtomicInteger();
        var changed = measure("rebuilt, one item changed", Math.max(20, requests / 10), i -> {
            jdbc.sql("UPDATE appointment SET status = 'CANCELLED' WHERE id = ?")
                    .param(appointments.get(cancelled.getAndIncrement() * 37 % appointments.size())).update();
            return url;
        }, "gzip", null);
        // Another window misses the copy too, with every event kept.
        var window = measure("rebuilt, another window", Math.max(20, requests / 10),
                i -> url + "?pastDays=" + (30 + i % 2), "gzip", null);
        var warm = measure("full feed, warm (gzip)", requests, i -> url, "gzip", null);
        var warmPlain = measure("full feed, warm (no gzip)", requests / 3, i -> url, null, null);
        // The changes above gave the feed another ETag.
        var etag = get(url, "gzip", null).headers().firstValue("ETag").orElseThrow();
        var notModified = measure("304 (If-None-Match)", requests, i -> url, "gzip", etag);
        var staticFile = measure("static file, same size", requests, i -> staticUrl, null, null);
        System.out.printf(Locale.ROOT, "first build after the start (every event written): %.2f ms%n", cold);
        for (var result : new Result[]{changed, window, warm, warmPlain, notModified, staticFile}) {
            System.out.println(result);
        }
        System.out.printf(Locale.ROOT, "p50 / static file p50: rebuilt after a change %.2f, warm feed %.2f%n",
                (double) changed.percentile(0.5) / staticFile.percentile(0.5),
                (double) warm.percentile(0.5) / staticFile.percentile(0.5));
        System.out.printf(Locale.ROOT, "throughput, %d clients: warm feed %.0f req/s, 304 %.0f req/s, static %.0f req/s%n",
                CLIENTS, throughput(url, "gzip", null), throughput(url, "gzip", etag),
                throughput(staticUrl, null, null));
    }

    /** A professional with published sessions on weekdays from 30 days ago to 11 months ahead, 9 visits each. */
    private long year() {
        long collectivite = jdbc.sql("""
                INSERT INTO collectivite (siren, name, kind, affiliated, latitude, longitude)
                VALUES (?, 'Commune mesurée', 'COMMUNE', true, 45.76, 4.83) RETURNING id
                """).param(String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L)))
                .query(Long.class).single();
        long cabinet = jdbc.sql("""
                INSERT INTO cabinet (code, name, kind, address, postal_code, city, latitude, longitude, rooms)
                VALUES (?, 'Cabinet mesuré', 'CDG_PREMISES', '12 avenue Henri Barbusse', '69100', 'Villeurbanne',
                        45.7719, 4.8902, 2) RETURNING id
                """).param("BENCH" + ThreadLocalRandom.current().nextInt(1_000_000)).query(Long.class).single();
        long professional = jdbc.sql("""
                INSERT INTO professional (code, kind, last_name, first_name, working_ratio, home_latitude, home_longitude)
                VALUES (?, 'NURSE', 'Mesurée', 'Anne', 1.0, 45.75, 4.83) RETURNING id
                """).param("BENCHP" + ThreadLocalRandom.current().nextInt(1_000_000)).query(Long.class).single();
        long horizon = jdbc.sql("""
                INSERT INTO planning_horizon (name, start_date, end_date) VALUES ('bench', DATE '9999-12-31',
                DATE '9999-12-31') RETURNING id""").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO agent (collectivite_id, matricule, last_name, first_name, birth_date, post, hire_date)
                SELECT ?, 'BENCH' || n, 'Durand-Ménard', 'Éloïse ' || n, DATE '1980-01-01', 'Agent', DATE '2015-03-01'
                FROM generate_series(1, 400) n
                """).param(collectivite).update();
        jdbc.sql("""
                INSERT INTO planning_session (horizon_id, professional_id, session_date, half_day, cabinet_id, status,
                                              capacity_minutes, published_at, notice_date)
                SELECT ?, ?, d::date, h, ?, 'PUBLISHED', 180, now(), current_date
                FROM generate_series(current_date - 30, current_date + 330, interval '1 day') d,
                     unnest(ARRAY['AM', 'PM']) h
                WHERE extract(isodow FROM d) < 6 AND NOT (extract(isodow FROM d) = 3 AND h = 'PM')
                """).params(horizon, professional, cabinet).update();
        jdbc.sql("""
                WITH a AS (SELECT array_agg(id ORDER BY id) AS ids FROM agent WHERE collectivite_id = :k)
                INSERT INTO appointment (session_id, collectivite_id, agent_id, visit_kind, due_key, starts_at, ends_at,
                                         reserve, booked_by)
                SELECT s.id, :k, a.ids[((s.id * 9 + j) % 400) + 1], 'VIP', 'B' || s.id || '-' || j,
                       s.session_date + CASE s.half_day WHEN 'AM' THEN time '08:30' ELSE time '13:30' END
                           + j * interval '20 minutes',
                       s.session_date + CASE s.half_day WHEN 'AM' THEN time '08:30' ELSE time '13:30' END
                           + (j + 1) * interval '20 minutes', 'RESERVED', 'bench'
                FROM planning_session s, generate_series(0, 8) j, a WHERE s.horizon_id = :h
                """).param("k", collectivite).param("h", horizon).update();
        jdbc.sql("ANALYZE planning_session").update();
        jdbc.sql("ANALYZE appointment").update();
        var counts = jdbc.sql("""
                SELECT (SELECT count(*) FROM planning_session WHERE horizon_id = ?) || ' sessions, '
                    || (SELECT count(*) FROM appointment a JOIN planning_session s ON s.id = a.session_id
                        WHERE s.horizon_id = ?) || ' appointments'""").params(horizon, horizon)
                .query(String.class).single();
        System.out.println("one professional's year: " + counts);
        return professional;
    }

    private Result measure(String what, int n, IntFunction<String> url, String encoding, String etag) throws Exception {
        for (int i = 0; i < Math.min(n, 30); i++) {
            get(url.apply(i), encoding, etag);
        }
        var micros = new long[n];
        long bytes = 0;
        long started = System.nanoTime();
        for (int i = 0; i < n; i++) {
            var address = url.apply(i);
            long t = System.nanoTime();
            var answer = get(address, encoding, etag);
            micros[i] = (System.nanoTime() - t) / 1000;
            assertThat(answer.statusCode()).isIn(200, 304);
            bytes = answer.body().length;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(micros);
        return new Result(what, micros, seconds, bytes);
    }

    private double throughput(String url, String encoding, String etag) throws Exception {
        var done = new AtomicInteger();
        long until = System.nanoTime() + 5_000_000_000L;
        var threads = new Thread[CLIENTS];
        long started = System.nanoTime();
        for (int t = 0; t < CLIENTS; t++) {
            threads[t] = new Thread(() -> {
                try {
                    while (System.nanoTime() < until) {
                        get(url, encoding, etag);
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            threads[t].start();
        }
        for (var thread : threads) {
            thread.join();
        }
        return done.get() / ((System.nanoTime() - started) / 1e9);
    }

    private HttpResponse<byte[]> get(String url, String encoding, String etag) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url));
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
