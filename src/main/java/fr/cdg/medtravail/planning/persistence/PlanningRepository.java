package fr.cdg.medtravail.planning.persistence;

import fr.cdg.medtravail.calendar.Half;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.cdg.medtravail.planning.domain.Cabinet;
import fr.cdg.medtravail.planning.domain.DemandDeriver;
import fr.cdg.medtravail.calendar.DatedHalfDay;
import fr.cdg.medtravail.planning.domain.PlanningInput;
import fr.cdg.medtravail.planning.domain.PlanningRules;
import fr.cdg.medtravail.planning.domain.ProfessionalKind;
import fr.cdg.medtravail.planning.domain.VisitReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Planning tables (V10) and the directory rows the planner reads (V1). Explicit SQL, explicit mapping. */
@Repository
public class PlanningRepository {

    public record Horizon(long id, String name, LocalDate start, LocalDate end, Instant createdAt) {
    }

    public record Run(long id, long horizonId, String status, int terminationSeconds, Instant startedAt,
                      Instant endedAt, String bestScore, Long hardScore, Long mediumScore, Long softScore,
                      int improvements, Instant lastSavedAt, String error) {
    }

    /** A session as stored, with the collectivités it serves ({@code collectivites}: id → minutes). */
    public record StoredSession(long id, long professionalId, String professionalCode, String professionalKind,
                                LocalDate date, String halfDay, long cabinetId, String cabinetCode, String status,
                                boolean pinned, int capacityMinutes, LocalDate noticeDate,
                                Map<Long, Integer> collectivites) {
    }

    private final JdbcClient jdbc;

    public PlanningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- horizons and demand

    public long insertHorizon(String name, LocalDate start, LocalDate end) {
        return jdbc.sql("INSERT INTO planning_horizon (name, start_date, end_date) VALUES (?, ?, ?) RETURNING id")
                .params(name, start, end).query(Long.class).single();
    }

    public Optional<Horizon> findHorizon(long id) {
        return jdbc.sql("SELECT * FROM planning_horizon WHERE id = ?").param(id).query(this::horizon).optional();
    }

    public List<Horizon> horizons() {
        return jdbc.sql("SELECT * FROM planning_horizon ORDER BY start_date DESC").query(this::horizon).list();
    }

    private Horizon horizon(ResultSet rs, int row) throws SQLException {
        return new Horizon(rs.getLong("id"), rs.getString("name"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getTimestamp("created_at").toInstant());
    }

    /** Agents of collectivités with a preventive-medicine membership during the horizon. */
    public List<DemandDeriver.AgentFacts> agents(LocalDate start, LocalDate end) {
        return jdbc.sql("""
                SELECT a.collectivite_id, a.hire_date, a.administrative_post, a.smp, a.smp_interval_months,
                       a.last_vip_date, a.last_doctor_visit_date, a.left_on
                FROM agent a
                WHERE EXISTS (SELECT 1 FROM membership m WHERE m.collectivite_id = a.collectivite_id
                              AND m.service = 'PREVENTIVE' AND m.start_date <= :end
                              AND (m.end_date IS NULL OR m.end_date >= :start))
                """).param("start", start).param("end", end)
                .query((rs, i) -> new DemandDeriver.AgentFacts(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getBoolean(3), rs.getBoolean(4), (Integer) rs.getObject(5, Integer.class),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class)))
                .list();
    }

    public List<DemandDeriver.WaitingRequest> waitingRequests() {
        return jdbc.sql("""
                SELECT a.collectivite_id,
                       -- VisitKind: only the agent's request may go to a nurse (preferred, to keep doctors' time).
                       CASE WHEN r.kind = 'AGENT_REQUEST' THEN 'NURSE' ELSE 'DOCTOR' END,
                       CASE WHEN r.kind IN ('RETURN', 'PRE_RETURN') THEN 'RETURN' ELSE 'REQUEST' END
                FROM visit_request r
                JOIN agent a ON a.id = r.agent_id WHERE r.status = 'OPEN'
                """).query((rs, i) -> new DemandDeriver.WaitingRequest(rs.getLong(1),
                        ProfessionalKind.valueOf(rs.getString(2)), VisitReason.valueOf(rs.getString(3)))).list();
    }

    public List<DemandDeriver.Adjustment> adjustments(long horizonId) {
        return jdbc.sql("SELECT collectivite_id, professional_kind, half_days FROM planning_demand_adjustment WHERE horizon_id = ?")
                .param(horizonId)
                .query((rs, i) -> new DemandDeriver.Adjustment(rs.getLong(1), ProfessionalKind.valueOf(rs.getString(2)),
                        rs.getInt(3))).list();
    }

    public void upsertAdjustment(long horizonId, long collectiviteId, ProfessionalKind kind, int halfDays, String reason) {
        jdbc.sql("""
                INSERT INTO planning_demand_adjustment (horizon_id, collectivite_id, professional_kind, half_days, reason)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (horizon_id, collectivite_id, professional_kind)
                DO UPDATE SET half_days = excluded.half_days, reason = excluded.reason
                """).params(horizonId, collectiviteId, kind.name(), halfDays, reason).update();
    }

    /** Replaces the horizon's unplanned demand (units in a session stay). */
    public void replaceUnplannedDemand(long horizonId, List<PlanningInput.UnitRow> units) {
        jdbc.sql("DELETE FROM planning_demand_unit WHERE horizon_id = ? AND session_id IS NULL").param(horizonId).update();
        if (units.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO planning_demand_unit (horizon_id, collectivite_id, professional_kind, reason, minutes, priority)
                SELECT :horizon, * FROM unnest(:collectivites::bigint[], :kinds::text[], :reasons::text[],
                                               :minutes::int[], :priorities::smallint[])
                """)
                .param("horizon", horizonId)
                .param("collectivites", units.stream().map(PlanningInput.UnitRow::collectiviteId).toArray(Long[]::new))
                .param("kinds", units.stream().map(u -> u.kind().name()).toArray(String[]::new))
                .param("reasons", units.stream().map(u -> u.reason().name()).toArray(String[]::new))
                .param("minutes", units.stream().map(PlanningInput.UnitRow::minutes).toArray(Integer[]::new))
                .param("priorities", units.stream().map(PlanningInput.UnitRow::priority).toArray(Integer[]::new))
                .update();
    }

    public boolean collectiviteExists(long id) {
        return jdbc.sql("SELECT count(*) FROM collectivite WHERE id = ?").param(id).query(Integer.class).single() > 0;
    }

    public boolean professionalExists(long id) {
        return jdbc.sql("SELECT count(*) FROM professional WHERE id = ?").param(id).query(Integer.class).single() > 0;
    }

    // ---- problem input

    public PlanningInput input(Horizon horizon, PlanningRules rules) {
        var units = jdbc.sql("""
                SELECT u.id, u.collectivite_id, u.professional_kind, u.reason, u.minutes, u.priority,
                       s.professional_id, s.session_date, s.half_day, s.cabinet_id, s.status
                FROM planning_demand_unit u LEFT JOIN planning_session s ON s.id = u.session_id
                WHERE u.horizon_id = ? ORDER BY u.id
                """).param(horizon.id()).query((rs, i) -> new PlanningInput.UnitRow(rs.getLong(1), rs.getLong(2),
                        ProfessionalKind.valueOf(rs.getString(3)), VisitReason.valueOf(rs.getString(4)), rs.getInt(5),
                        rs.getInt(6), rs.getObject(7) == null ? null : new PlanningInput.Assignment(rs.getLong(7),
                        new DatedHalfDay(rs.getObject(8, LocalDate.class), Half.valueOf(rs.getString(9))),
                        rs.getLong(10), "PUBLISHED".equals(rs.getString(11))))).list();
        var collectiviteIds = new HashSet<Long>();
        units.forEach(u -> collectiviteIds.add(u.collectiviteId()));
        var travel = new HashMap<Long, Map<Long, Integer>>();
        jdbc.sql("SELECT collectivite_id, cabinet_id, minutes FROM travel_time").query(rs -> {
            travel.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3));
        });
        var collectivites = jdbc.sql("SELECT id, name FROM collectivite ORDER BY id")
                .query((rs, i) -> new PlanningInput.CollectiviteRow(rs.getLong(1), rs.getString(2),
                        travel.getOrDefault(rs.getLong(1), Map.of())))
                .list().stream().filter(c -> collectiviteIds.contains(c.id())).toList();
        var openings = keys("SELECT cabinet_id, day_of_week, half_day FROM cabinet_opening");
        var cabinets = jdbc.sql("SELECT id, code, rooms, latitude, longitude, owner_collectivite_id FROM cabinet ORDER BY id")
                .query((rs, i) -> new PlanningInput.CabinetRow(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        openings.getOrDefault(rs.getLong(1), Set.of()), (Double) rs.getObject(4, Double.class),
                        (Double) rs.getObject(5, Double.class), (Long) rs.getObject(6, Long.class)))
                .list();
        var patterns = keys("SELECT professional_id, day_of_week, half_day FROM professional_half_day");
        var leaves = new HashMap<Long, List<PlanningInput.Leave>>();
        jdbc.sql("SELECT professional_id, start_date, start_half, end_date, end_half FROM professional_leave "
                        + "WHERE end_date >= ? AND start_date <= ?").params(horizon.start(), horizon.end())
                .query(rs -> {
                    leaves.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PlanningInput.Leave(
                            new DatedHalfDay(rs.getObject(2, LocalDate.class), Half.valueOf(rs.getString(3))),
                            new DatedHalfDay(rs.getObject(4, LocalDate.class), Half.valueOf(rs.getString(5)))));
                });
        var professionals = jdbc.sql("""
                SELECT id, code, kind, working_ratio, home_latitude, home_longitude FROM professional
                WHERE active AND kind IN ('OCCUPATIONAL_DOCTOR', 'NURSE') ORDER BY id
                """).query((rs, i) -> new PlanningInput.ProfessionalRow(rs.getLong(1), rs.getString(2),
                        ProfessionalKind.fromDirectory(rs.getString(3)), rs.getDouble(4), rs.getDouble(5),
                        rs.getDouble(6), patterns.getOrDefault(rs.getLong(1), Set.of()),
                        leaves.getOrDefault(rs.getLong(1), List.of()))).list();
        return new PlanningInput(horizon.id(), horizon.start(), horizon.end(), rules, collectivites, cabinets,
                professionals, units);
    }

    private Map<Long, Set<Integer>> keys(String sql) {
        var keys = new HashMap<Long, Set<Integer>>();
        jdbc.sql(sql).query(rs -> {
            keys.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                    .add(Cabinet.openingKey(rs.getInt(2), Half.valueOf(rs.getString(3))));
        });
        return keys;
    }

    // ---- sessions

    /** A session to store: the slot of a group of units. */
    public record SessionRow(long professionalId, LocalDate date, Half halfDay, long cabinetId,
                             boolean pinned, List<Long> unitIds) {
        String key() {
            return professionalId + "|" + date + "|" + halfDay + "|" + cabinetId;
        }
    }

    /**
     * Stores a plan: draft sessions are rebuilt from the units' slots; published sessions keep their id when the
     * plan still uses them. Returns the ids of published sessions the plan no longer uses (re-planned).
     */
    public List<Long> storePlan(long horizonId, List<SessionRow> sessions, List<Long> unassignedUnitIds,
                                int capacityMinutes) {
        var published = new HashMap<String, Long>();
        jdbc.sql("SELECT id, professional_id, session_date, half_day, cabinet_id FROM planning_session "
                        + "WHERE horizon_id = ? AND status = 'PUBLISHED'").param(horizonId)
                .query(rs -> {
                    published.put(rs.getLong(2) + "|" + rs.getObject(3, LocalDate.class) + "|" + rs.getString(4)
                            + "|" + rs.getLong(5), rs.getLong(1));
                });
        jdbc.sql("DELETE FROM planning_session WHERE horizon_id = ? AND status = 'DRAFT'").param(horizonId).update();
        var fresh = sessions.stream().filter(s -> !published.containsKey(s.key())).toList();
        var ids = fresh.isEmpty() ? List.<Long>of() : jdbc.sql(
                        "SELECT nextval(pg_get_serial_sequence('planning_session', 'id')) FROM generate_series(1, ?)")
                .param(fresh.size()).query(Long.class).list();
        var sessionOf = new HashMap<String, Long>(published);
        for (int i = 0; i < fresh.size(); i++) {
            sessionOf.put(fresh.get(i).key(), ids.get(i));
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
                    .param("professionals", fresh.stream().map(SessionRow::professionalId).toArray(Long[]::new))
                    .param("days", fresh.stream().map(s -> s.date().toString()).toArray(String[]::new))
                    .param("halves", fresh.stream().map(s -> s.halfDay().name()).toArray(String[]::new))
                    .param("cabinets", fresh.stream().map(SessionRow::cabinetId).toArray(Long[]::new))
                    .param("pinned", fresh.stream().map(SessionRow::pinned).toArray(Boolean[]::new))
                    .update();
        }
        var unitIds = new ArrayList<Long>(unassignedUnitIds);
        var sessionIds = new ArrayList<Long>();
        unassignedUnitIds.forEach(id -> sessionIds.add(null));
        for (var session : sessions) {
            for (var unitId : session.unitIds()) {
                unitIds.add(unitId);
                sessionIds.add(sessionOf.get(session.key()));
            }
        }
        jdbc.sql("""
                UPDATE planning_demand_unit u SET session_id = v.session
                FROM unnest(:units::bigint[], :sessions::bigint[]) AS v(unit, session)
                WHERE u.id = v.unit AND u.session_id IS DISTINCT FROM v.session
                """).param("units", unitIds.toArray(Long[]::new)).param("sessions", sessionIds.toArray(Long[]::new))
                .update();
        var used = new HashSet<Long>();
        sessions.forEach(session -> used.add(sessionOf.get(session.key())));
        return published.values().stream().filter(id -> !used.contains(id)).toList();
    }

    public List<StoredSession> sessions(long horizonId) {
        var served = new HashMap<Long, Map<Long, Integer>>();
        jdbc.sql("""
                SELECT v.session_id, v.collectivite_id, v.minutes FROM planning_session_collectivite v
                JOIN planning_session s ON s.id = v.session_id WHERE s.horizon_id = ? ORDER BY v.collectivite_id
                """).param(horizonId).query(rs -> {
                    served.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(rs.getLong(2), rs.getInt(3));
                });
        return jdbc.sql("""
                SELECT s.id, s.professional_id, p.code, p.kind, s.session_date, s.half_day, s.cabinet_id, c.code,
                       s.status, s.pinned, s.capacity_minutes, s.notice_date
                FROM planning_session s JOIN professional p ON p.id = s.professional_id
                JOIN cabinet c ON c.id = s.cabinet_id
                WHERE s.horizon_id = ? ORDER BY s.session_date, s.half_day, p.code
                """).param(horizonId).query((rs, i) -> new StoredSession(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getLong(7), rs.getString(8), rs.getString(9), rs.getBoolean(10), rs.getInt(11),
                        rs.getObject(12, LocalDate.class), served.getOrDefault(rs.getLong(1), Map.of()))).list();
    }

    /** Names of the collectivités that have demand in a horizon. */
    public Map<Long, String> collectiviteNames(long horizonId) {
        var names = new HashMap<Long, String>();
        jdbc.sql("SELECT id, name FROM collectivite WHERE id IN (SELECT collectivite_id FROM planning_demand_unit WHERE horizon_id = ?)")
                .param(horizonId).query(rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }

    /** A published session as its collectivité sees it: where, when, which kind of professional, its minutes. */
    public record PublishedSession(long id, LocalDate date, String halfDay, String cabinetCode, String cabinetName,
                                   String professionalKind, int minutes, int capacityMinutes, LocalDate noticeDate) {
    }

    public List<PublishedSession> publishedSessionsFor(long collectiviteId) {
        return jdbc.sql("""
                SELECT s.id, s.session_date, s.half_day, c.code, c.name, p.kind, v.minutes, s.capacity_minutes, s.notice_date
                FROM planning_session_collectivite v JOIN planning_session s ON s.id = v.session_id
                JOIN cabinet c ON c.id = s.cabinet_id JOIN professional p ON p.id = s.professional_id
                WHERE v.collectivite_id = ? AND s.status = 'PUBLISHED' ORDER BY s.session_date, s.half_day
                """).param(collectiviteId).query((rs, i) -> new PublishedSession(rs.getLong(1),
                        rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getObject(9, LocalDate.class))).list();
    }

    public Optional<StoredSession> session(long id) {
        var horizonId = jdbc.sql("SELECT horizon_id FROM planning_session WHERE id = ?").param(id).query(Long.class)
                .optional();
        return horizonId.flatMap(h -> sessions(h).stream().filter(s -> s.id() == id).findFirst());
    }

    public int publish(long horizonId, LocalDate today, LocalDate firstPublishable) {
        return jdbc.sql("""
                UPDATE planning_session SET status = 'PUBLISHED', pinned = true, published_at = now(), notice_date = ?
                WHERE horizon_id = ? AND status = 'DRAFT' AND session_date >= ?
                """).params(today, horizonId, firstPublishable).update();
    }

    public void moveSession(long sessionId, long professionalId, LocalDate date, Half halfDay, long cabinetId) {
        jdbc.sql("""
                UPDATE planning_session SET professional_id = ?, session_date = ?, half_day = ?, cabinet_id = ?,
                                            pinned = true WHERE id = ?
                """).params(professionalId, date, halfDay.name(), cabinetId, sessionId).update();
    }

    public void deleteSession(long sessionId) {
        jdbc.sql("DELETE FROM planning_session WHERE id = ?").param(sessionId).update();
    }

    public void logChange(long horizonId, Long sessionId, String action, String decidedBy, String reason,
                          String before, String after) {
        jdbc.sql("""
                INSERT INTO planning_change_log (horizon_id, session_id, action, decided_by, reason, before_state, after_state)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).params(horizonId, sessionId, action, decidedBy, reason, before, after).update();
    }

    public List<Map<String, Object>> changeLog(long horizonId) {
        return jdbc.sql("SELECT id, session_id, action, decided_by, decided_at, reason, before_state, after_state "
                + "FROM planning_change_log WHERE horizon_id = ? ORDER BY id").param(horizonId).query().listOfRows();
    }

    public void insertLeave(long professionalId, String kind, DatedHalfDay from, DatedHalfDay to) {
        jdbc.sql("""
                INSERT INTO professional_leave (professional_id, kind, start_date, start_half, end_date, end_half)
                VALUES (?, ?, ?, ?, ?, ?)
                """).params(professionalId, kind, from.date(), from.half().name(), to.date(), to.half().name()).update();
    }

    // ---- runs

    public long insertRun(long horizonId, int terminationSeconds) {
        return jdbc.sql("INSERT INTO planning_run (horizon_id, status, termination_seconds) VALUES (?, 'SOLVING', ?) RETURNING id")
                .params(horizonId, terminationSeconds).query(Long.class).single();
    }

    public void recordBest(long runId, String score, long hard, long medium, long soft) {
        jdbc.sql("""
                UPDATE planning_run SET best_score = ?, hard_score = ?, medium_score = ?, soft_score = ?,
                                        improvements = improvements + 1, last_saved_at = now() WHERE id = ?
                """).params(score, hard, medium, soft, runId).update();
    }

    public void finishRun(long runId, String status, String error) {
        jdbc.sql("UPDATE planning_run SET status = ?, ended_at = now(), error = ? WHERE id = ? AND status = 'SOLVING'")
                .params(status, error, runId).update();
    }

    /** Runs left SOLVING by a crash or a restart; their last stored draft is where the next run resumes. */
    public int interruptSolvingRuns() {
        return jdbc.sql("UPDATE planning_run SET status = 'INTERRUPTED', ended_at = now() WHERE status = 'SOLVING'").update();
    }

    public Optional<Run> lastRun(long horizonId) {
        return jdbc.sql("SELECT * FROM planning_run WHERE horizon_id = ? ORDER BY id DESC LIMIT 1").param(horizonId)
                .query((rs, i) -> new Run(rs.getLong("id"), rs.getLong("horizon_id"), rs.getString("status"),
                        rs.getInt("termination_seconds"), rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toInstant(),
                        rs.getString("best_score"), (Long) rs.getObject("hard_score", Long.class),
                        (Long) rs.getObject("medium_score", Long.class), (Long) rs.getObject("soft_score", Long.class),
                        rs.getInt("improvements"),
                        rs.getTimestamp("last_saved_at") == null ? null : rs.getTimestamp("last_saved_at").toInstant(),
                        rs.getString("error"))).optional();
    }
}
