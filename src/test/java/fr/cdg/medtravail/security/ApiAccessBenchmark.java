package fr.cdg.medtravail.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import fr.cdg.medtravail.support.IntegrationTest;
import fr.cdg.medtravail.support.PersonalDataRows;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Throughput of one API call (the list of collectivités, as the secretariat) by 20 concurrent clients, for each way a
 * script can authenticate: a personal API token, HTTP Basic (bcrypt on every request) and a session cookie (form
 * log-in once). Run with {@code ./mvnw -Pbench verify -Dtest=ApiAccessBenchmark [-Dbench.seconds=15]}.
 */
@Tag("bench")
class ApiAccessBenchmark extends IntegrationTest {

    private static final int CLIENTS = 20;
    private static final int COLLECTIVITES = 50;

    @LocalServerPort
    private int port;

    record Result(String mode, long[] sortedMicros, double seconds) {

        int requests() {
            return sortedMicros.length;
        }

        long p50Micros() {
            return percentile(sortedMicros, 0.50);
        }

        long p99Micros() {
            return percentile(sortedMicros, 0.99);
        }

        static Result merge(List<Result> parts) {
            var all = parts.stream().flatMapToLong(part -> Arrays.stream(part.sortedMicros())).sorted().toArray();
            return new Result(parts.get(0).mode(), all, parts.stream().mapToDouble(Result::seconds).sum());
        }

        double perSecond() {
            return requests() / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-7s %6d requests in %5.1f s: %7.1f req/s, p50 %7.1f ms, p99 %7.1f ms",
                    mode, requests(), seconds, perSecond(), p50Micros() / 1000.0, p99Micros() / 1000.0);
        }
    }

    @Test
    void aTokenIsAsFastAsASessionCookieAndBasicIsNot() throws Exception {
        var seconds = Integer.getInteger("bench.seconds", 12);
        for (int i = 0; i < COLLECTIVITES; i++) {
            PersonalDataRows.collectivite(jdbc, "Commune mesurée " + i);
        }
        var username = account(Role.SECRETARIAT);
        var token = "Bearer " + tokenOf(Role.SECRETARIAT);
        var basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes());
        var cookie = "JSESSIONID=" + logIn(username);
        var uri = URI.create("http://localhost:" + port + "/api/collectivites");
        var modes = List.of(
                HttpRequest.newBuilder(uri).header("Authorization", token).build(),
                HttpRequest.newBuilder(uri).header("Authorization", basic).build(),
                HttpRequest.newBuilder(uri).header("Cookie", cookie).build());
        var names = List.of("token", "basic", "cookie");

        for (var request : modes) {
            run("warm-up", request, 2);
        }
        // Token and cookie alternate in short rounds, so that the load of a shared machine weighs on both alike.
        var results = new ArrayList<Result>();
        // Rounds of 2 s, each pair in turn starting with the token or with the cookie.
        var rounds = Math.max(2, seconds / 2);
        var tokenRounds = new ArrayList<Result>();
        var cookieRounds = new ArrayList<Result>();
        for (int round = 0; round < rounds; round++) {
            if (round % 2 == 0) {
                tokenRounds.add(run(names.get(0), modes.get(0), 2));
                cookieRounds.add(run(names.get(2), modes.get(2), 2));
            } else {
                cookieRounds.add(run(names.get(2), modes.get(2), 2));
                tokenRounds.add(run(names.get(0), modes.get(0), 2));
            }
        }
        results.add(Result.merge(tokenRounds));
        results.add(run(names.get(1), modes.get(1), seconds));
        results.add(Result.merge(cookieRounds));
        var ratio = results.get(0).perSecond() / results.get(2).perSecond();
        System.out.printf("%nGET /api/collectivites, %d concurrent clients, %d s per mode, %d cores%n", CLIENTS,
                seconds, Runtime.getRuntime().availableProcessors());
        results.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "token / cookie throughput: %.2f; token / basic: %.1f%n%n", ratio,
                results.get(0).perSecond() / results.get(1).perSecond());
        assertThat(ratio).as("token throughput relative to the session cookie's").isGreaterThanOrEqualTo(0.8);
    }

    /** CLIENTS threads sending the request back to back for the given time; every answer must be 200. */
    private static Result run(String mode, HttpRequest request, int seconds) throws Exception {
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        var latencies = new long[CLIENTS][];
        var counts = new int[CLIENTS];
        var failures = new AtomicInteger();
        var start = new CountDownLatch(1);
        var done = new CountDownLatch(CLIENTS);
        var executor = Executors.newFixedThreadPool(CLIENTS);
        long[] window = new long[2];
        try {
            for (int c = 0; c < CLIENTS; c++) {
                int client_ = c;
                latencies[c] = new long[1 << 18];
                executor.execute(() -> {
                    try {
                        start.await();
                        long end = window[1];
                        while (System.nanoTime() < end) {
                            long before = System.nanoTime();
                            var response = client.send(request, HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                            latencies[client_][counts[client_]++] = System.nanoTime() - before;
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    } finally {
                        done.countDown();
                    }
                });
            }
            window[0] = System.nanoTime();
            window[1] = window[0] + Duration.ofSeconds(seconds).toNanos();
            start.countDown();
            done.await();
            double elapsed = (System.nanoTime() - window[0]) / 1e9;
            assertThat(failures.get()).as(mode + " failures").isZero();
            var all = new long[Arrays.stream(counts).sum()];
            int at = 0;
            for (int c = 0; c < CLIENTS; c++) {
                System.arraycopy(latencies[c], 0, all, at, counts[c]);
                at += counts[c];
            }
            for (int i = 0; i < all.length; i++) {
                all[i] /= 1000;
            }
            Arrays.sort(all);
            return new Result(mode, all, elapsed);
        } finally {
            executor.shutdownNow();
        }
    }

    private static long percentile(long[] sorted, double fraction) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }
}
