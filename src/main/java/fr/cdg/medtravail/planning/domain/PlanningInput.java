package fr.cdg.medtravail.planning.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.medtravail.calendar.DatedHalfDay;
import fr.cdg.medtravail.calendar.WeeklyHalfDay;
import fr.cdg.medtravail.directory.professional.Leave;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;

/**
 * Everything the planner reads, as plain values: read from the directory, travel and planning services by the
 * application, or written by hand in unit tests.
 */
public record PlanningInput(long horizonId, LocalDate start, LocalDate end, PlanningRules rules,
                            List<CollectiviteInput> collectivites, List<CabinetInput> cabinets,
                            List<ProfessionalInput> professionals, List<UnitInput> units) {

    /** {@code minutesToCabinet}: the travel times of this collectivité. */
    public record CollectiviteInput(long id, String name, Map<Long, Integer> minutesToCabinet) {
    }

    /** A teleconsultation cabinet has no position ({@code latitude} null). */
    public record CabinetInput(long id, String code, int rooms, Set<WeeklyHalfDay> openings, Double latitude,
                               Double longitude, Long ownerCollectiviteId) {
    }

    /**
     * {@code pattern}: the weekly working half-days; {@code leaves} cover the whole calendar months the horizon
     * touches; {@code sessionsElsewhere}: sessions already held or planned in those months outside this horizon,
     * which tiers temps counts with this horizon's.
     */
    public record ProfessionalInput(long id, String code, ProfessionalKind kind, double workingRatio,
                                    double homeLatitude, double homeLongitude, Set<WeeklyHalfDay> pattern,
                                    List<Leave> leaves, Map<YearMonth, Integer> sessionsElsewhere) {
    }

    /**
     * A stored demand unit and, if any, the session it is in ({@code published} sessions are pinned). {@code allowed}:
     * the kinds of professional who may hold its visits; {@code preferred}, one of them, holds them when it can.
     */
    public record UnitInput(long id, long collectiviteId, Set<ProfessionalKind> allowed, ProfessionalKind preferred,
                            VisitReason reason, int minutes, int priority, Assignment assignment) {
        public UnitInput {
            allowed = Set.copyOf(allowed);
        }
    }

    public record Assignment(long professionalId, DatedHalfDay halfDay, long cabinetId, boolean published) {
    }
}
