package fr.cdg.medtravail.planning.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.cdg.medtravail.planning.PlanningRunService;
import fr.cdg.medtravail.planning.PlanningService;
import fr.cdg.medtravail.planning.persistence.PlanningRepository;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.ConflictException;
import org.springframework.stereotype.Service;

/** Run status for the API and the board: live figures while solving, the last stored run otherwise. */
@Service
class PlanningStatusService {

    record RunStatus(long horizonId, Long runId, String status, String bestScore, Long hard, Long medium, Long soft,
                     boolean feasible, long elapsedSeconds, Integer terminationSeconds, int improvements,
                     String error, List<PlanningService.ConstraintLine> constraints) {
    }

    private final PlanningRunService runs;
    private final PlanningService planning;
    private final PlanningRepository repository;

    PlanningStatusService(PlanningRunService runs, PlanningService planning, PlanningRepository repository) {
        this.runs = runs;
        this.planning = planning;
        this.repository = repository;
    }

    RunStatus start(long horizonId, int seconds) {
        if (seconds < 1 || seconds > 3600) {
            throw new InvalidInputException("seconds", "between 1 and 3600");
        }
        runs.start(planning.horizon(horizonId), seconds);
        return status(horizonId);
    }

    RunStatus stop(long horizonId) {
        planning.horizon(horizonId);
        if (!runs.stop(horizonId)) {
            throw new ConflictException("No run is solving this horizon");
        }
        return status(horizonId);
    }

    RunStatus status(long horizonId) {
        planning.horizon(horizonId);
        var run = repository.lastRun(horizonId);
        var best = runs.currentBest(horizonId);
        if (best != null && best.getScore() != null) {
            var score = best.getScore();
            return new RunStatus(horizonId, run.map(PlanningRepository.Run::id).orElse(null), "SOLVING",
                    score.toString(), score.hardScore(), score.mediumScore(), score.softScore(),
                    score.isFeasible(), runs.elapsed(horizonId).toSeconds(),
                    run.map(PlanningRepository.Run::terminationSeconds).orElse(null),
                    run.map(PlanningRepository.Run::improvements).orElse(0), null, planning.constraints(best));
        }
        return run.map(r -> new RunStatus(horizonId, r.id(), runs.isSolving(horizonId) ? "SOLVING" : r.status(),
                        r.bestScore(), r.hardScore(), r.mediumScore(), r.softScore(),
                        r.hardScore() != null && r.hardScore() == 0,
                        Duration.between(r.startedAt(), r.endedAt() == null ? Instant.now()
                                : r.endedAt()).toSeconds(), r.terminationSeconds(), r.improvements(), r.error(),
                        planning.constraints(horizonId)))
                .orElse(new RunStatus(horizonId, null, "NOT_STARTED", null, null, null, null, false, 0, null, 0,
                        null, planning.constraints(horizonId)));
    }

    List<PlanningRepository.StoredSession> sessions(long horizonId) {
        planning.horizon(horizonId);
        return repository.sessions(horizonId);
    }

    List<Map<String, Object>> changes(long horizonId) {
        planning.horizon(horizonId);
        return repository.changeLog(horizonId);
    }
}
