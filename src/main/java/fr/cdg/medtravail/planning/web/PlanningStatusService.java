package fr.cdg.medtravail.planning.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

import fr.cdg.medtravail.planning.horizon.HorizonService;
import fr.cdg.medtravail.planning.run.PlanningRun;
import fr.cdg.medtravail.planning.run.PlanningRunService;
import fr.cdg.medtravail.planning.run.RunState;
import fr.cdg.medtravail.planning.solver.ConstraintLine;
import fr.cdg.medtravail.web.ConflictException;
import fr.cdg.medtravail.web.InvalidInputException;

/**
 * Run status for the API and the board: live score while solving, the last stored run otherwise; the constraint
 * totals are those stored with the run's latest best solution, never recomputed here (the explanation does that, on
 * request).
 */
@Service
class PlanningStatusService {

    record RunStatus(long horizonId, Long runId, RunState status, String bestScore, Long hard, Long medium, Long soft,
                     boolean feasible, long elapsedSeconds, Integer terminationSeconds, int improvements,
                     String error, List<ConstraintLine> constraints) {
    }

    private final PlanningRunService runs;
    private final HorizonService horizons;

    PlanningStatusService(PlanningRunService runs, HorizonService horizons) {
        this.runs = runs;
        this.horizons = horizons;
    }

    RunStatus start(long horizonId, int seconds) {
        if (seconds < 1 || seconds > 3600) {
            throw new InvalidInputException("seconds", "between 1 and 3600");
        }
        runs.start(horizons.horizon(horizonId), seconds);
        return status(horizonId);
    }

    RunStatus stop(long horizonId) {
        horizons.horizon(horizonId);
        if (!runs.stop(horizonId)) {
            throw new ConflictException("No run is solving this horizon");
        }
        return status(horizonId);
    }

    RunStatus status(long horizonId) {
        horizons.horizon(horizonId);
        var run = runs.lastRun(horizonId);
        var best = runs.currentBest(horizonId);
        if (best != null && best.getScore() != null) {
            var score = best.getScore();
            return new RunStatus(horizonId, run.map(PlanningRun::id).orElse(null), RunState.SOLVING,
                    score.toString(), score.hardScore(), score.mediumScore(), score.softScore(),
                    score.isFeasible(), runs.elapsed(horizonId).toSeconds(),
                    run.map(PlanningRun::terminationSeconds).orElse(null),
                    run.map(PlanningRun::improvements).orElse(0), null,
                    run.map(r -> runs.storedConstraints(r.id())).orElse(List.of()));
        }
        return run.map(r -> new RunStatus(horizonId, r.id(), runs.isSolving(horizonId) ? RunState.SOLVING : r.state(),
                        r.bestScore(), r.hardScore(), r.mediumScore(), r.softScore(),
                        r.hardScore() != null && r.hardScore() == 0,
                        Duration.between(r.startedAt(), r.endedAt() == null ? Instant.now()
                                : r.endedAt()).toSeconds(), r.terminationSeconds(), r.improvements(), r.error(),
                        runs.storedConstraints(r.id())))
                .orElse(new RunStatus(horizonId, null, RunState.NOT_STARTED, null, null, null, null, false, 0, null,
                        0, null, List.of()));
    }
}
