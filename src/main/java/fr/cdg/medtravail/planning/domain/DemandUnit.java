package fr.cdg.medtravail.planning.domain;

import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * Up to one half-day of visits owed to a collectivité by one kind of professional. Units of several collectivités
 * assigned to the same slot form one shared session. {@code slot == null} means the demand stays unmet.
 */
@PlanningEntity
public class DemandUnit {

    @PlanningId
    private long id;
    private ServedCollectivite collectivite;
    private ProfessionalKind kind;
    private VisitReason reason;
    private int minutes;
    /** 1 (adjustment) … 4 (overdue or mandatory); unmet demand costs minutes × 4^(priority-1). */
    private int priority;
    /** Candidate slots: right kind, cabinet reachable within the limit, after the notice date (shared lists). */
    private CandidateSlots candidateSlots;
    /** Assignment stored before this run (draft or published), to penalise changes and enforce notice. */
    private Slot originalSlot;
    @PlanningPin
    private boolean pinned;
    @PlanningVariable(valueRangeProviderRefs = "candidateSlots", nullable = true)
    private Slot slot;

    public DemandUnit() {
    }

    public DemandUnit(long id, ServedCollectivite collectivite, ProfessionalKind kind, VisitReason reason, int minutes,
                      int priority, CandidateSlots candidateSlots) {
        this.id = id;
        this.collectivite = collectivite;
        this.kind = kind;
        this.reason = reason;
        this.minutes = minutes;
        this.priority = priority;
        this.candidateSlots = candidateSlots;
    }

    @ValueRangeProvider(id = "candidateSlots")
    public CandidateSlots getCandidateSlots() {
        return candidateSlots;
    }

    public long unmetWeight() {
        return (long) minutes << (2 * (priority - 1));
    }

    public boolean isAssigned() {
        return slot != null;
    }

    public boolean isChanged() {
        return originalSlot != null && !originalSlot.equals(slot);
    }

    public long getId() { return id; }
    public ServedCollectivite getCollectivite() { return collectivite; }
    public ProfessionalKind getKind() { return kind; }
    public VisitReason getReason() { return reason; }
    public int getMinutes() { return minutes; }
    public int getPriority() { return priority; }
    public Slot getOriginalSlot() { return originalSlot; }
    public void setOriginalSlot(Slot originalSlot) { this.originalSlot = originalSlot; }
    public boolean isPinned() { return pinned; }
    public void setPinned(boolean pinned) { this.pinned = pinned; }
    public Slot getSlot() { return slot; }
    public void setSlot(Slot slot) { this.slot = slot; }

    public Shift getShift() {
        return slot == null ? null : slot.shift();
    }

    public SessionCabinet getCabinet() {
        return slot == null ? null : slot.cabinet();
    }

    @Override
    public String toString() {
        return collectivite + "/" + kind + "#" + id;
    }
}
