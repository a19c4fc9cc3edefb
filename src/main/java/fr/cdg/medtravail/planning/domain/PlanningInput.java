package fr.cdg.medtravail.planning.domain;

import fr.cdg.medtravail.calendar.DatedHalfDay;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the planner reads, as plain rows: filled from the database by the persistence layer, or generated
 * in memory by the benchmark.
 */
public record PlanningInput(long horizonId, LocalDate start, LocalDate end, PlanningRules rules,
                            List<CollectiviteRow> collectivites, List<CabinetRow> cabinets,
                            List<ProfessionalRow> professionals, List<UnitRow> units) {

    /** {@code minutesToCabinet}: the travel_time rows of this collectivité. */
    public record CollectiviteRow(long id, String name, Map<Long, Integer> minutesToCabinet) {
    }

    /** {@code openings}: keys of {@link Cabinet#openingKey}. */
    public record CabinetRow(long id, String code, int rooms, Set<Integer> openings, Double latitude,
                             Double longitude, Long ownerCollectiviteId) {
    }

    /** {@code pattern}: keys of {@link Cabinet#openingKey} for the weekly working half-days. */
    public record ProfessionalRow(long id, String code, ProfessionalKind kind, double workingRatio,
                                  double homeLatitude, double homeLongitude, Set<Integer> pattern,
                                  List<Leave> leaves) {
    }

    /** Both ends included, half-day precision. */
    public record Leave(DatedHalfDay from, DatedHalfDay to) {
        public boolean covers(DatedHalfDay halfDay) {
            return halfDay.compareTo(from) >= 0 && halfDay.compareTo(to) <= 0;
        }
    }

    /** A stored demand unit and, if any, the session it is in ({@code published} sessions are pinned). */
    public record UnitRow(long id, long collectiviteId, ProfessionalKind kind, VisitReason reason, int minutes,
                          int priority, Assignment assignment) {
    }

    public record Assignment(long professionalId, DatedHalfDay halfDay, long cabinetId, boolean published) {
    }
}
