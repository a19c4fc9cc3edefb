package fr.cdg.medtravail.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import fr.cdg.medtravail.planning.domain.DemandUnit;
import fr.cdg.medtravail.planning.domain.PlanningProblem;
import fr.cdg.medtravail.planning.domain.Slot;
import fr.cdg.medtravail.planning.persistence.PlanningRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Maps a solution to sessions and stores it, one transaction per stored plan. */
@Component
class PlanningStore {

    static final String SOLVER = "solver";

    private final PlanningRepository repository;

    PlanningStore(PlanningRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public void store(PlanningProblem solution, Long runId) {
        var bySlot = new LinkedHashMap<Slot, List<Long>>();
        var unassigned = new ArrayList<Long>();
        for (DemandUnit unit : solution.getUnits()) {
            if (unit.isAssigned()) {
                bySlot.computeIfAbsent(unit.getSlot(), s -> new ArrayList<>()).add(unit.getId());
            } else {
                unassigned.add(unit.getId());
            }
        }
        var notice = solution.getRules().noticeDate();
        var sessions = bySlot.entrySet().stream().map(e -> new PlanningRepository.SessionRow(
                e.getKey().professional().id(), e.getKey().halfDay().date(), e.getKey().halfDay().half(),
                e.getKey().cabinet().id(), e.getKey().halfDay().date().isBefore(notice), e.getValue())).toList();
        var dropped = repository.storePlan(solution.getHorizonId(), sessions, unassigned,
                solution.getRules().sessionMinutes());
        for (var sessionId : dropped) {
            var before = repository.session(sessionId).map(Object::toString).orElse(null);
            repository.logChange(solution.getHorizonId(), null, "REPLAN", SOLVER,
                    "Published session re-planned: its professional is no longer available", before, null);
            repository.deleteSession(sessionId);
        }
        var score = solution.getScore();
        if (runId != null && score != null) {
            repository.recordBest(runId, score.toString(), score.hardScore(), score.mediumScore(), score.softScore());
        }
    }
}
