package fr.cdg.medtravail.statutory.solver;

import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The open requests of one solve, with the doctors' half-days and places they may take (confirmed ones pinned in). */
@PlanningSolution
public class StatutoryPlan {

    @ProblemFactCollectionProperty
    private List<DoctorHalfDay> doctorHalfDays;
    @ProblemFactCollectionProperty
    private List<PlaceHalfDay> placeHalfDays;
    @PlanningEntityCollectionProperty
    private List<OpenRequest> requests;
    @PlanningScore
    private HardMediumSoftLongScore score;

    public StatutoryPlan() {
    }

    public StatutoryPlan(List<DoctorHalfDay> doctorHalfDays, List<PlaceHalfDay> placeHalfDays, List<OpenRequest> requests) {
        this.doctorHalfDays = doctorHalfDays;
        this.placeHalfDays = placeHalfDays;
        this.requests = requests;
    }

    public List<DoctorHalfDay> getDoctorHalfDays() { return doctorHalfDays; }
    public List<PlaceHalfDay> getPlaceHalfDays() { return placeHalfDays; }
    public List<OpenRequest> getRequests() { return requests; }
    public HardMediumSoftLongScore getScore() { return score; }
    public void setScore(HardMediumSoftLongScore score) { this.score = score; }
}
