package fr.cdg.medtravail.planning.session;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.cdg.medtravail.calendar.Half;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** planning_session, and the link of each demand unit to its session. */
@Repository
public class SessionRepository {

    private static final String SELECT = """
            SELECT s.id, s.horizon_id, s.professional_id, s.session_date, s.half_day, s.cabinet_id, s.status, s.pinned,
                   s.capacity_minutes, s.notice_date
            FROM planning_session s WHERE\s""";

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per professional and calendar month, the sessions of other horizons (held, published or draft) in the months
     * between {@code from} and {@code to}: tiers temps is counted per month, whatever the horizons.
     */
    public Map<Long, Map<YearMonth, Integer>> sessionsOutside(long horizonId, LocalDate from, LocalDate to) {
        var counts = new HashMap<Long, Map<YearMonth, Integer>>();
        jdbc.sql("""
                SELECT professional_id, date_trunc('month', session_date)::date, count(*) FROM planning_session
                WHERE horizon_id <> ? AND status <> 'WITHDRAWN' AND session_date BETWEEN ? AND ?
                GROUP BY 1, 2
                """).params(horizonId, from.withDayOfMonth(1), YearMonth.from(to).atEndOfMonth())
                .query((ResultSet rs) -> {
                    counts.computeIfAbsent(rs.getLong(1), p -> new HashMap<>())
                            .put(YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getInt(3));
                });
        return counts;
    }

    /**
     * Stores a plan: draft sessions are rebuilt from the units' slots; published sessions keep their id when the
     * plan still uses them. The published sessions it no longer uses are settled before, by {@link DroppedSessions}.
     */
    public void storePlan(long horizonId, List<SessionDraft> sessions, List<Long> unassignedUnitIds,
                                int capacityMinutes) {
        var published = new HashMap<String, Long>();
        jdbc.sql("SELECT id, professional_id, session_date, half_day, cabinet_id FROM planning_session "
                        + "WHERE horizon_id = ? AND status = 'PUBLISHED'").param(horizonId)
                .query((ResultSet rs) -> {
                    published.put(new SessionDraft(rs.getLong(2), rs.getObject(3, LocalDate.class),
                            Half.valueOf(rs.getString(4)), rs.getLong(5), true, List.of()).slot(), rs.getLong(1));
                });
        jdbc.sql("DELETE FROM planning_session WHERE horizon_id = ? AND status = 'DRAFT'").param(horizonId).update();
        var fresh = sessions.stream().filter(s -> !published.containsKey(s.slot())).toList();
        var ids = fresh.isEmpty() ? List.<Long>of() : jdbc.sql(
                        "SELECT nextval(pg_get_serial_sequence('planning_session', 'id')) FROM generate_series(1, ?)")
                .param(fresh.size()).query(Long.class).list();
        var sessionOf = new HashMap<String, Long>(published);
        for (int i = 0; i < fresh.size(); i++) {
            sessionOf.put(fresh.get(i).slot(), ids.get(i));
        }
        if (!fresh.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO planning_session (id, horizon_id, professional_id, session_date, half_day, cabinet_id,
                                                  status, pinned, capacity_minutes)
                    OVERRIDING SYSTEM VALUE
                    SELECT v.id, :horizon, v.professional, v.day, v.half, v.cabinet, 'DRAFT', v.pinned, :capacity
                    FROM unnest(:ids::bigint[], :professionals::bigint[], :days::date[], :halves::text[],
                                :cabinets::bigint[], :pinned::boolean[]) AS v(id, professional, day, half, cabinet, pinned)
                    """)
                    .param("horizon", horizonId).param("capacity", capacityMinutes)
                    .param("ids", ids.toArray(Long[]::new))
                    .param("professionals", fresh.stream().map(SessionDraft::professionalId).toArray(Long[]::new))
                    .param("days", fresh.stream().map(s -> s.date().toString()).toArray(String[]::new))
                    .param("halves", fresh.stream().map(s -> s.halfDay().name()).toArray(String[]::new))
                    .param("cabinets", fresh.stream().map(SessionDraft::cabinetId).toArray(Long[]::new))
                    .param("pinned", fresh.stream().map(SessionDraft::pinned).toArray(Boolean[]::new))
                    .update();
        }
        var unitIds = new ArrayList<Long>(unassignedUnitIds);
        var sessionIds = new ArrayList<Long>();
        unassignedUnitIds.forEach(id -> sessionIds.add(null));
        for (var session : sessions) {
            for (var unitId : session.unitIds()) {
                unitIds.add(unitId);
                sessionIds.add(sessionOf.get(session.slot()));
            }
        }
        jdbc.sql("""
                UPDATE planning_demand_unit u SET session_id = v.session
                FROM unnest(:units::bigint[], :sessions::bigint[]) AS v(unit, session)
                WHERE u.id = v.unit AND u.session_id IS DISTINCT FROM v.session
                """).param("units", unitIds.toArray(Long[]::new)).param("sessions", sessionIds.toArray(Long[]::new))
                .update();
    }

    /** The horizon's draft and published sessions (withdrawn ones only keep their appointments' link). */
    public List<PlannedSession> ofHorizon(long horizonId) {
        return query("s.horizon_id = ? AND s.status <> 'WITHDRAWN'", horizonId);
    }

    /** The horizon's published sessions. */
    public List<PlannedSession> publishedOf(long horizonId) {
        return query("s.horizon_id = ? AND s.status = 'PUBLISHED'", horizonId);
    }

    public Optional<PlannedSession> find(long id) {
        return query("s.id = ?", id).stream().findFirst();
    }

    /** Published sessions serving a collectivité. */
    public List<PlannedSession> publishedFor(long collectiviteId) {
        return query("s.status = 'PUBLISHED' AND s.id IN (SELECT session_id FROM planning_session_collectivite "
                + "WHERE collectivite_id = ?)", collectiviteId);
    }

    /** Sessions matching {@code where} (a constant of this class over {@code s}), in date order. */
    private List<PlannedSession> query(String where, long param) {
        var served = new HashMap<Long, Map<Long, Integer>>();
        jdbc.sql("""
                SELECT v.session_id, v.collectivite_id, v.minutes FROM planning_session_collectivite v
                JOIN planning_session s ON s.id = v.session_id WHERE\s""" + where + " ORDER BY v.collectivite_id")
                .param(param).query((ResultSet rs) -> {
                    served.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getInt(3));
                });
        return jdbc.sql(SELECT + where + " ORDER BY s.session_date, s.half_day, s.professional_id, s.id").param(param)
                .query((rs, i) -> new PlannedSession(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class), Half.valueOf(rs.getString(5)), rs.getLong(6),
                        SessionStatus.valueOf(rs.getString(7)), rs.getBoolean(8), rs.getInt(9),
                        rs.getObject(10, LocalDate.class), served.getOrDefault(rs.getLong(1), Map.of())))
                .list();
    }

    /** The demand units a session serves. */
    public List<Long> unitIds(long sessionId) {
        return jdbc.sql("SELECT id FROM planning_demand_unit WHERE session_id = ? ORDER BY id").param(sessionId)
                .query(Long.class).list();
    }

    /** Draft sessions from {@code firstPublishable} on become published and pinned, notice given {@code today}. */
    public int publish(long horizonId, LocalDate today, LocalDate firstPublishable) {
        return jdbc.sql("""
                UPDATE planning_session SET status = 'PUBLISHED', pinned = true, published_at = now(), notice_date = ?
                WHERE horizon_id = ? AND status = 'DRAFT' AND session_date >= ?
                """).params(today, horizonId, firstPublishable).update();
    }

    /**
     * A moved session is pinned: the solver keeps the secretariat's decision. A published one is announced again:
     * its notice is dated {@code today}.
     */
    public void move(long sessionId, long professionalId, LocalDate date, Half halfDay, long cabinetId,
                     LocalDate today) {
        jdbc.sql("""
                UPDATE planning_session SET professional_id = ?, session_date = ?, half_day = ?, cabinet_id = ?,
                       pinned = true,
                       notice_date = CASE WHEN status = 'PUBLISHED' THEN ? ELSE notice_date END
                WHERE id = ?
                """).params(professionalId, date, halfDay.name(), cabinetId, today, sessionId).update();
    }

    /** A re-plan gives a published session to another professional: its id, hence its appointments, stay. */
    public void handOver(long sessionId, long professionalId) {
        jdbc.sql("UPDATE planning_session SET professional_id = ? WHERE id = ? AND status = 'PUBLISHED'")
                .params(professionalId, sessionId).update();
    }

    /** A published session left to no one while agents are booked on it: kept for them, read by nobody else. */
    public void withdraw(long sessionId) {
        jdbc.sql("UPDATE planning_session SET status = 'WITHDRAWN' WHERE id = ? AND status = 'PUBLISHED'")
                .param(sessionId).update();
    }

    public void delete(long sessionId) {
        jdbc.sql("DELETE FROM planning_session WHERE id = ?").param(sessionId).update();
    }
}
