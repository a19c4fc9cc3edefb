package fr.cdg.medtravail.planning.explanation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.planning.domain.VisitReason;

/** Why a plan is what it is: its score by constraint, and per collectivité the demand it leaves unmet and why. */
public record Explanation(long horizonId, String score, boolean feasible, List<ConstraintLine> constraints,
                          List<CollectiviteExplanation> collectivites) {

    public record ConstraintLine(String name, ConstraintLevel level, long score, int matches) {
    }

    /** {@code blockingRules}: how many candidate slots each hard rule excludes for this demand. */
    public record UnmetDemand(Set<ProfessionalKind> kinds, int priority, VisitReason reason, int units, long minutes,
                              Map<String, Integer> blockingRules) {
    }

    public record CollectiviteExplanation(long id, String name, long demandMinutes, long assignedMinutes,
                                          long unmetMinutes, List<UnmetDemand> unmet) {
    }
}
