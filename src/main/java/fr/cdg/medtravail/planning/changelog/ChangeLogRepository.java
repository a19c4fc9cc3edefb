package fr.cdg.medtravail.planning.changelog;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** planning_change_log: the secretariat's and the solver's decisions on published or pinned sessions. */
@Repository
public class ChangeLogRepository {

    private final JdbcClient jdbc;

    ChangeLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void log(long horizonId, Long sessionId, ChangeAction action, String decidedBy, String reason,
                    String before, String after) {
        jdbc.sql("""
                INSERT INTO planning_change_log (horizon_id, session_id, action, decided_by, reason, before_state, after_state)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).params(horizonId, sessionId, action.name(), decidedBy, reason, before, after).update();
    }

    public List<LoggedChange> changes(long horizonId) {
        return jdbc.sql("""
                SELECT id, session_id, action, decided_by, decided_at, reason, before_state, after_state
                FROM planning_change_log WHERE horizon_id = ? ORDER BY id
                """).param(horizonId)
                .query((rs, i) -> new LoggedChange(rs.getLong(1), (Long) rs.getObject(2, Long.class),
                        ChangeAction.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant(),
                        rs.getString(6), rs.getString(7), rs.getString(8))).list();
    }
}
