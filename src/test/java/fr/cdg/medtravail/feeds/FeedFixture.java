package fr.cdg.medtravail.feeds;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for feeds, written straight to the database: two collectivités (A, B), a cabinet with an address and a
 * position, a nurse and an approved doctor, and a planning horizon of its own (horizons never overlap; the
 * sessions themselves lie near today, inside a feed's window).
 */
final class FeedFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final long a;
    final long b;
    final long cabinet;
    final long nurse;
    final long approvedDoctor;
    final long horizon;
    private final JdbcClient jdbc;

    FeedFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        int n = SEQUENCE.incrementAndGet();
        a = collectivite("Ville du flux " + n);
        b = collectivite("Autre ville " + n);
        cabinet = jdbc.sql("""
                INSERT INTO cabinet (code, name, kind, address, postal_code, city, latitude, longitude, rooms)
                VALUES (?, ?, 'CDG_PREMISES', '12 avenue Henri Barbusse', '69100', 'Villeurbanne', 45.7719, 4.8902, 2)
                RETURNING id
                """).params("FD" + n + "-" + ThreadLocalRandom.current().nextInt(1_000_000), "Cabinet Gratte-Ciel " + n)
                .query(Long.class).single();
        nurse = professional("NURSE", "Bernard", n);
        approvedDoctor = professional("APPROVED_DOCTOR", "Lefèvre", n);
        var someDay = LocalDate.of(8000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(700_000));
        horizon = jdbc.sql("INSERT INTO planning_horizon (name, start_date, end_date) VALUES (?, ?, ?) RETURNING id")
                .params("feeds " + n, someDay, someDay)
                .query(Long.class).single();
    }

    /** A published morning session of the professional on that day, reserving minutes for {@code collectivite}. */
    long session(long professional, LocalDate day, long collectivite) {
        long id = jdbc.sql("""
                INSERT INTO planning_session (horizon_id, professional_id, session_date, half_day, cabinet_id, status,
                                              capacity_minutes, published_at, notice_date)
                VALUES (?, ?, ?, 'AM', ?, 'PUBLISHED', 180, now(), current_date) RETURNING id
                """).params(horizon, professional, day, cabinet).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO planning_demand_unit (horizon_id, collectivite_id, professional_kind, allowed_kinds, reason,
                                                  minutes, priority, session_id)
                VALUES (?, ?, 'NURSE', '{NURSE,OCCUPATIONAL_DOCTOR}', 'VIP', 120, 2, ?)
                """).params(horizon, collectivite, id).update();
        return id;
    }

    long agent(long collectivite, String lastName, String firstName) {
        return jdbc.sql("""
                INSERT INTO agent (collectivite_id, matricule, last_name, first_name, birth_date, post, hire_date)
                VALUES (?, ?, ?, ?, DATE '1980-01-01', 'Agent d''entretien', DATE '2015-03-01') RETURNING id
                """).params(collectivite, "F" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L), lastName,
                        firstName).query(Long.class).single();
    }

    long appointment(long session, long collectivite, long agent, LocalDateTime start, boolean confidential) {
        return jdbc.sql("""
                INSERT INTO appointment (session_id, collectivite_id, agent_id, visit_kind, due_key, confidential,
                                         starts_at, ends_at, reserve, booked_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'RESERVED', 'test') RETURNING id
                """).params(session, collectivite, agent, confidential ? "AGENT_REQUEST" : "VIP",
                        confidential ? "REQUEST-" + agent : "VIP", confidential, start, start.plusMinutes(30))
                .query(Long.class).single();
    }

    /** A statutory control proposed with the approved doctor at the cabinet. */
    long statutory(long collectivite, long agent, LocalDateTime start) {
        return jdbc.sql("""
                INSERT INTO statutory_request (collectivite_id, agent_id, kind, received_at, received_on,
                                               calendar_due_on, due_on, filed_by, status, professional_id, cabinet_id,
                                               starts_at, minutes)
                VALUES (?, ?, 1, now(), current_date, current_date + 7, current_date + 7, 'test', 'PROPOSED', ?, ?, ?, 60)
                RETURNING id
                """).params(collectivite, agent, approvedDoctor, cabinet, start).query(Long.class).single();
    }

    private long collectivite(String name) {
        return jdbc.sql("""
                INSERT INTO collectivite (siren, name, kind, affiliated, latitude, longitude)
                VALUES (?, ?, 'COMMUNE', true, 45.76, 4.83) RETURNING id
                """).params(String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L)), name)
                .query(Long.class).single();
    }

    private long professional(String kind, String lastName, int n) {
        return jdbc.sql("""
                INSERT INTO professional (code, kind, last_name, first_name, working_ratio, home_latitude, home_longitude)
                VALUES (?, ?, ?, 'Anne', 1.0, 45.75, 4.83) RETURNING id
                """).params(kind.substring(0, 3) + "F" + n + "-" + ThreadLocalRandom.current().nextInt(1_000_000), kind,
                        lastName).query(Long.class).single();
    }
}
