package fr.cdg.medtravail.planning.horizon;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cdg.medtravail.calendar.DatedHalfDay;
import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.planning.domain.DemandDeriver;
import fr.cdg.medtravail.planning.domain.PlanningInput;
import fr.cdg.medtravail.planning.domain.VisitReason;
import fr.cdg.medtravail.planning.session.SessionStatus;

/**
 * The horizon aggregate: planning_horizon, its manual demand adjustments and its derived demand units; also the
 * waiting visit requests that feed the demand.
 */
@Repository
public class HorizonRepository {

    /** A waiting visit request: the agent's collectivité is the directory's to tell. */
    private final JdbcClient jdbc;

    HorizonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, LocalDate start, LocalDate end) {
        return jdbc.sql("INSERT INTO planning_horizon (name, start_date, end_date) VALUES (?, ?, ?) RETURNING id")
                .params(name, start, end).query(Long.class).single();
    }

    Optional<Horizon> find(long id) {
        return jdbc.sql("SELECT * FROM planning_horizon WHERE id = ?").param(id).query(HorizonRepository::horizon)
                .optional();
    }

    List<Horizon> all() {
        return jdbc.sql("SELECT * FROM planning_horizon ORDER BY start_date DESC").query(HorizonRepository::horizon)
                .list();
    }

    private static Horizon horizon(ResultSet rs, int row) throws SQLException {
        return new Horizon(rs.getLong("id"), rs.getString("name"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getTimestamp("created_at").toInstant());
    }

    List<DemandDeriver.Adjustment> adjustments(long horizonId) {
        return jdbc.sql("SELECT collectivite_id, professional_kind, half_days FROM planning_demand_adjustment WHERE horizon_id = ?")
                .param(horizonId)
                .query((rs, i) -> new DemandDeriver.Adjustment(rs.getLong(1),
                        ProfessionalKind.valueOf(rs.getString(2)), rs.getInt(3))).list();
    }

    void saveAdjustment(long horizonId, long collectiviteId, ProfessionalKind kind, int halfDays, String reason) {
        jdbc.sql("""
                INSERT INTO planning_demand_adjustment (horizon_id, collectivite_id, professional_kind, half_days, reason)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (horizon_id, collectivite_id, professional_kind)
                DO UPDATE SET half_days = excluded.half_days, reason = excluded.reason
                """).params(horizonId, collectiviteId, kind.name(), halfDays, reason).update();
    }

    /** Minutes of demand per kind of professional. */
    Map<ProfessionalKind, Long> demandMinutesByKind(long horizonId) {
        var byKind = new EnumMap<ProfessionalKind, Long>(ProfessionalKind.class);
        jdbc.sql("SELECT professional_kind, sum(minutes) FROM planning_demand_unit WHERE horizon_id = ? GROUP BY 1")
                .param(horizonId).query((ResultSet rs) -> {
                    byKind.put(ProfessionalKind.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return byKind;
    }

    long demandUnits(long horizonId) {
        return jdbc.sql("SELECT count(*) FROM planning_demand_unit WHERE horizon_id = ?").param(horizonId)
                .query(Long.class).single();
    }

    /**
     * Minutes already in a session, per bucket of demand: this horizon's, and those of earlier horizons (planned or
     * held there, so not owed again here) dated less than {@code months} before this horizon's start, the longest
     * interval between two visits of an agent.
     */
    Map<DemandBucket, Long> plannedMinutes(long horizonId, int months) {
        var planned = new HashMap<DemandBucket, Long>();
        jdbc.sql("""
                SELECT u.collectivite_id, u.professional_kind, u.reason, sum(u.minutes)
                FROM planning_demand_unit u
                JOIN planning_session s ON s.id = u.session_id AND s.status <> 'WITHDRAWN'
                JOIN planning_horizon h ON h.id = u.horizon_id,
                     (SELECT start_date FROM planning_horizon WHERE id = :horizon) AS cur
                WHERE h.id = :horizon
                   OR (h.start_date < cur.start_date
                       AND s.session_date >= cur.start_date - make_interval(months => :months))
                GROUP BY 1, 2, 3
                """).param("horizon", horizonId).param("months", months).query((ResultSet rs) -> {
                    planned.put(new DemandBucket(rs.getLong(1), ProfessionalKind.valueOf(rs.getString(2)),
                            VisitReason.valueOf(rs.getString(3))), rs.getLong(4));
                });
        return planned;
    }

    /** Replaces the horizon's unplanned demand (units in a session stay). */
    void replaceUnplannedDemand(long horizonId, List<PlanningInput.UnitInput> units) {
        jdbc.sql("DELETE FROM planning_demand_unit WHERE horizon_id = ? AND session_id IS NULL").param(horizonId).update();
        if (units.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO planning_demand_unit (horizon_id, collectivite_id, professional_kind, allowed_kinds, reason,
                                                  minutes, priority)
                SELECT :horizon, c, k, string_to_array(a, ','), r, m, p
                FROM unnest(:collectivites::bigint[], :kinds::text[], :allowed::text[], :reasons::text[],
                            :minutes::int[], :priorities::smallint[]) AS t (c, k, a, r, m, p)
                """)
                .param("horizon", horizonId)
                .param("collectivites", units.stream().map(PlanningInput.UnitInput::collectiviteId).toArray(Long[]::new))
                .param("kinds", units.stream().map(u -> u.preferred().name()).toArray(String[]::new))
                .param("allowed", units.stream().map(u -> u.allowed().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(","))).toArray(String[]::new))
                .param("reasons", units.stream().map(u -> u.reason().name()).toArray(String[]::new))
                .param("minutes", units.stream().map(PlanningInput.UnitInput::minutes).toArray(Integer[]::new))
                .param("priorities", units.stream().map(PlanningInput.UnitInput::priority).toArray(Integer[]::new))
                .update();
    }

    /** The horizon's demand units, each with the session it is in, if any. */
    public List<PlanningInput.UnitInput> units(long horizonId) {
        return jdbc.sql("""
                SELECT u.id, u.collectivite_id, u.professional_kind, u.reason, u.minutes, u.priority,
                       s.professional_id, s.session_date, s.half_day, s.cabinet_id, s.status,
                       array_to_string(u.allowed_kinds, ',')
                FROM planning_demand_unit u
                LEFT JOIN planning_session s ON s.id = u.session_id AND s.status <> 'WITHDRAWN'
                WHERE u.horizon_id = ? ORDER BY u.id
                """).param(horizonId).query((rs, i) -> new PlanningInput.UnitInput(rs.getLong(1), rs.getLong(2),
                        kinds(rs.getString(12)), ProfessionalKind.valueOf(rs.getString(3)),
                        VisitReason.valueOf(rs.getString(4)), rs.getInt(5),
                        rs.getInt(6), rs.getObject(7) == null ? null : new PlanningInput.Assignment(rs.getLong(7),
                        new DatedHalfDay(rs.getObject(8, LocalDate.class), Half.valueOf(rs.getString(9))),
                        rs.getLong(10), SessionStatus.valueOf(rs.getString(11)) == SessionStatus.PUBLISHED))).list();
    }

    private static Set<ProfessionalKind> kinds(String names) {
        return Arrays.stream(names.split(",")).map(ProfessionalKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProfessionalKind.class)));
    }
}
