package fr.cdg.medtravail.planning.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.planning.changelog.ChangeAction;
import fr.cdg.medtravail.planning.changelog.ChangeLogRepository;
import fr.cdg.medtravail.planning.domain.DemandUnit;
import fr.cdg.medtravail.planning.domain.SessionPlan;
import fr.cdg.medtravail.planning.domain.Slot;
import fr.cdg.medtravail.planning.session.DroppedSessions;
import fr.cdg.medtravail.planning.session.PlannedSession;
import fr.cdg.medtravail.planning.session.SessionDraft;
import fr.cdg.medtravail.planning.session.SessionRepository;
import fr.cdg.medtravail.planning.solver.ConstraintLine;
import fr.cdg.medtravail.visits.BookedSessions;
import fr.cdg.medtravail.visits.SessionReplanned;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps a solution to sessions and stores it, one transaction per stored plan. Published sessions the plan no longer
 * uses are settled on the final plan only: a hand-over, a withdrawal or a deletion tells booking, which moves
 * appointments and notifies référents, and an intermediate best solution may still change.
 */
@Component
class PlanStore {

    static final String SOLVER = "solver";

    private final SessionRepository sessions;
    private final ChangeLogRepository changes;
    private final RunRepository runs;
    private final BookedSessions bookedSessions;
    private final ApplicationEventPublisher events;

    PlanStore(SessionRepository sessions, ChangeLogRepository changes, RunRepository runs,
              BookedSessions bookedSessions, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.changes = changes;
        this.runs = runs;
        this.bookedSessions = bookedSessions;
        this.events = events;
    }

    /**
     * An improvement during a run: dropped published sessions stay as they are until the final plan. {@code
     * constraints}: the solution's totals per constraint, stored with it for the run status.
     */
    @Transactional
    public void store(SessionPlan solution, long runId, List<ConstraintLine> constraints) {
        store(solution, runId, constraints, false);
    }

    /** The plan a run ends with: dropped published sessions are handed over, withdrawn or deleted. */
    @Transactional
    public void storeFinal(SessionPlan solution, long runId, List<ConstraintLine> constraints) {
        store(solution, runId, constraints, true);
    }

    private void store(SessionPlan solution, long runId, List<ConstraintLine> constraints, boolean settleDropped) {
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
        var kinds = new HashMap<Long, ProfessionalKind>();
        bySlot.keySet().forEach(slot -> kinds.put(slot.professional().id(), slot.professional().kind()));
        if (settleDropped) {
            settleDropped(solution.getHorizonId(), drafts, kinds, announced(solution));
        }
        sessions.storePlan(solution.getHorizonId(), drafts, unassigned, solution.getRules().sessionMinutes());
        var score = solution.getScore();
        if (score != null) {
            runs.recordBest(runId, score.toString(), score.hardScore(), score.mediumScore(), score.softScore());
            runs.recordConstraints(runId, constraints);
        }
    }

    /**
     * Published sessions the plan no longer uses, settled before the plan is stored. Booking hears of each change
     * before it is written, in this transaction, since it reads the session as it was.
     */
    private void settleDropped(long horizonId, List<SessionDraft> drafts, Map<Long, ProfessionalKind> kinds,
                               Map<String, Set<Long>> announced) {
        var published = sessions.publishedOf(horizonId);
        var dropped = DroppedSessions.dropped(published, drafts);
        if (dropped.isEmpty()) {
            return;
        }
        var booked = bookedSessions.withUpcomingAppointments(dropped.stream().map(PlannedSession::id).toList());
        for (var decision : DroppedSessions.decide(published, drafts, booked)) {
            var session = decision.session();
            var before = session.toString();
            var served = List.copyOf(announced.getOrDefault(session.slot(),
                    Set.copyOf(session.servedCollectivites())));
            switch (decision.fate()) {
                case HANDED_OVER -> {
                    var replacement = decision.replacement();
                    events.publishEvent(new SessionReplanned(session.id(), false, replacement.professionalId(),
                            kinds.get(replacement.professionalId()), session.date(), session.halfDay(),
                            session.cabinetId(), served, SOLVER));
                    sessions.handOver(session.id(), replacement.professionalId());
                    changes.log(horizonId, session.id(), ChangeAction.REPLAN, SOLVER,
                            "Published session handed over to another professional at the same cabinet and half-day: "
                                    + "its professional is no longer available", before,
                            sessions.find(session.id()).map(Object::toString).orElse(null));
                }
                case WITHDRAWN -> {
                    events.publishEvent(SessionReplanned.withdrawn(session.id(), served, SOLVER));
                    sessions.withdraw(session.id());
                    changes.log(horizonId, session.id(), ChangeAction.REPLAN, SOLVER,
                            "Published session withdrawn: its professional is no longer available and nobody holds "
                                    + "it; its appointments wait for the secretariat's decision", before,
                            sessions.find(session.id()).map(Object::toString).orElse(null));
                }
                case DELETED -> {
                    // Nobody booked on it, but its collectivités were told of it: they hear it is gone.
                    events.publishEvent(SessionReplanned.withdrawn(session.id(), served, SOLVER));
                    changes.log(horizonId, null, ChangeAction.REPLAN, SOLVER,
                            "Published session re-planned: its professional is no longer available", before, null);
                    sessions.delete(session.id());
                }
            }
        }
    }

    /**
     * The collectivités each published session was announced to: the units it held when the run started. Intermediate
     * plans stored during the run may already have moved those units to other sessions.
     */
    private static Map<String, Set<Long>> announced(SessionPlan solution) {
        var announced = new HashMap<String, Set<Long>>();
        for (DemandUnit unit : solution.getUnits()) {
            var slot = unit.getOriginalSlot();
            if (slot != null && unit.isOriginalPublished()) {
                announced.computeIfAbsent(SessionDraft.slot(slot.professional().id(), slot.halfDay().date(),
                        slot.halfDay().half(), slot.cabinet().id()), k -> new TreeSet<>()).add(unit.getCollectivite().id());
            }
        }
        return announced;
    }
}
