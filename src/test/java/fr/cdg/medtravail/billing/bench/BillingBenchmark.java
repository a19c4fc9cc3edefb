package fr.cdg.medtravail.billing.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cdg.medtravail.billing.BillingPeriod;
import fr.cdg.medtravail.billing.BillingService;
import fr.cdg.medtravail.billing.StatementDraft;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.security.Role;

/**
 * A year of attendance at {@code cig} scale, generated in bulk with SQL as the schema's owner: 321 members of the
 * preventive service (145,000 agents in all), about 100,000 appointments spread over the year (held, announced and
 * unjustified absences, replaced ones; each member's unjustified rate between 0 and 9 %), 3,000 statutory acts past
 * the quota. Prints the time to compute every member's statements of the year (the fee, S1, S2), to issue them
 * (computation and inserts), and to render one PDF statement. Asserts only that the figures add up.
 * Run: {@code ./mvnw -B -ntp -Pbench verify -Dtest=BillingBenchmark}.
 */
@Tag("bench")
@SpringBootTest
class BillingBenchmark {

    private static final int YEAR = 2027;
    private static final int MEMBERS = 321;
    private static final int APPOINTMENTS = 100_000;
    private static final int SESSIONS = 400;

    @Autowired
    BillingService billing;

    @Autowired
    JdbcClient jdbc;

    /** The schema's owner: bulk generation, as the demo loader does, without the application's row-by-row path. */
    @Autowired
    @FlywayDataSource
    DataSource owner;

    @Test
    void aYearOfStatementsAtCigScale() throws Exception {
        long begin = System.nanoTime();
        generate(JdbcClient.create(owner));
        double generated = (System.nanoTime() - begin) / 1e9;
        var staff = new CdgUser(0, "bench", "Bench", "", Role.SECRETARIAT, Set.of(), null, true);

        // Warm-up (JIT, plans), then the measured runs.
        for (var period : BillingPeriod.values()) {
            billing.drafts(YEAR, period);
        }
        var computeMillis = new double[5];
        List<StatementDraft> s2 = List.of();
        for (int run = 0; run < computeMillis.length; run++) {
            long start = System.nanoTime();
            billing.drafts(YEAR, BillingPeriod.YEAR);
            billing.drafts(YEAR, BillingPeriod.S1);
            s2 = billing.drafts(YEAR, BillingPeriod.S2);
            computeMillis[run] = (System.nanoTime() - start) / 1e6;
        }
        long issueStart = System.nanoTime();
        int issued = 0;
        for (var period : BillingPeriod.values()) {
            issued += billing.issueAll(staff, YEAR, period).issued().size();
        }
        double issueMillis = (System.nanoTime() - issueStart) / 1e6;

        var statement = billing.statements(YEAR, BillingPeriod.S2).stream()
                .max((x, y) -> Integer.compare(x.lines().size(), y.lines().size())).orElseThrow();
        var pdfMillis = new double[50];
        int bytes = 0;
        for (int i = -20; i < pdfMillis.length; i++) {
            long start = System.nanoTime();
            bytes = billing.statementPdf(staff, statement.id()).length;
            if (i >= 0) {
                pdfMillis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(computeMillis);
        Arrays.sort(pdfMillis);
        long visits = jdbc.sql("SELECT count(*) FROM appointment WHERE starts_at >= ? AND starts_at < ?")
                .params(LocalDate.of(YEAR, 1, 1).atStartOfDay(), LocalDate.of(YEAR + 1, 1, 1).atStartOfDay())
                .query(Long.class).single();
        long surcharged = s2.stream().filter(d -> d.ledger().exceeds(d.grid().surchargeThreshold())).count();

        System.out.printf("""

                ==== BillingBenchmark %s (%d cores: %s; shared with other builds) ====
                data              %d members, %d appointments in %d, generated in %.1f s
                compute           fee + S1 + S2 of every member: median %.0f ms, min %.0f ms, max %.0f ms (5 runs)
                issue             %d statements issued (compute + insert, 3 periods) in %.0f ms
                over the threshold %d of %d members (year's unjustified rate)
                PDF               one statement of %d lines (%d bytes), read and rendered: median %.1f ms, p90 %.1f ms (50 runs)
                ==========
                """, Instant.now(), Runtime.getRuntime().availableProcessors(), cpu(), MEMBERS, visits, YEAR,
                generated, computeMillis[2], computeMillis[0], computeMillis[4], issued, issueMillis, surcharged,
                s2.size(), statement.lines().size(), bytes, pdfMillis[25], pdfMillis[45]);
        assertThat(visits).isEqualTo(APPOINTMENTS);
        assertThat(issued).isEqualTo(3 * MEMBERS);
    }

    private static String cpu() throws Exception {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .findFirst().map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
    }

    private static void generate(JdbcClient sql) {
        sql.sql("""
                INSERT INTO collectivite (siren, name, kind, affiliated, own_secretariat, latitude, longitude)
                SELECT lpad((900000000 + g)::text, 9, '0'), 'Bench ' || g, 'COMMUNE', g % 5 <> 0, g % 25 = 0,
                       48.85, 2.35
                FROM generate_series(1, ?) g""").param(MEMBERS).update();
        sql.sql("""
                INSERT INTO membership (collectivite_id, service, start_date, tariff_category)
                SELECT id, 'PREVENTIVE', DATE '2020-01-01',
                       CASE WHEN affiliated THEN 'AFFILIATED' WHEN own_secretariat THEN 'NON_AFFILIATED_OWN_SECRETARIAT'
                            ELSE 'NON_AFFILIATED' END
                FROM collectivite WHERE name LIKE 'Bench %'""").update();
        // 145,000 agents in all: headcounts of 2 to 900, declared in March.
        sql.sql("""
                INSERT INTO collectivite_headcount (collectivite_id, year, headcount, declared_on)
                SELECT id, ?, 2 + (id * 7919) % 900, ? FROM collectivite WHERE name LIKE 'Bench %'""")
                .params(YEAR, LocalDate.of(YEAR, 3, 15)).update();
        long professional = sql.sql("""
                INSERT INTO professional (code, kind, last_name, first_name, working_ratio, home_latitude, home_longitude)
                VALUES ('BENCH-NURSE', 'NURSE', 'Banc', 'Ida', 1, 48.85, 2.35) RETURNING id""").query(Long.class).single();
        long cabinet = sql.sql("""
                INSERT INTO cabinet (code, name, kind, latitude, longitude, rooms)
                VALUES ('BENCH-CAB', 'Cabinet banc', 'CDG_PREMISES', 48.85, 2.35, 4) RETURNING id""")
                .query(Long.class).single();
        long horizon = sql.sql("""
                INSERT INTO planning_horizon (name, start_date, end_date)
                VALUES ('bench', DATE '8000-01-01', DATE '8001-12-31') RETURNING id""").query(Long.class).single();
        sql.sql("""
                INSERT INTO planning_session (horizon_id, professional_id, session_date, half_day, cabinet_id, status,
                                              capacity_minutes, published_at, notice_date)
                SELECT ?, ?, DATE '8000-01-01' + g, 'AM', ?, 'PUBLISHED', 210, now(), current_date
                FROM generate_series(0, ?) g""").params(horizon, professional, cabinet, SESSIONS - 1).update();
        sql.sql("""
                INSERT INTO agent (collectivite_id, matricule, last_name, first_name, birth_date, post, hire_date)
                SELECT c.id, 'B' || g, 'Agent', 'Banc', DATE '1980-01-01', 'Agent', DATE '2015-01-01'
                FROM generate_series(0, ?) g
                JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM collectivite WHERE name LIKE 'Bench %') c
                  ON c.n = g % ?""").params(APPOINTMENTS - 1, MEMBERS).update();
        // Appointment g: session g % 400, every 35 hours from 1 January, so that no two of a session overlap; its
        // status by a hash of g against the member's unjustified rate (0 to 9 %).
        sql.sql("""
                INSERT INTO appointment (session_id, collectivite_id, agent_id, visit_kind, due_key, starts_at, ends_at,
                                         status, reserve, booked_by)
                SELECT s.id, a.collectivite_id, a.id, 'VIP', 'VIP', t.starts_at, t.starts_at + interval '15 minutes',
                       CASE WHEN h.v < (a.collectivite_id % 10) * 10 THEN 'ABSENT_UNJUSTIFIED'
                            WHEN h.v < (a.collectivite_id % 10) * 10 + 30 THEN 'ABSENT_ANNOUNCED'
                            WHEN h.v < (a.collectivite_id % 10) * 10 + 40 THEN 'REPLACED'
                            ELSE 'HELD' END,
                       'RESERVED', 'bench'
                FROM (SELECT id, collectivite_id, row_number() OVER (ORDER BY id) - 1 AS g FROM agent
                      WHERE matricule LIKE 'B%' AND last_name = 'Agent') a
                JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM planning_session
                      WHERE horizon_id = :horizon) s ON s.n = a.g % :sessions
                CROSS JOIN LATERAL (SELECT TIMESTAMP ':year-01-01 08:00' + (a.g / :sessions) * interval '35 hours'
                                    AS starts_at) t
                CROSS JOIN LATERAL (SELECT (a.g * 7919) % 1000 AS v) h"""
                .replace(":year", String.valueOf(YEAR)))
                .param("horizon", horizon).param("sessions", SESSIONS).update();
        // 3,000 statutory acts past the quota: one request per act, on its member's first agent.
        sql.sql("""
                INSERT INTO statutory_request (collectivite_id, agent_id, kind, received_at, received_on, calendar_due_on,
                                               due_on, filed_by, status, starts_at, minutes)
                SELECT a.collectivite_id, a.id, 12, now(), d, d, d, 'bench', 'DONE', d + time '09:00', 60
                FROM (SELECT id, collectivite_id, row_number() OVER (ORDER BY id) - 1 AS g FROM agent
                      WHERE matricule LIKE 'B%' AND last_name = 'Agent') a
                CROSS JOIN LATERAL (SELECT DATE ':year-01-04' + CAST(a.g % 360 AS int) AS d) x
                WHERE a.g < 3000""".replace(":year", String.valueOf(YEAR))).update();
        sql.sql("""
                INSERT INTO statutory_act_line (collectivite_id, request_id, year, visited_on, kind, label, amount)
                SELECT collectivite_id, id, ?, received_on, 12, 'Contrôle', 100 FROM statutory_request
                WHERE filed_by = 'bench'""").param(YEAR).update();
        sql.sql("ANALYZE").update();
    }
}
