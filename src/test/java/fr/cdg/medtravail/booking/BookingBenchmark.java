package fr.cdg.medtravail.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.security.AccountService;
import fr.cdg.medtravail.security.Role;

/**
 * Benchmark harness (not a unit test: tag "bench", run with
 * {@code ./mvnw -B -ntp -Pbench verify -Dtest=BookingBenchmark}). 64 clients, each logged in once (session cookie
 * and CSRF token, as the référent's browser), fire {@code POST /api/appointments} over loopback HTTP; every time
 * of every session is wanted by {@value #RACERS} clients at once, so three in four attempts lose a race, and the
 * clients book on many sessions at once. Prints
 * bookings/s, attempts/s, p50/p99 latency and the double bookings found in the database, beside the ceiling of the
 * same database measured in the same run: pgbench single-row updates with 64 clients (or, without pgbench, the same
 * 64 clients doing one-row updates over JDBC).
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BookingBenchmark {

    private static final int CLIENTS = 64;
    private static final int RACERS = 4;
    private static final int TIMES_PER_SESSION = 7;
    private static final int SESSIONS = Integer.getInteger("bench.sessions", 400);
    private static final Path PGBENCH = Path.of("/usr/lib/postgresql/15/bin/pgbench");
    private static final String PASSWORD = "bench-password-long-enough";
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    /** The schema's owner: the application's role may not create the ceiling's table. */
    @Autowired
    @FlywayDataSource
    DataSource owner;

    @Autowired
    AccountService accounts;

    record Attempt(long session, long agent, String start) {
    }

    record Client(HttpClient http, String csrf) {
    }

    @Test
    void bookingsUnderContentionBesideTheDatabaseCeiling() throws Exception {
        var world = new BookingFixture(jdbc);
        var attempts = prepare(world);
        var username = "bench-referent-" + world.a;
        accounts.create(username, "Bench", PASSWORD, Role.REFERENT, null, List.of(world.a));
        var clients = new ArrayList<Client>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(logIn(username));
        }

        var next = new AtomicInteger();
        var latencies = new long[attempts.size()];
        var created = new AtomicLong();
        var conflicts = new AtomicLong();
        var other = new AtomicLong();
        var ready = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(CLIENTS);
        var done = new CountDownLatch(CLIENTS);
        for (var client : clients) {
            pool.submit(() -> {
                try {
                    ready.await();
                    int i;
                    while ((i = next.getAndIncrement()) < attempts.size()) {
                        var attempt = attempts.get(i);
                        long begin = System.nanoTime();
                        int status = book(client, attempt);
                        latencies[i] = System.nanoTime() - begin;
                        (status == 201 ? created : status == 409 ? conflicts : other).incrementAndGet();
                    }
                } catch (Exception e) {
                    other.incrementAndGet();
                } finally {
                    done.countDown();
                }
                return null;
            });
        }
        long begin = System.nanoTime();
        ready.countDown();
        done.await();
        double seconds = (System.nanoTime() - begin) / 1e9;
        pool.shutdown();

        long doubles = jdbc.sql("""
                SELECT count(*) FROM appointment x JOIN appointment y ON x.session_id = y.session_id AND x.id < y.id
                  AND tsrange(x.starts_at, x.ends_at) && tsrange(y.starts_at, y.ends_at)
                WHERE x.status IN ('BOOKED', 'HELD') AND y.status IN ('BOOKED', 'HELD')
                """).query(Long.class).single();
        long rows = jdbc.sql("SELECT count(*) FROM appointment WHERE status = 'BOOKED'").query(Long.class).single();
        Arrays.sort(latencies);
        var ceiling = ceiling();

        System.out.printf("""

                ==== BookingBenchmark (%d cores, %d clients, %d sessions x %d times, %d racers per time) ====
                attempts          %d in %.2f s  = %.0f attempts/s
                bookings (201)    %d = %.0f bookings/s   conflicts (409) %d   other %d
                latency           p50 %.1f ms   p99 %.1f ms   max %.1f ms
                double bookings   %d   (rows booked %d, distinct times %d)
                ceiling           %s
                ratio             attempts/s / ceiling tps = %.2f
                ==========
                """, Runtime.getRuntime().availableProcessors(), CLIENTS, SESSIONS, TIMES_PER_SESSION, RACERS,
                attempts.size(), seconds, attempts.size() / seconds, created.get(), created.get() / seconds,
                conflicts.get(), other.get(), percentile(latencies, 50), percentile(latencies, 99),
                latencies[latencies.length - 1] / 1e6, doubles, rows, (long) SESSIONS * TIMES_PER_SESSION,
                ceiling.description(), attempts.size() / seconds / ceiling.tps());

        assertThat(doubles).isZero();
        assertThat(created.get()).isEqualTo(rows).isEqualTo((long) SESSIONS * TIMES_PER_SESSION);
        assertThat(other.get()).isZero();
    }

    /** Sessions, agents (one per attempt, all overdue for a VIP) and the attempts, racers of one time adjacent. */
    private List<Attempt> prepare(BookingFixture world) {
        var nurses = new ArrayList<Long>();
        for (int i = 0; i < SESSIONS / 100 + 1; i++) {
            nurses.add(jdbc.sql("""
                    INSERT INTO professional (code, kind, last_name, first_name, working_ratio, home_latitude, home_longitude)
                    VALUES (?, 'NURSE', 'Bench', 'Nurse', 1.0, 45.75, 4.83) RETURNING id
                    """).param("BENCH-N" + world.a + "-" + i).query(Long.class).single());
        }
        var sessions = new ArrayList<long[]>();
        var first = LocalDate.now().plusDays(30);
        for (int s = 0; s < SESSIONS; s++) {
            var day = first.plusDays(s / 2 % 50);
            var half = s % 2 == 0 ? Half.AM : Half.PM;
            long id = world.session(nurses.get(s / 100), day, half, 210, Map.of(world.a, 210));
            sessions.add(new long[] {id, day.toEpochDay(), half.ordinal()});
        }
        int count = SESSIONS * TIMES_PER_SESSION * RACERS;
        var agents = jdbc.sql("""
                INSERT INTO agent (collectivite_id, matricule, last_name, first_name, birth_date, post, hire_date,
                                   last_vip_date)
                SELECT ?, 'BENCH' || n, 'Agent', 'Bench', DATE '1980-01-01', 'Agent', DATE '2015-01-01',
                       current_date - 800
                FROM generate_series(1, ?) n RETURNING id
                """).params(world.a, count).query(Long.class).list();
        // Racers of one time are adjacent, so that they are in flight together; successive times go to different
        // sessions, as référents of many collectivités book at once.
        var attempts = new ArrayList<Attempt>();
        int a = 0;
        for (int t = 0; t < TIMES_PER_SESSION; t++) {
            for (var session : sessions) {
                var day = LocalDate.ofEpochDay(session[1]);
                var opens = session[2] == 0 ? day.atTime(8, 30) : day.atTime(13, 30);
                for (int r = 0; r < RACERS; r++) {
                    attempts.add(new Attempt(session[0], agents.get(a++), opens.plusMinutes(30L * t).toString()));
                }
            }
        }
        return attempts;
    }

    /** Logs in with the form, as a browser: session cookie, then the CSRF token of a page. */
    private Client logIn(String username) throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        var login = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        var token = find(CSRF_INPUT, login.body());
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + PASSWORD
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        var page = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return new Client(http, find(CSRF_META, page.body()));
    }

    private int book(Client client, Attempt attempt) throws Exception {
        var body = "{\"sessionId\":" + attempt.session() + ",\"agentId\":" + attempt.agent()
                + ",\"visitKind\":\"VIP\",\"start\":\"" + attempt.start() + "\"}";
        return client.http().send(HttpRequest.newBuilder(uri("/api/appointments"))
                        .header("Content-Type", "application/json").header("X-CSRF-TOKEN", client.csrf())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    record Ceiling(double tps, String description) {
    }

    /** Single-row updates on the same database by 64 clients: pgbench when installed, else JDBC. */
    private Ceiling ceiling() throws Exception {
        var asOwner = JdbcClient.create(owner);
        asOwner.sql("CREATE TABLE IF NOT EXISTS bench_counter (id int PRIMARY KEY, n bigint NOT NULL DEFAULT 0)").update();
        asOwner.sql("INSERT INTO bench_counter (id) SELECT generate_series(1, 10000) ON CONFLICT DO NOTHING").update();
        String url;
        try (var connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
            asOwner.sql("GRANT SELECT, UPDATE ON bench_counter TO " + connection.getMetaData().getUserName()).update();
        }
        var ownerPool = (PGSimpleDataSource) owner;
        var matcher = Pattern.compile("//([^:/]+):(\\d+)/([^?]+)").matcher(url);
        if (Files.isExecutable(PGBENCH) && matcher.find()) {
            var script = Files.createTempFile("booking-bench", ".sql");
            Files.writeString(script, "\\set id random(1, 10000)\nUPDATE bench_counter SET n = n + 1 WHERE id = :id;\n");
            var pgbench = new ProcessBuilder(PGBENCH.toString(), "-h", matcher.group(1), "-p", matcher.group(2),
                    "-U", ownerPool.getUser(), "-n", "-c", String.valueOf(CLIENTS), "-j", "2", "-T", "10", "-f",
                    script.toString(), matcher.group(3)).redirectErrorStream(true);
            pgbench.environment().put("PGPASSWORD", ownerPool.getPassword());
            var process = pgbench.start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
            var tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
            var latency = Pattern.compile("latency average = ([0-9.]+) ms").matcher(output);
            if (tps.find()) {
                double value = Double.parseDouble(tps.group(1));
                return new Ceiling(value, String.format("pgbench single-row UPDATE, %d clients, 10 s: %.0f tps,"
                        + " latency average %s ms", CLIENTS, value, latency.find() ? latency.group(1) : "?"));
            }
            System.out.println("pgbench failed, measuring over JDBC instead:\n" + output);
        }
        return jdbcCeiling();
    }

    private Ceiling jdbcCeiling() throws Exception {
        var updates = new AtomicLong();
        var pool = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        var done = new CountDownLatch(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            pool.submit(() -> {
                try (var connection = dataSource.getConnection();
                     var update = connection.prepareStatement("UPDATE bench_counter SET n = n + 1 WHERE id = ?")) {
                    connection.setAutoCommit(true);
                    int i = client;
                    while (System.nanoTime() < end) {
                        update.setInt(1, i++ % 10000 + 1);
                        update.executeUpdate();
                        updates.incrementAndGet();
                    }
                } finally {
                    done.countDown();
                }
                return null;
            });
        }
        done.await();
        pool.shutdown();
        double tps = updates.get() / 10.0;
        return new Ceiling(tps, String.format("JDBC single-row UPDATE, %d clients, 10 s: %.0f tps", CLIENTS, tps));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String find(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return matcher.group(1).replace("&#45;", "-");
    }

    private static double percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }
}
