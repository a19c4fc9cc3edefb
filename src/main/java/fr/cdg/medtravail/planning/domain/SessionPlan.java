package fr.cdg.medtravail.planning.domain;

import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * One horizon's planning problem. Plain class: the persistence layer maps it from and to the database.
 */
@PlanningSolution
public class PlanningProblem {

    private long horizonId;
    @ProblemFactProperty
    private PlanningRules rules;
    @ProblemFactCollectionProperty
    private List<Professional> professionals;
    @ProblemFactCollectionProperty
    private List<Cabinet> cabinets;
    @ProblemFactCollectionProperty
    private List<Collectivite> collectivites;
    @ProblemFactCollectionProperty
    private List<Shift> shifts;
    @PlanningEntityCollectionProperty
    private List<DemandUnit> units;
    @PlanningScore
    private HardMediumSoftLongScore score;

    public PlanningProblem() {
    }

    public PlanningProblem(long horizonId, PlanningRules rules, List<Professional> professionals,
                           List<Cabinet> cabinets, List<Collectivite> collectivites, List<Shift> shifts,
                           List<DemandUnit> units) {
        this.horizonId = horizonId;
        this.rules = rules;
        this.professionals = professionals;
        this.cabinets = cabinets;
        this.collectivites = collectivites;
        this.shifts = shifts;
        this.units = units;
    }

    public long getHorizonId() { return horizonId; }
    public PlanningRules getRules() { return rules; }
    public List<Professional> getProfessionals() { return professionals; }
    public List<Cabinet> getCabinets() { return cabinets; }
    public List<Collectivite> getCollectivites() { return collectivites; }
    public List<Shift> getShifts() { return shifts; }
    public List<DemandUnit> getUnits() { return units; }
    public HardMediumSoftLongScore getScore() { return score; }
    public void setScore(HardMediumSoftLongScore score) { this.score = score; }
}
