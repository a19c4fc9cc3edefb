package fr.cdg.medtravail.travel;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.medtravail.directory.DirectoryChangedEvent;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the ESTIMATE rows of {@code travel_time} in step with the directory: one row per collectivité × physical
 * cabinet, computed by {@link TravelTimeModel}. Imported MATRIX rows are never overwritten. Teleconsultation cabinets
 * get no row: nobody travels to them, they are reachable from everywhere.
 */
@Service
public class TravelTimeService {

    private static final Logger log = LoggerFactory.getLogger(TravelTimeService.class);
    /** A day: the bound of the travel_time.minutes column. */
    private static final int MAX_MINUTES = 1440;

    private final TravelTimeRepository repository;
    private final TravelTimeModel model;

    TravelTimeService(TravelTimeRepository repository, TravelTimeModel model) {
        this.repository = repository;
        this.model = model;
    }

    /** Recomputes every pair (after a bulk load or a change of the model's parameters). */
    @Transactional
    public TravelTimeRecomputation recomputeAll() {
        return recompute(null, null);
    }

    /**
     * Recomputes the pairs touching the given collectivités or cabinets: each changed collectivité against every
     * cabinet, each changed cabinet against every collectivité.
     */
    @Transactional
    public TravelTimeRecomputation recompute(Set<Long> collectiviteIds, Set<Long> cabinetIds) {
        long start = System.nanoTime();
        boolean all = collectiviteIds == null && cabinetIds == null;
        Set<Long> changedCollectivites = collectiviteIds == null ? Set.of() : collectiviteIds;
        Set<Long> changedCabinets = cabinetIds == null ? Set.of() : cabinetIds;
        repository.deleteTeleconsultationEstimates();
        // A changed cabinet is paired with every collectivité and vice versa; otherwise only the changed ones are read.
        var collectivites = repository.collectivites(all || !changedCabinets.isEmpty() ? null : changedCollectivites);
        var cabinets = repository.physicalCabinets(all || !changedCollectivites.isEmpty() ? null : changedCabinets);
        var pairs = new Pairs(collectivites.size() * cabinets.size());
        for (var collectivite : collectivites) {
            var from = model.place(collectivite.latitude(), collectivite.longitude(), collectivite.code());
            for (var cabinet : cabinets) {
                if (all || changedCollectivites.contains(collectivite.id()) || changedCabinets.contains(cabinet.id())) {
                    var to = model.place(cabinet.latitude(), cabinet.longitude(), cabinet.code());
                    pairs.add(collectivite.id(), cabinet.id(), model.minutes(from, to));
                }
            }
        }
        int written = pairs.size == 0 ? 0 : repository.upsertEstimates(pairs.collectivites(), pairs.cabinets(), pairs.minutes());
        var result = new TravelTimeRecomputation(pairs.size, written, pairs.size - written,
                (System.nanoTime() - start) / 1_000_000);
        log.info("Travel-time estimates recomputed: {} pairs, {} estimates written, {} imported times kept, {} ms",
                result.pairs(), result.estimatesWritten(), result.matrixKept(), result.millis());
        return result;
    }

    /**
     * Refreshes the pairs of what changed, once the change is committed (or at once when published outside a
     * transaction), in a transaction of its own.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onDirectoryChanged(DirectoryChangedEvent event) {
        if (!event.collectiviteIds().isEmpty() || !event.cabinetIds().isEmpty()) {
            recompute(event.collectiviteIds(), event.cabinetIds());
        }
    }

    /**
     * Cabinets within {@code maxMinutes} of a collectivité, nearest first. A référent of another collectivité gets
     * the same 404 as for an unknown id.
     */
    @Transactional(readOnly = true)
    public List<ReachableCabinet> reachableCabinets(CdgUser user, long collectiviteId, int maxMinutes) {
        if (maxMinutes < 0 || maxMinutes > MAX_MINUTES) {
            throw new InvalidInputException("maxMinutes", "must be between 0 and " + MAX_MINUTES);
        }
        if (!user.canSeeCollectivite(collectiviteId) || !repository.collectiviteExists(collectiviteId)) {
            throw new NotFoundException("Collectivité", collectiviteId);
        }
        return repository.reachable(collectiviteId, maxMinutes);
    }

    /** Minutes from each of these collectivités to each cabinet it has a travel time to: collectivité → cabinet → minutes. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, Integer>> minutesToCabinets(Collection<Long> collectiviteIds) {
        return repository.minutesToCabinets(collectiviteIds);
    }

    /** Cabinets within {@code maxMinutes} of a collectivité, for services that have checked the caller themselves. */
    @Transactional(readOnly = true)
    public List<ReachableCabinet> reachableCabinets(long collectiviteId, int maxMinutes) {
        return repository.reachable(collectiviteId, maxMinutes);
    }

    /** Growable parallel arrays: 16,000 pairs without boxing. */
    private static final class Pairs {
        private long[] collectivites;
        private long[] cabinets;
        private int[] minutes;
        private int size;

        Pairs(int capacity) {
            collectivites = new long[Math.max(16, capacity)];
            cabinets = new long[collectivites.length];
            minutes = new int[collectivites.length];
        }

        void add(long collectivite, long cabinet, int travelMinutes) {
            collectivites[size] = collectivite;
            cabinets[size] = cabinet;
            minutes[size] = travelMinutes;
            size++;
        }

        long[] collectivites() {
            return Arrays.copyOf(collectivites, size);
        }

        long[] cabinets() {
            return Arrays.copyOf(cabinets, size);
        }

        int[] minutes() {
            return Arrays.copyOf(minutes, size);
        }
    }
}
