package fr.cdg.medtravail.planning.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import fr.cdg.medtravail.planning.changelog.ChangeAction;
import fr.cdg.medtravail.planning.changelog.ChangeLogRepository;
import fr.cdg.medtravail.planning.domain.DemandUnit;
import fr.cdg.medtravail.planning.domain.SessionPlan;
import fr.cdg.medtravail.planning.domain.Slot;
import fr.cdg.medtravail.planning.session.SessionDraft;
import fr.cdg.medtravail.planning.session.SessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Maps a solution to sessions and stores it, one transaction per stored plan. */
@Component
class PlanStore {

    static final String SOLVER = "solver";

    private final SessionRepository sessions;
    private final ChangeLogRepository changes;
    private final RunRepository runs;

    PlanStore(SessionRepository sessions, ChangeLogRepository changes, RunRepository runs) {
        this.sessions = sessions;
        this.changes = changes;
        this.runs = runs;
    }

    @Transactional
    public void store(SessionPlan solution, Long runId) {
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
        var drafts = bySlot.entrySet().stream().map(e -> new SessionDraft(e.getKey().professional().id(),
                e.getKey().halfDay().date(), e.getKey().halfDay().half(), e.getKey().cabinet().id(),
                e.getKey().halfDay().date().isBefore(notice), e.getValue())).toList();
        var dropped = sessions.storePlan(solution.getHorizonId(), drafts, unassigned,
                solution.getRules().sessionMinutes());
        for (var sessionId : dropped) {
            var before = sessions.find(sessionId).map(Object::toString).orElse(null);
            changes.log(solution.getHorizonId(), null, ChangeAction.REPLAN, SOLVER,
                    "Published session re-planned: its professional is no longer available", before, null);
            sessions.delete(sessionId);
        }
        var score = solution.getScore();
        if (runId != null && score != null) {
            runs.recordBest(runId, score.toString(), score.hardScore(), score.mediumScore(), score.softScore());
        }
    }
}
