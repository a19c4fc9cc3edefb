package fr.cdg.medtravail.planning.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.cdg.medtravail.planning.solver.ConstraintLine;
import fr.cdg.medtravail.planning.solver.PlanningConstraint;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** planning_run: one row per run, its best score updated as the solver improves. */
@Repository
class RunRepository {

    private final JdbcClient jdbc;

    RunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long horizonId, int terminationSeconds) {
        return jdbc.sql("INSERT INTO planning_run (horizon_id, status, termination_seconds) VALUES (?, 'SOLVING', ?) RETURNING id")
                .params(horizonId, terminationSeconds).query(Long.class).single();
    }

    void recordBest(long runId, String score, long hard, long medium, long soft) {
        jdbc.sql("""
                UPDATE planning_run SET best_score = ?, hard_score = ?, medium_score = ?, soft_score = ?,
                                        improvements = improvements + 1, last_saved_at = now() WHERE id = ?
                """).params(score, hard, medium, soft, runId).update();
    }

    /** The constraint totals of the run's latest stored best solution, in place of the previous ones. */
    void recordConstraints(long runId, List<ConstraintLine> lines) {
        jdbc.sql("DELETE FROM planning_run_constraint WHERE run_id = ?").param(runId).update();
        for (var line : lines) {
            jdbc.sql("INSERT INTO planning_run_constraint (run_id, constraint_id, level, score, matches) VALUES (?, ?, ?, ?, ?)")
                    .params(runId, line.id(), line.level().name(), line.score(), line.matches()).update();
        }
    }

    List<ConstraintLine> constraints(long runId) {
        return jdbc.sql("SELECT constraint_id, score, matches FROM planning_run_constraint WHERE run_id = ?")
                .param(runId)
                .query((rs, i) -> ConstraintLine.of(PlanningConstraint.ofId(rs.getString(1)), rs.getLong(2), rs.getInt(3)))
                .list().stream().sorted(ConstraintLine.WORST_FIRST).toList();
    }

    void finish(long runId, RunState state, String error) {
        jdbc.sql("UPDATE planning_run SET status = ?, ended_at = now(), error = ? WHERE id = ? AND status = 'SOLVING'")
                .params(state.name(), error, runId).update();
    }

    /** Runs left SOLVING by a crash or a restart; their last stored draft is where the next run resumes. */
    int interruptSolving() {
        return jdbc.sql("UPDATE planning_run SET status = 'INTERRUPTED', ended_at = now() WHERE status = 'SOLVING'").update();
    }

    Optional<PlanningRun> last(long horizonId) {
        return jdbc.sql("SELECT * FROM planning_run WHERE horizon_id = ? ORDER BY id DESC LIMIT 1").param(horizonId)
                .query(RunRepository::run).optional();
    }

    private static PlanningRun run(ResultSet rs, int row) throws SQLException {
        return new PlanningRun(rs.getLong("id"), rs.getLong("horizon_id"), RunState.valueOf(rs.getString("status")),
                rs.getInt("termination_seconds"), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("ended_at")), rs.getString("best_score"),
                (Long) rs.getObject("hard_score", Long.class), (Long) rs.getObject("medium_score", Long.class),
                (Long) rs.getObject("soft_score", Long.class), rs.getInt("improvements"),
                instant(rs.getTimestamp("last_saved_at")), rs.getString("error"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
