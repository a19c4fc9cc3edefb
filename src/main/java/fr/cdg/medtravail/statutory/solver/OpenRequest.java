package fr.cdg.medtravail.statutory.solver;

import java.time.LocalDate;
import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A request without a confirmed appointment. Its candidates already respect the deadline, the doctors' patterns and
 * leaves, the opening of places and the travel limit; {@code placement == null} means no appointment in time.
 */
@PlanningEntity
public class OpenRequest {

    /** An unplaced mandatory request weighs more than any number of optional ones in one solve. */
    static final long MANDATORY_WEIGHT = 100_000;

    @PlanningId
    private long id;
    private boolean mandatory;
    private LocalDate receivedOn;
    private LocalDate dueOn;
    private int minutes;
    private List<Placement> candidates;
    @PlanningVariable(valueRangeProviderRefs = "candidates", nullable = true)
    private Placement placement;

    public OpenRequest() {
    }

    public OpenRequest(long id, boolean mandatory, LocalDate receivedOn, LocalDate dueOn, int minutes,
                       List<Placement> candidates) {
        this.id = id;
        this.mandatory = mandatory;
        this.receivedOn = receivedOn;
        this.dueOn = dueOn;
        this.minutes = minutes;
        this.candidates = candidates;
    }

    @ValueRangeProvider(id = "candidates")
    public List<Placement> getCandidates() {
        return candidates;
    }

    public long unplacedWeight() {
        return mandatory ? MANDATORY_WEIGHT : 1;
    }

    /** Days between receipt and visit: sooner is better, for mandatory requests first. */
    public long waitingDays() {
        return placement == null ? 0 : placement.halfDay().date().toEpochDay() - receivedOn.toEpochDay();
    }

    public long getId() { return id; }
    public boolean isMandatory() { return mandatory; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public int getMinutes() { return minutes; }
    public Placement getPlacement() { return placement; }
    public void setPlacement(Placement placement) { this.placement = placement; }

    public DoctorHalfDay getDoctorHalfDay() {
        return placement == null ? null : placement.doctorHalfDay();
    }

    @Override
    public String toString() {
        return "request#" + id;
    }
}
