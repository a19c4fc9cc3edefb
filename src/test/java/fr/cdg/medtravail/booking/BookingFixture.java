package fr.cdg.medtravail.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import fr.cdg.medtravail.calendar.Half;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small world for booking: collectivité A (the référent's), B within reach of the cabinet, C beyond 60 minutes,
 * one cabinet, a nurse and a doctor, and a planning horizon far in the future (horizons never overlap, and planning's
 * tests create theirs near today) holding published sessions on any day.
 */
final class BookingFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final long a;
    final long b;
    final long c;
    final long cabinet;
    final long nurse;
    final long doctor;
    final long horizon;
    private final JdbcClient jdbc;

    BookingFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        int n = SEQUENCE.incrementAndGet();
        a = collectivite("Ville " + n);
        b = collectivite("Voisine " + n);
        c = collectivite("Lointaine " + n);
        cabinet = jdbc.sql("""
                INSERT INTO cabinet (code, name, kind, latitude, longitude, rooms)
                VALUES (?, ?, 'CDG_PREMISES', 45.76, 4.84, 1) RETURNING id
                """).params("BK" + n + "-" + ThreadLocalRandom.current().nextInt(1_000_000), "Cabinet " + n)
                .query(Long.class).single();
        travel(a, 20);
        travel(b, 45);
        travel(c, 90);
        nurse = professional("NURSE", n);
        doctor = professional("OCCUPATIONAL_DOCTOR", n);
        int year = 2200 + n + ThreadLocalRandom.current().nextInt(5000);
        horizon = jdbc.sql("INSERT INTO planning_horizon (name, start_date, end_date) VALUES (?, ?, ?) RETURNING id")
                .params("booking " + n, LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 1)).query(Long.class).single();
    }

    /** A published session reserving minutes for some collectivités. */
    long session(long professional, LocalDate date, Half half, int capacity, Map<Long, Integer> reserves) {
        long id = jdbc.sql("""
                INSERT INTO planning_session (horizon_id, professional_id, session_date, half_day, cabinet_id, status,
                                              capacity_minutes, published_at, notice_date)
                VALUES (?, ?, ?, ?, ?, 'PUBLISHED', ?, now(), current_date) RETURNING id
                """).params(horizon, professional, date, half.name(), cabinet, capacity).query(Long.class).single();
        reserves.forEach((collectivite, minutes) -> jdbc.sql("""
                INSERT INTO planning_demand_unit (horizon_id, collectivite_id, professional_kind, allowed_kinds, reason, minutes,
                                                  priority, session_id)
                VALUES (?, ?, 'NURSE', '{NURSE,OCCUPATIONAL_DOCTOR}', 'VIP', ?, 2, ?)
                """).params(horizon, collectivite, minutes, id).update());
        return id;
    }

    /** An agent whose last periodic visit was {@code lastVip} (null: never seen, owes a hiring visit). */
    long agent(long collectivite, LocalDate lastVip) {
        return jdbc.sql("""
                INSERT INTO agent (collectivite_id, matricule, last_name, first_name, birth_date, post, hire_date,
                                   last_vip_date)
                VALUES (?, ?, 'Durand', 'Paul', DATE '1980-01-01', 'Agent d''entretien', DATE '2015-03-01', ?)
                RETURNING id
                """).params(collectivite, "B" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L), lastVip)
                .query(Long.class).single();
    }

    /** An agent overdue for a VIP. */
    long agent(long collectivite) {
        return agent(collectivite, LocalDate.now().minusYears(2).minusMonths(1));
    }

    /** Moves an appointment into the past (its visit took place). */
    void shiftToYesterday(long appointmentId) {
        jdbc.sql("""
                UPDATE appointment SET starts_at = starts_at - (starts_at::date - current_date + 1) * interval '1 day',
                                       ends_at = ends_at - (starts_at::date - current_date + 1) * interval '1 day'
                WHERE id = ?
                """).param(appointmentId).update();
    }

    static LocalDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute);
    }

    void remove() {
        jdbc.sql("DELETE FROM appointment WHERE session_id IN (SELECT id FROM planning_session WHERE horizon_id = ?)")
                .param(horizon).update();
        jdbc.sql("DELETE FROM planning_horizon WHERE id = ?").param(horizon).update();
        // Professionals stay: a professional's account may be bound to them.
        jdbc.sql("DELETE FROM cabinet WHERE id = ?").param(cabinet).update();
        jdbc.sql("DELETE FROM collectivite WHERE id IN (?, ?, ?)").params(a, b, c).update();
    }

    private long collectivite(String name) {
        long id = jdbc.sql("""
                INSERT INTO collectivite (siren, name, kind, affiliated, latitude, longitude)
                VALUES (?, ?, 'COMMUNE', true, 45.76, 4.83) RETURNING id
                """).params(String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L)), name)
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO membership (collectivite_id, service, start_date, tariff_category)
                VALUES (?, 'PREVENTIVE', DATE '2020-01-01', 'AFFILIATED')
                """).param(id).update();
        return id;
    }

    private void travel(long collectivite, int minutes) {
        jdbc.sql("INSERT INTO travel_time (collectivite_id, cabinet_id, minutes, source) VALUES (?, ?, ?, 'ESTIMATE')")
                .params(collectivite, cabinet, minutes).update();
    }

    private long professional(String kind, int n) {
        return jdbc.sql("""
                INSERT INTO professional (code, kind, last_name, first_name, working_ratio, home_latitude, home_longitude)
                VALUES (?, ?, 'Pro', 'Bk', 1.0, 45.75, 4.83) RETURNING id
                """).params(kind.substring(0, 3) + n + "-" + ThreadLocalRandom.current().nextInt(1_000_000), kind)
                .query(Long.class).single();
    }
}
