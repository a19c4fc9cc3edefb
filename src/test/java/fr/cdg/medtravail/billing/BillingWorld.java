package fr.cdg.medtravail.billing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cdg.medtravail.support.PersonalDataRows;

/**
 * Attendance written straight to the database, as booking leaves it: one session (on a one-day horizon far in the
 * future, so that it overlaps no other test's) holds appointments of any date, whose statuses are what billing reads.
 */
final class BillingWorld {

    final long session;
    final long professional;
    private final JdbcClient jdbc;

    BillingWorld(JdbcClient jdbc) {
        this.jdbc = jdbc;
        professional = PersonalDataRows.professional(jdbc);
        long cabinet = PersonalDataRows.cabinet(jdbc);
        var day = LocalDate.of(6000 + ThreadLocalRandom.current().nextInt(3000), 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(360));
        long horizon = jdbc.sql("INSERT INTO planning_horizon (name, start_date, end_date) VALUES (?, ?, ?) RETURNING id")
                .params("billing", day, day).query(Long.class).single();
        session = jdbc.sql("""
                INSERT INTO planning_session (horizon_id, professional_id, session_date, half_day, cabinet_id, status,
                                              capacity_minutes, published_at, notice_date)
                VALUES (?, ?, ?, 'AM', ?, 'PUBLISHED', 210, now(), current_date) RETURNING id
                """).params(horizon, professional, day, cabinet).query(Long.class).single();
    }

    /** A collectivité member of the preventive service from 1 January of the year, with its headcount declared. */
    long member(int year, String category, boolean affiliated, Integer headcount) {
        long id = PersonalDataRows.collectivite(jdbc, "Facturée " + ThreadLocalRandom.current().nextInt(1_000_000));
        jdbc.sql("UPDATE collectivite SET affiliated = ? WHERE id = ?").params(affiliated, id).update();
        jdbc.sql("""
                INSERT INTO membership (collectivite_id, service, start_date, tariff_category)
                VALUES (?, 'PREVENTIVE', ?, ?)""").params(id, LocalDate.of(year, 1, 1), category).update();
        if (headcount != null) {
            jdbc.sql("INSERT INTO collectivite_headcount (collectivite_id, year, headcount, declared_on) VALUES (?, ?, ?, ?)")
                    .params(id, year, headcount, LocalDate.of(year, 3, 12)).update();
        }
        return id;
    }

    /** {@code count} appointments of one status on a day, a quarter of an hour apart, each with its own agent. */
    void appointments(long collectivite, LocalDate day, String status, int count) {
        for (int i = 0; i < count; i++) {
            long agent = PersonalDataRows.agent(jdbc, collectivite, LocalDate.of(1980, 1, 1), false);
            var start = LocalDateTime.of(day, LocalTime.of(8, 0)).plusMinutes(15L * i);
            jdbc.sql("""
                    INSERT INTO appointment (session_id, collectivite_id, agent_id, visit_kind, due_key, starts_at,
                                             ends_at, status, reserve, booked_by)
                    VALUES (?, ?, ?, 'VIP', 'VIP', ?, ?, ?, 'RESERVED', 'test')""")
                    .params(session, collectivite, agent, start, start.plusMinutes(15), status).update();
        }
    }
}
