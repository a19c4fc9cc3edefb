package fr.cdg.medtravail.planning.domain;

import java.util.EnumSet;
import java.util.Set;

import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * Up to one half-day of visits owed to a collectivité, held by one of the kinds of professional allowed for them
 * (the preferred one when it can). Units of several collectivités assigned to the same slot form one shared session.
 * {@code slot == null} means the demand stays unmet.
 */
@PlanningEntity
public class DemandUnit {

    @PlanningId
    private long id;
    private ServedCollectivite collectivite;
    private Set<ProfessionalKind> allowedKinds;
    private ProfessionalKind preferredKind;
    private VisitReason reason;
    private int minutes;
    /** 1 (adjustment) … 4 (overdue or mandatory); unmet demand costs minutes × 4^(priority-1). */
    private int priority;
    /** Candidate slots: allowed kind, cabinet reachable within the limit, after the notice date (shared lists). */
    private CandidateSlots candidateSlots;
    /** Assignment stored before this run (draft or published), to penalise changes and enforce notice. */
    private Slot originalSlot;
    /** Whether {@link #originalSlot} was announced to the collectivité: only then may notice forbid undoing it. */
    private boolean originalPublished;
    @PlanningPin
    private boolean pinned;
    @PlanningVariable(valueRangeProviderRefs = "candidateSlots", nullable = true)
    private Slot slot;

    public DemandUnit() {
    }

    public DemandUnit(long id, ServedCollectivite collectivite, Set<ProfessionalKind> allowedKinds,
                      ProfessionalKind preferredKind, VisitReason reason, int minutes, int priority,
                      CandidateSlots candidateSlots) {
        this.id = id;
        this.collectivite = collectivite;
        this.allowedKinds = EnumSet.copyOf(allowedKinds);
        this.preferredKind = preferredKind;
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

    public boolean mayBeHeldBy(ProfessionalKind kind) {
        return allowedKinds.contains(kind);
    }

    /** A doctor may see the agents of a first hiring visit only in person (DOMAIN.md, teleconsultation). */
    public boolean mayUseTeleconsultation() {
        return reason != VisitReason.HIRING && allowedKinds.contains(ProfessionalKind.OCCUPATIONAL_DOCTOR);
    }

    /** Held by a professional of the preferred kind, or not held at all. */
    public boolean isHeldByPreferredKind() {
        return slot == null || slot.professional().kind() == preferredKind;
    }

    public boolean isChanged() {
        return originalSlot != null && !originalSlot.equals(slot);
    }

    public long getId() { return id; }
    public ServedCollectivite getCollectivite() { return collectivite; }
    public Set<ProfessionalKind> getAllowedKinds() { return allowedKinds; }
    public ProfessionalKind getPreferredKind() { return preferredKind; }
    public VisitReason getReason() { return reason; }
    public int getMinutes() { return minutes; }
    public int getPriority() { return priority; }
    public void setCandidateSlots(CandidateSlots candidateSlots) { this.candidateSlots = candidateSlots; }
    public Slot getOriginalSlot() { return originalSlot; }
    public void setOriginalSlot(Slot originalSlot) { this.originalSlot = originalSlot; }
    public boolean isOriginalPublished() { return originalPublished; }
    public void setOriginalPublished(boolean originalPublished) { this.originalPublished = originalPublished; }
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
        return collectivite + "/" + allowedKinds + "#" + id;
    }
}
