package fr.cdg.medtravail.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows of the directory written straight to the database, with unique natural keys, for security tests. */
public final class PersonalDataRows {

    /** Leaves of one professional must start on distinct days: each leave takes the next day. */
    private static final AtomicInteger LEAVE_DAYS = new AtomicInteger();

    private PersonalDataRows() {
    }

    public static long collectivite(JdbcClient jdbc, String name) {
        var siren = String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        return jdbc.sql("""
                        INSERT INTO collectivite (siren, name, kind, affiliated, latitude, longitude,
                                                  referent_name, referent_email, referent_phone)
                        VALUES (?, ?, 'COMMUNE', true, 45.76, 4.83, 'Claire Martin', 'c.martin@example.fr', '0400000000')
                        RETURNING id""")
                .params(siren, name).query(Long.class).single();
    }

    /** A membership of the preventive service, ended on {@code endDate} (null: still running). */
    public static void membership(JdbcClient jdbc, long collectiviteId, LocalDate endDate) {
        jdbc.sql("""
                        INSERT INTO membership (collectivite_id, service, start_date, end_date, tariff_category)
                        VALUES (?, 'PREVENTIVE', DATE '2020-01-01', ?, 'AFFILIATED')""")
                .params(collectiviteId, endDate).update();
    }

    public static long agent(JdbcClient jdbc, long collectiviteId, LocalDate birthDate, boolean smp) {
        return jdbc.sql("""
                        INSERT INTO agent (collectivite_id, matricule, last_name, first_name, birth_date, post, hire_date, smp)
                        VALUES (?, ?, 'Durand', 'Paul', ?, 'Agent d''entretien', DATE '2015-03-01', ?) RETURNING id""")
                .params(collectiviteId, "M" + ThreadLocalRandom.current().nextInt(1_000_000_000), birthDate, smp)
                .query(Long.class).single();
    }

    public static long professional(JdbcClient jdbc) {
        return jdbc.sql("""
                        INSERT INTO professional (code, kind, last_name, first_name, working_ratio, home_latitude, home_longitude)
                        VALUES (?, 'NURSE', 'Bernard', 'Anne', 1, 45.7, 4.8) RETURNING id""")
                .param("P" + ThreadLocalRandom.current().nextInt(1_000_000_000)).query(Long.class).single();
    }

    public static long cabinet(JdbcClient jdbc) {
        return jdbc.sql("""
                        INSERT INTO cabinet (code, name, kind, latitude, longitude, rooms)
                        VALUES (?, 'Cabinet de test', 'CDG_PREMISES', 45.75, 4.85, 2) RETURNING id""")
                .param("C" + ThreadLocalRandom.current().nextInt(1_000_000_000)).query(Long.class).single();
    }

    /** A one-day leave of the professional, on a day no other leave of this run starts. */
    public static long leave(JdbcClient jdbc, long professionalId) {
        var day = LocalDate.of(2030, 1, 1).plusDays(LEAVE_DAYS.getAndIncrement());
        return jdbc.sql("""
                        INSERT INTO professional_leave (professional_id, kind, start_date, start_half, end_date, end_half)
                        VALUES (?, 'LEAVE', ?, 'AM', ?, 'PM') RETURNING id""")
                .params(professionalId, day, day).query(Long.class).single();
    }
}
