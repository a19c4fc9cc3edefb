package fr.cdg.medtravail.planning.solver;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

/** One constraint's total in a plan: stable English {@code id} for the API, French {@code label} for the screens. */
public record ConstraintLine(String id, String label, ConstraintLevel level, long score, int matches) {

    /** Worst first: hard, then medium, then soft, the largest penalty first within a level. */
    public static final Comparator<ConstraintLine> WORST_FIRST = Comparator.comparing(ConstraintLine::level)
            .thenComparingLong(ConstraintLine::score);

    public static ConstraintLine of(PlanningConstraint constraint, long score, int matches) {
        return new ConstraintLine(constraint.id(), constraint.label(), constraint.level(), score, matches);
    }

    /** The totals of a score explanation, at each constraint's own level, worst first. */
    public static List<ConstraintLine> of(Collection<ConstraintMatchTotal<HardMediumSoftLongScore>> totals) {
        return totals.stream().map(total -> {
            var constraint = PlanningConstraint.ofId(total.getConstraintName());
            var score = total.getScore();
            long value = switch (constraint.level()) {
                case HARD -> score.hardScore();
                case MEDIUM -> score.mediumScore();
                case SOFT -> score.softScore();
            };
            return of(constraint, value, total.getConstraintMatchCount());
        }).sorted(WORST_FIRST).toList();
    }
}
