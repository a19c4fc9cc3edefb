package fr.cdg.medtravail.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import fr.cdg.medtravail.travel.TravelTimeModel;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small directory for planning tests: three collectivités (one far from the second cabinet), two cabinets, two
 * nurses and one doctor, agents with overdue visits. Codes are unique per call so tests can share a database.
 */
final class PlanningFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100 + (int) (System.nanoTime() % 500));

    final long townId;
    final long villageId;
    final long farId;
    final long cabinetId;
    final long otherCabinetId;
    final long nurseId;
    final long nurse2Id;
    final long doctorId;

    PlanningFixture(JdbcClient jdbc) {
        int n = SEQUENCE.getAndAdd(3);
        townId = collectivite(jdbc, n, "Ville", 45.76, 4.85, 60);
        villageId = collectivite(jdbc, n + 1, "Village", 45.78, 4.80, 12);
        farId = collectivite(jdbc, n + 2, "Lointain", 46.30, 4.40, 6);
        cabinetId = cabinet(jdbc, "CAB" + n, 45.765, 4.84, 1);
        otherCabinetId = cabinet(jdbc, "CABB" + n, 45.80, 4.82, 2);
        var travel = TravelTimeModel.withDefaults();
        for (var c : jdbc.sql("SELECT id, latitude, longitude FROM collectivite WHERE id IN (?, ?, ?)")
                .params(townId, villageId, farId).query().listOfRows()) {
            for (var cab : List.of(cabinetId, otherCabinetId)) {
                var pos = jdbc.sql("SELECT latitude, longitude FROM cabinet WHERE id = ?").param(cab).query().singleRow();
                int minutes = travel.minutes((Double) c.get("latitude"), (Double) c.get("longitude"),
                        (Double) pos.get("latitude"), (Double) pos.get("longitude"));
                jdbc.sql("INSERT INTO travel_time (collectivite_id, cabinet_id, minutes, source) VALUES (?, ?, ?, 'ESTIMATE')")
                        .params(c.get("id"), cab, minutes).update();
            }
        }
        nurseId = professional(jdbc, "IST" + n, "NURSE", 1.0);
        nurse2Id = professional(jdbc, "ISTB" + n, "NURSE", 0.8);
        doctorId = professional(jdbc, "MDT" + n, "OCCUPATIONAL_DOCTOR", 1.0);
    }

    /**
     * Removes every planning horizon (their sessions and demand go with them) and this fixture's directory rows, so
     * that tests sharing the database do not see them.
     */
    void remove(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM planning_horizon").update();
        jdbc.sql("DELETE FROM professional WHERE id IN (?, ?, ?)").params(nurseId, nurse2Id, doctorId).update();
        jdbc.sql("DELETE FROM cabinet WHERE id IN (?, ?)").params(cabinetId, otherCabinetId).update();
        jdbc.sql("DELETE FROM collectivite WHERE id IN (?, ?, ?)").params(townId, villageId, farId).update();
    }

    /** A Monday at least {@code days} from today. */
    static LocalDate mondayAfter(int days) {
        var date = LocalDate.now().plusDays(days);
        while (date.getDayOfWeek() != DayOfWeek.MONDAY) {
            date = date.plusDays(1);
        }
        return date;
    }

    private static long collectivite(JdbcClient jdbc, int n, String name, double lat, double lon, int agents) {
        long id = jdbc.sql("""
                INSERT INTO collectivite (siren, name, kind, affiliated, latitude, longitude)
                VALUES (?, ?, 'COMMUNE', true, ?, ?) RETURNING id
                """).params(String.format("%09d", 900_000_000 + n), name + " " + n, lat, lon).query(Long.class).single();
        jdbc.sql("INSERT INTO membership (collectivite_id, service, start_date, tariff_category) VALUES (?, 'PREVENTIVE', '2020-01-01', 'AFFILIATED')")
                .param(id).update();
        for (int a = 0; a < agents; a++) {
            // Half the agents overdue for their VIP, a few under SMP (doctor next), one newly hired.
            boolean smp = a % 10 == 0;
            jdbc.sql("""
                    INSERT INTO agent (collectivite_id, matricule, last_name, first_name, birth_date, post, hire_date,
                                       smp, smp_interval_months, last_vip_date, last_doctor_visit_date)
                    VALUES (?, ?, 'Agent', 'A', '1980-01-01', 'Agent technique', ?, ?, ?, ?, ?)
                    """).params(id, "M" + a, a == 1 ? LocalDate.now().minusMonths(1) : LocalDate.of(2010, 1, 1), smp,
                            smp ? 12 : null, a == 1 ? null : LocalDate.now().minusYears(2).minusDays(a % 2 == 0 ? 30 : -400),
                            smp ? LocalDate.now().minusYears(3) : null)
                    .update();
        }
        return id;
    }

    private static long cabinet(JdbcClient jdbc, String code, double lat, double lon, int rooms) {
        long id = jdbc.sql("""
                INSERT INTO cabinet (code, name, kind, latitude, longitude, rooms) VALUES (?, ?, 'CDG_PREMISES', ?, ?, ?)
                RETURNING id
                """).params(code, "Cabinet " + code, lat, lon, rooms).query(Long.class).single();
        for (int dow = 1; dow <= 5; dow++) {
            for (var half : List.of("AM", "PM")) {
                jdbc.sql("INSERT INTO cabinet_opening (cabinet_id, day_of_week, half_day) VALUES (?, ?, ?)")
                        .params(id, dow, half).update();
            }
        }
        return id;
    }

    private static long professional(JdbcClient jdbc, String code, String kind, double ratio) {
        long id = jdbc.sql("""
                INSERT INTO professional (code, kind, last_name, first_name, working_ratio, home_latitude, home_longitude)
                VALUES (?, ?, 'Pro', ?, ?, 45.75, 4.83) RETURNING id
                """).params(code, kind, code, ratio).query(Long.class).single();
        for (int dow = 1; dow <= 5; dow++) {
            if (ratio < 1 && dow == 3) {
                continue;
            }
            for (var half : List.of("AM", "PM")) {
                jdbc.sql("INSERT INTO professional_half_day (professional_id, day_of_week, half_day) VALUES (?, ?, ?)")
                        .params(id, dow, half).update();
            }
        }
        return id;
    }
}
