package fr.cdg.medtravail.planning.explanation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.planning.domain.VisitReason;
import fr.cdg.medtravail.planning.session.NoticeAlert;
import fr.cdg.medtravail.planning.solver.ConstraintLine;

/**
 * Why a plan is what it is: its score by constraint, and per collectivité the demand it leaves unmet and why.
 * {@code labels}: the French label of each rule id named in {@code blockingRules}. {@code noticeAlerts}: stored drafts
 * inside the notice window (not met: they can no longer be announced) or about to enter it (publish them now).
 */
public record Explanation(long horizonId, String score, boolean feasible, List<ConstraintLine> constraints,
                          List<CollectiviteExplanation> collectivites, Map<String, String> labels,
                          List<NoticeFlag> noticeAlerts) {

    public record NoticeFlag(long sessionId, LocalDate date, Half halfDay, String professionalCode,
                             String cabinetCode, NoticeAlert alert) {
    }

    /** {@code blockingRules}: how many candidate slots each hard rule (by id) excludes for this demand. */
    public record UnmetDemand(Set<ProfessionalKind> kinds, int priority, VisitReason reason, int units, long minutes,
                              Map<String, Integer> blockingRules) {
    }

    public record CollectiviteExplanation(long id, String name, long demandMinutes, long assignedMinutes,
                                          long unmetMinutes, List<UnmetDemand> unmet) {
    }
}
