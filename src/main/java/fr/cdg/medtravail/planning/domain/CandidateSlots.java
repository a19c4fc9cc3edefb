package fr.cdg.medtravail.planning.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import org.optaplanner.core.impl.domain.valuerange.buildin.collection.ListValueRange;

/**
 * A unit's value range: slots of its kind at its candidate cabinets, open, available, not before the notice date.
 * Swap moves ask whether a slot is in the other unit's range; a list would answer in linear time over tens of
 * thousands of slots, and a hash set per range costs hundreds of MB, so membership is decided by the same rule
 * that built the list.
 */
public final class CandidateSlots extends ListValueRange<Slot> {

    private final List<Slot> slots;
    private final ProfessionalKind kind;
    private final Set<Long> cabinetIds;
    private final LocalDate noticeDate;

    public CandidateSlots(List<Slot> slots, ProfessionalKind kind, Set<Long> cabinetIds, LocalDate noticeDate) {
        super(slots);
        this.slots = slots;
        this.kind = kind;
        this.cabinetIds = cabinetIds;
        this.noticeDate = noticeDate;
    }

    /** In order: half-day, professional, cabinet (first fit walks them in this order). */
    public List<Slot> slots() {
        return slots;
    }

    @Override
    public boolean contains(Slot slot) {
        return slot != null && slot.professional().kind() == kind && cabinetIds.contains(slot.cabinet().id())
                && slot.shift().available() && !slot.halfDay().date().isBefore(noticeDate)
                && slot.cabinet().isOpen(slot.halfDay());
    }
}
