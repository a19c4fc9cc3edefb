package fr.cdg.medtravail.planning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import fr.cdg.medtravail.calendar.FrenchCalendar;
import fr.cdg.medtravail.travel.TravelTimeModel;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Re-verifies every hard rule of a horizon's stored sessions straight from the tables, without the solver's score.
 * Returns the violations as readable lines (empty = all rules hold). The notice rule compares two snapshots:
 * see {@link #sessionsBefore}.
 */
public final class HardRuleChecker {

    private HardRuleChecker() {
    }

    public static List<String> violations(JdbcClient jdbc, long horizonId) {
        var problems = new ArrayList<String>();
        var calendar = FrenchCalendar.metropolitan();
        // Travel limit for every collectivité served (teleconsultation: no travel).
        jdbc.sql("""
                SELECT s.id, u.collectivite_id, t.minutes FROM planning_session s
                JOIN planning_demand_unit u ON u.session_id = s.id
                JOIN cabinet c ON c.id = s.cabinet_id
                LEFT JOIN travel_time t ON t.collectivite_id = u.collectivite_id AND t.cabinet_id = s.cabinet_id
                WHERE s.horizon_id = ? AND c.latitude IS NOT NULL AND (t.minutes IS NULL OR t.minutes > 60)
                """).param(horizonId).query(rs -> {
                    problems.add("travel: session " + rs.getLong(1) + " serves collectivité " + rs.getLong(2));
                });
        // Kind: one of those the unit's visits allow.
        jdbc.sql("""
                SELECT s.id FROM planning_session s JOIN planning_demand_unit u ON u.session_id = s.id
                JOIN professional p ON p.id = s.professional_id
                WHERE s.horizon_id = ? AND NOT (p.kind = ANY (u.allowed_kinds))
                """).param(horizonId).query(rs -> {
                    problems.add("kind: session " + rs.getLong(1));
                });
        // Teleconsultation: a doctor's, never a first hiring visit.
        jdbc.sql("""
                SELECT s.id FROM planning_session s JOIN planning_demand_unit u ON u.session_id = s.id
                JOIN professional p ON p.id = s.professional_id JOIN cabinet c ON c.id = s.cabinet_id
                WHERE s.horizon_id = ? AND c.latitude IS NULL
                  AND (p.kind <> 'OCCUPATIONAL_DOCTOR' OR u.reason = 'HIRING')
                """).param(horizonId).query(rs -> {
                    problems.add("teleconsultation: session " + rs.getLong(1));
                });
        record Row(long id, long professional, LocalDate date, String half, long cabinet, int minutes, int rooms,
                   Double lat, Double lon) {
        }
        var sessions = jdbc.sql("""
                SELECT s.id, s.professional_id, s.session_date, s.half_day, s.cabinet_id,
                       coalesce((SELECT sum(minutes) FROM planning_demand_unit u WHERE u.session_id = s.id), 0),
                       c.rooms, c.latitude, c.longitude
                FROM planning_session s JOIN cabinet c ON c.id = s.cabinet_id
                WHERE s.horizon_id = ? AND s.status <> 'WITHDRAWN'
                """).param(horizonId).query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getLong(5), rs.getInt(6), rs.getInt(7),
                        rs.getObject(8, Double.class), rs.getObject(9, Double.class))).list();
        var perHalfDay = new HashMap<String, Row>();
        var perCabinet = new HashMap<String, Integer>();
        var perMonth = new HashMap<String, Integer>();
        var travel = TravelTimeModel.withDefaults();
        for (var s : sessions) {
            int dow = s.date().getDayOfWeek().getValue();
            boolean works = works(jdbc, s.professional(), s.date(), s.half());
            boolean onLeave = onLeave(jdbc, s.professional(), s.date(), s.half());
            if (!works || onLeave || calendar.isHoliday(s.date())) {
                problems.add("works: session " + s.id() + " (pattern " + works + ", leave " + onLeave + ")");
            }
            if (s.minutes() > 210) {
                problems.add("capacity: session " + s.id() + " has " + s.minutes() + " min");
            }
            if (perHalfDay.put(s.professional() + "|" + s.date() + "|" + s.half(), s) != null) {
                problems.add("one session per half-day: professional " + s.professional() + " on " + s.date() + " " + s.half());
            }
            boolean open = jdbc.sql("SELECT count(*) FROM cabinet_opening WHERE cabinet_id = ? AND day_of_week = ? AND half_day = ?")
                    .params(s.cabinet(), dow, s.half()).query(Integer.class).single() > 0;
            if (!open) {
                problems.add("open: session " + s.id());
            }
            if (perCabinet.merge(s.cabinet() + "|" + s.date() + "|" + s.half(), 1, Integer::sum) > s.rooms()) {
                problems.add("rooms: cabinet " + s.cabinet() + " on " + s.date() + " " + s.half());
            }
            perMonth.putIfAbsent(s.professional() + "|" + YearMonth.from(s.date()), 0);
        }
        for (var s : sessions) {
            if ("AM".equals(s.half())) {
                var pm = perHalfDay.get(s.professional() + "|" + s.date() + "|PM");
                if (pm != null && pm.cabinet() != s.cabinet() && s.lat() != null && pm.lat() != null
                        && travel.minutes(s.lat(), s.lon(), pm.lat(), pm.lon()) > 45) {
                    problems.add("lunch trip: professional " + s.professional() + " on " + s.date());
                }
            }
        }
        // Tiers temps: the sessions of every horizon in the month against its working half-days (pattern, minus
        // holidays and leave), whatever the horizons.
        perMonth.keySet().forEach(key -> {
            long professional = Long.parseLong(key.split("\\|")[0]);
            var month = YearMonth.parse(key.split("\\|")[1]);
            int count = jdbc.sql("""
                    SELECT count(*) FROM planning_session WHERE professional_id = ? AND status <> 'WITHDRAWN'
                    AND session_date BETWEEN ? AND ?
                    """).params(professional, month.atDay(1), month.atEndOfMonth()).query(Integer.class).single();
            int working = 0;
            for (var d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
                if (calendar.isHoliday(d)) {
                    continue;
                }
                for (var half : List.of("AM", "PM")) {
                    if (works(jdbc, professional, d, half) && !onLeave(jdbc, professional, d, half)) {
                        working++;
                    }
                }
            }
            if (count > working * 2 / 3) {
                problems.add("tiers temps: professional " + professional + " in " + month + ": " + count + " > 2/3 of " + working);
            }
        });
        return problems;
    }


    private static boolean works(JdbcClient jdbc, long professional, LocalDate date, String half) {
        return jdbc.sql("SELECT count(*) FROM professional_half_day WHERE professional_id = ? AND day_of_week = ? AND half_day = ?")
                .params(professional, date.getDayOfWeek().getValue(), half).query(Integer.class).single() > 0;
    }

    private static boolean onLeave(JdbcClient jdbc, long professional, LocalDate date, String half) {
        int h = "AM".equals(half) ? 0 : 1;
        return jdbc.sql("""
                SELECT count(*) FROM professional_leave WHERE professional_id = ?
                AND (start_date, CASE start_half WHEN 'AM' THEN 0 ELSE 1 END) <= (?, ?)
                AND (end_date, CASE end_half WHEN 'AM' THEN 0 ELSE 1 END) >= (?, ?)
                """).params(professional, date, h, date, h).query(Integer.class).single() > 0;
    }

    /** Sessions dated before {@code limit}, as comparable lines: the notice rule says they never change. */
    static List<String> sessionsBefore(JdbcClient jdbc, long horizonId, LocalDate limit) {
        return jdbc.sql("""
                SELECT s.id || ' ' || s.professional_id || ' ' || s.session_date || ' ' || s.half_day || ' ' || s.cabinet_id
                       || ' ' || coalesce((SELECT string_agg(u.id::text, ',' ORDER BY u.id) FROM planning_demand_unit u
                                           WHERE u.session_id = s.id), '')
                FROM planning_session s WHERE s.horizon_id = ? AND s.session_date < ? ORDER BY s.id
                """).params(horizonId, limit).query(String.class).list();
    }
}
