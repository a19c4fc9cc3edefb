package fr.cdg.medtravail.planning.solver;

import java.util.Comparator;
import java.util.function.BiConsumer;

import fr.cdg.medtravail.planning.domain.DemandUnit;
import fr.cdg.medtravail.planning.domain.SessionPlan;
import fr.cdg.medtravail.planning.domain.Slot;

/**
 * Greedy first fit by priority: each unmet unit, highest priority first, takes the first candidate slot that keeps
 * every {@link HardRules hard rule}. Bookkeeping instead of score calculation, so it places thousands of units in
 * seconds. It is both the solver's construction heuristic (a custom phase) and the benchmark's baseline.
 */
public final class FirstFitPlacer {

    private FirstFitPlacer() {
    }

    /**
     * Places the unassigned units of {@code plan}; {@code assign} sets the variable (through the score director
     * when run as a phase). Returns the number of units placed.
     */
    public static int place(SessionPlan plan, BiConsumer<DemandUnit, Slot> assign) {
        var rules = HardRules.of(plan);
        var order = plan.getUnits().stream()
                .filter(unit -> !unit.isAssigned() && !unit.isPinned())
                .sorted(Comparator.comparingInt(DemandUnit::getPriority).reversed()
                        .thenComparing(Comparator.comparingInt(DemandUnit::getMinutes).reversed())
                        .thenComparingLong(DemandUnit::getId))
                .toList();
        int placed = 0;
        for (var unit : order) {
            for (var slot : unit.getCandidateSlots().slots()) {
                if (rules.broken(slot, unit) == null) {
                    rules.book(slot, unit);
                    assign.accept(unit, slot);
                    placed++;
                    break;
                }
            }
        }
        return placed;
    }
}
