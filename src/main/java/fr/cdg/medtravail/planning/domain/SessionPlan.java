package fr.cdg.medtravail.planning.domain;

import java.time.LocalDate;
import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The consultation sessions of one horizon, as demand units placed on slots: the solver's solution. Plain class,
 * built by {@link ProblemBuilder} and stored as sessions by the application.
 */
@PlanningSolution
public class SessionPlan {

    private long horizonId;
    private LocalDate start;
    private LocalDate end;
    @ProblemFactProperty
    private PlanningRules rules;
    @ProblemFactCollectionProperty
    private List<ConsultingProfessional> professionals;
    @ProblemFactCollectionProperty
    private List<SessionCabinet> cabinets;
    @ProblemFactCollectionProperty
    private List<ServedCollectivite> collectivites;
    @ProblemFactCollectionProperty
    private List<Shift> shifts;
    @PlanningEntityCollectionProperty
    private List<DemandUnit> units;
    @PlanningScore
    private HardMediumSoftLongScore score;

    public SessionPlan() {
    }

    public SessionPlan(long horizonId, LocalDate start, LocalDate end, PlanningRules rules,
                       List<ConsultingProfessional> professionals, List<SessionCabinet> cabinets,
                       List<ServedCollectivite> collectivites, List<Shift> shifts, List<DemandUnit> units) {
        this.horizonId = horizonId;
        this.start = start;
        this.end = end;
        this.rules = rules;
        this.professionals = professionals;
        this.cabinets = cabinets;
        this.collectivites = collectivites;
        this.shifts = shifts;
        this.units = units;
    }

    public long getHorizonId() { return horizonId; }
    /** First day of the horizon. */
    public LocalDate getStart() { return start; }
    /** Last day of the horizon, included. */
    public LocalDate getEnd() { return end; }
    public PlanningRules getRules() { return rules; }
    public List<ConsultingProfessional> getProfessionals() { return professionals; }
    public List<SessionCabinet> getCabinets() { return cabinets; }
    public List<ServedCollectivite> getCollectivites() { return collectivites; }
    public List<Shift> getShifts() { return shifts; }
    public List<DemandUnit> getUnits() { return units; }
    public HardMediumSoftLongScore getScore() { return score; }
    public void setScore(HardMediumSoftLongScore score) { this.score = score; }
}
