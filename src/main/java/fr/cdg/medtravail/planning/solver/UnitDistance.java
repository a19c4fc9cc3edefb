package fr.cdg.medtravail.planning.solver;

import fr.cdg.medtravail.planning.domain.DemandUnit;
import org.optaplanner.core.impl.heuristic.selector.common.nearby.NearbyDistanceMeter;

/**
 * How far apart two units are for a swap: the shortest trip of both collectivités to a cabinet they may both use (0 for
 * the same collectivité). Swaps between units that share no cabinet are always refused, so nearby selection spends the
 * search on exchanges between neighbouring collectivités, which is how sessions get packed full. Teleconsultation,
 * open to every doctor's unit at 0 minutes, is left out: it would make all of them neighbours. The meter is
 * OptaPlanner's documented extension point for nearby selection.
 */
public class UnitDistance implements NearbyDistanceMeter<DemandUnit, DemandUnit> {

    private static final double APART = 10_000;

    @Override
    public double getNearbyDistance(DemandUnit origin, DemandUnit destination) {
        if (origin.getCollectivite().equals(destination.getCollectivite())) {
            return 0;
        }
        var shared = destination.getCandidateSlots();
        int best = Integer.MAX_VALUE;
        var from = origin.getCollectivite().minutesToCabinet();
        var to = destination.getCollectivite().minutesToCabinet();
        for (var cabinet : origin.getCandidateSlots().cabinetIds()) {
            if (shared.cabinetIds().contains(cabinet) && from.containsKey(cabinet) && to.containsKey(cabinet)) {
                best = Math.min(best, from.get(cabinet) + to.get(cabinet));
            }
        }
        return best == Integer.MAX_VALUE ? APART : best;
    }
}
