package fr.cdg.medtravail.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
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
import java.util.concurrent.locks.LockSupport;
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
import fr.cdg.medtravail.support.CpuMeter;

/**
 * Benchmark harness (not a unit test: tag "bench", run with
 * {@code ./mvnw -B -ntp -Pbench verify -Dtest=BookingBenchmark}). 64 clients, each logged in once (session cookie
 * and CSRF token, as the référent's browser), fire {@code POST /api/appointments} over loopback HTTP. After an
 * uncounted warm-up (40 rounds, racing and not, on other sessions), three timed phases: every time of every
 * session wanted by {@value #RACERS} clients at once (three in four attempts lose a race and must get 409); every
 * time wanted once, as fast as the server answers (every request books); the same offered at a steady
 * {@code bench.pace} (500) bookings per second. Prints, per phase, requests and bookings per second, p50/p99
 * latency and, for the first two, the CPU spent per request by this JVM (server and clients) and by PostgreSQL;
 * then the double bookings found in the database, beside the ceiling of the same database measured in the same run:
 * pgbench single-row updates with 64 clients (or, without pgbench, the same 64 clients doing one-row updates over
 * JDBC).
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BookingBenchmark {

    private static final int CLIENTS = 64;
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final double PACE = Double.parseDouble(System.getProperty("bench.pace", "500"));
    private static final int RACERS = 4;
    private static final int TIMES_PER_SESSION = 7;
    private static final int SESSIONS = Integer.getInteger("bench.sessions", 400);
    private static final int WARM_UP_SESSIONS = 100;
    private static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warm-up-rounds", 40);
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

    /** A logged-in browser: its session cookie and CSRF token, sent through the one HTTP client of the benchmark. */
    record Client(String sessionCookie, String csrf) {
    }

    /** One client for all 64 (one selector thread, not 64): their cookies travel in the requests. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void bookingsUnderContentionBesideTheDatabaseCeiling() throws Exception {
        var world = new BookingFixture(jdbc);
        var attempts = prepare(world, "M", SESSIONS, RACERS, 30);
        var distinct = prepare(world, "D", SESSIONS, 1, 150);
        var paced = prepare(world, "P", SESSIONS, 1, 210);
        var username = "bench-referent-" + world.a;
        accounts.create(username, "Bench", PASSWORD, Role.REFERENT, null, List.of(world.a));
        var clients = new ArrayList<Client>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(logIn(username));
        }
        // Compiled code, filled pools and caches: the figures are those of a server that has been running. Rounds
        // on other sessions, racing and not, both paths; on 2 cores the JIT compilers lag far behind the requests.
        var jit = ManagementFactory.getCompilationMXBean();
        long warmCreated = 0;
        long warmAttempts = 0;
        double jitShare = 1;
        double warmSeconds = 0;
        for (int rounds = 0; rounds < WARM_UP_ROUNDS; rounds++) {
            var round = prepare(world, "W" + rounds, WARM_UP_SESSIONS, rounds % 2 == 0 ? RACERS : 1, 90);
            long compiling = jit.getTotalCompilationTime();
            var warm = race(clients, round);
            assertThat(warm.other()).isZero();
            jitShare = (jit.getTotalCompilationTime() - compiling) / 1000.0 / warm.seconds() / CORES;
            warmCreated += warm.created();
            warmAttempts += round.size();
            warmSeconds += warm.seconds();
        }
        long compilingBefore = jit.getTotalCompilationTime();
        long measuredSince = System.nanoTime();

        var cpu = CpuMeter.start(databasePort());
        var run = race(clients, attempts);
        var cpuPerAttempt = cpu.perOperation(attempts.size());
        // The same clients, each time wanted once: every request books.
        cpu = CpuMeter.start(databasePort());
        var free = race(clients, distinct);
        var cpuPerBooking = cpu.perOperation(distinct.size());
        // The target load offered at a steady pace: the latency a référent sees while the server books 500 per second.
        var steady = race(clients, paced, PACE);
        double measuredJitShare = (jit.getTotalCompilationTime() - compilingBefore) / 1000.0
                / ((System.nanoTime() - measuredSince) / 1e9) / CORES;

        long doubles = jdbc.sql("""
                SELECT count(*) FROM appointment x JOIN appointment y ON x.session_id = y.session_id AND x.id < y.id
                  AND tsrange(x.starts_at, x.ends_at) && tsrange(y.starts_at, y.ends_at)
                WHERE x.status IN ('BOOKED', 'HELD') AND y.status IN ('BOOKED', 'HELD')
                """).query(Long.class).single();
        long rows = jdbc.sql("SELECT count(*) FROM appointment WHERE status = 'BOOKED'").query(Long.class).single();
        long times = (long) (WARM_UP_ROUNDS * WARM_UP_SESSIONS + 3 * SESSIONS) * TIMES_PER_SESSION;
        var ceiling = ceiling();

        System.out.printf("""

                ==== BookingBenchmark (%d cores, %d clients, %d sessions x %d times) ====
                warm-up             %d rounds, %d attempts in %.1f s, not counted; JIT compiling time per
                                    core-second: %.0f %% in the last round, %.0f %% during the timed phases
                racing, %d per time:
                  attempts          %d in %.2f s  = %.0f attempts/s
                  bookings (201)    %d = %.0f bookings/s   conflicts (409) %d   other %d
                  latency           p50 %.1f ms   p99 %.1f ms   max %.1f ms
                  CPU per attempt   %s
                each time wanted once:
                  bookings (201)    %d in %.2f s  = %.0f bookings/s   other %d
                  latency           p50 %.1f ms   p99 %.1f ms   max %.1f ms
                  CPU per booking   %s
                offered at %.0f bookings/s (latency from each request's due time):
                  bookings (201)    %d in %.2f s  = %.0f bookings/s   other %d
                  latency           p50 %.1f ms   p99 %.1f ms   max %.1f ms
                double bookings     %d   (rows booked %d, distinct times %d, warm-up included)
                ceiling             %s
                ratio               racing attempts/s / ceiling tps = %.3f   bookings/s / ceiling tps = %.3f
                ==========
                """, CORES, CLIENTS, SESSIONS, TIMES_PER_SESSION,
                WARM_UP_ROUNDS, warmAttempts, warmSeconds, 100 * jitShare,
                100 * measuredJitShare, RACERS, attempts.size(), run.seconds(), attempts.size() / run.seconds(),
                run.created(), run.created() / run.seconds(), run.conflicts(), run.other(), run.percentile(50),
                run.percentile(99), run.percentile(100), cpuPerAttempt, free.created(), free.seconds(),
                free.created() / free.seconds(), free.other(), free.percentile(50), free.percentile(99),
                free.percentile(100), cpuPerBooking, PACE, steady.created(), steady.seconds(),
                steady.created() / steady.seconds(), steady.other(), steady.percentile(50), steady.percentile(99),
                steady.percentile(100), doubles, rows, times, ceiling.description(),
                attempts.size() / run.seconds() / ceiling.tps(), free.created() / free.seconds() / ceiling.tps());

        assertThat(doubles).isZero();
        assertThat(warmCreated + run.created() + free.created() + steady.created()).isEqualTo(rows).isEqualTo(times);
        assertThat(run.other() + free.other() + steady.other()).isZero();
    }

    record Race(double seconds, long[] sortedLatencies, long created, long conflicts, long other) {

        double percentile(int percent) {
            return sortedLatencies[Math.min(sortedLatencies.length - 1, sortedLatencies.length * percent / 100)] / 1e6;
        }
    }

    /** Every client books the next attempt of the list until none is left, as fast as the server answers. */
    private Race race(List<Client> clients, List<Attempt> attempts) throws InterruptedException {
        return race(clients, attempts, 0);
    }

    /**
     * Every client books the next attempt of the list until none is left; with a {@code rate}, attempt i is due
     * i / rate seconds after the start and its latency counts from then, so that a server falling behind the
     * offered load is charged its queue too (no coordinated omission).
     */
    private Race race(List<Client> clients, List<Attempt> attempts, double rate) throws InterruptedException {
        var next = new AtomicInteger();
        var latencies = new long[attempts.size()];
        var created = new AtomicLong();
        var conflicts = new AtomicLong();
        var other = new AtomicLong();
        var ready = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(clients.size());
        var done = new CountDownLatch(clients.size());
        var start = new long[1];
        for (var client : clients) {
            pool.submit(() -> {
                try {
                    ready.await();
                    int i;
                    while ((i = next.getAndIncrement()) < attempts.size()) {
                        var attempt = attempts.get(i);
                        long begin = System.nanoTime();
                        if (rate > 0) {
                            begin = start[0] + (long) (i * 1e9 / rate);
                            LockSupport.parkNanos(begin - System.nanoTime());
                        }
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
        start[0] = System.nanoTime();
        ready.countDown();
        done.await();
        double seconds = (System.nanoTime() - start[0]) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        return new Race(seconds, latencies, created.get(), conflicts.get(), other.get());
    }

    /**
     * Sessions from {@code firstDay} days ahead, agents (one per attempt, all overdue for a VIP) and the attempts,
     * racers of one time adjacent.
     */
    private List<Attempt> prepare(BookingFixture world, String label, int sessionCount, int racers, int firstDay) {
        var nurses = new ArrayList<Long>();
        for (int i = 0; i < sessionCount / 100 + 1; i++) {
            nurses.add(jdbc.sql("""
                    INSERT INTO professional (code, kind, last_name, first_name, working_ratio, home_latitude, home_longitude)
                    VALUES (?, 'NURSE', 'Bench', 'Nurse', 1.0, 45.75, 4.83) RETURNING id
                    """).param("BENCH-N-" + label + "-" + world.a + "-" + i).query(Long.class).single());
        }
        var sessions = new ArrayList<long[]>();
        var first = LocalDate.now().plusDays(firstDay);
        for (int s = 0; s < sessionCount; s++) {
            var day = first.plusDays(s / 2 % 50);
            var half = s % 2 == 0 ? Half.AM : Half.PM;
            long id = world.session(nurses.get(s / 100), day, half, 210, Map.of(world.a, 210));
            sessions.add(new long[] {id, day.toEpochDay(), half.ordinal()});
        }
        int count = sessionCount * TIMES_PER_SESSION * racers;
        var agents = jdbc.sql("""
                INSERT INTO agent (collectivite_id, matricule, last_name, first_name, birth_date, post, hire_date,
                                   last_vip_date)
                SELECT ?, 'BENCH-' || ? || '-' || n, 'Agent', 'Bench', DATE '1980-01-01', 'Agent', DATE '2015-01-01',
                       current_date - 800
                FROM generate_series(1, ?) n RETURNING id
                """).params(world.a, label, count).query(Long.class).list();
        // Racers of one time are adjacent, so that they are in flight together; successive times go to different
        // sessions, as référents of many collectivités book at once.
        var attempts = new ArrayList<Attempt>();
        int a = 0;
        for (int t = 0; t < TIMES_PER_SESSION; t++) {
            for (var session : sessions) {
                var day = LocalDate.ofEpochDay(session[1]);
                var opens = session[2] == 0 ? day.atTime(8, 30) : day.atTime(13, 30);
                for (int r = 0; r < racers; r++) {
                    attempts.add(new Attempt(session[0], agents.get(a++), opens.plusMinutes(30L * t).toString()));
                }
            }
        }
        return attempts;
    }

    /** Logs in with the form, as a browser: session cookie, then the CSRF token of a page. */
    private Client logIn(String username) throws Exception {
        var cookies = new CookieManager();
        var http = HttpClient.newBuilder().cookieHandler(cookies).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        var login = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        var token = find(CSRF_INPUT, login.body());
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + PASSWORD
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        var page = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        var session = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no session cookie after logging in"));
        return new Client(session.getName() + "=" + session.getValue(), find(CSRF_META, page.body()));
    }

    private int book(Client client, Attempt attempt) throws Exception {
        var body = "{\"sessionId\":" + attempt.session() + ",\"agentId\":" + attempt.agent()
                + ",\"visitKind\":\"VIP\",\"start\":\"" + attempt.start() + "\"}";
        return http.send(HttpRequest.newBuilder(uri("/api/appointments"))
                        .header("Content-Type", "application/json").header("X-CSRF-TOKEN", client.csrf())
                        .header("Cookie", client.sessionCookie())
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

    private int databasePort() throws Exception {
        try (var connection = dataSource.getConnection()) {
            var matcher = Pattern.compile("//[^:/]+:(\\d+)/").matcher(connection.getMetaData().getURL());
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
        }
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
}
