package fr.cdg.medtravail.planning.domain;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;

/**
 * A unit's value range: slots of an allowed kind (the preferred kind's first) at its candidate cabinets, open,
 * available, not before the notice date; teleconsultation cabinets only with a doctor. Swap moves ask whether a slot
 * is in the other unit's range; a list would answer in linear time over tens of thousands of slots, and a hash set
 * per range costs hundreds of MB, so membership is decided by the same rule that built the list. Implements
 * OptaPlanner's public {@link CountableValueRange}.
 */
public final class CandidateSlots implements CountableValueRange<Slot> {

    private final List<Slot> slots;
    private final Set<ProfessionalKind> kinds;
    private final Set<Long> cabinetIds;
    private final LocalDate noticeDate;

    public CandidateSlots(List<Slot> slots, Set<ProfessionalKind> kinds, Set<Long> cabinetIds, LocalDate noticeDate) {
        this.slots = slots;
        this.kinds = kinds;
        this.cabinetIds = cabinetIds;
        this.noticeDate = noticeDate;
    }

    /** In order: preferred kind first, then half-day, professional, cabinet (first fit walks them in this order). */
    public List<Slot> slots() {
        return slots;
    }

    /** The cabinets the unit may be seen at (reachable within the travel limit, teleconsultation when allowed). */
    public Set<Long> cabinetIds() {
        return cabinetIds;
    }

    @Override
    public boolean contains(Slot slot) {
        return slot != null && kinds.contains(slot.professional().kind()) && cabinetIds.contains(slot.cabinet().id())
                && offered(slot, noticeDate);
    }

    /**
     * Whether a slot may be offered to any unit: the professional available, not before the notice date, the cabinet
     * open, a teleconsultation cabinet only with a doctor. The candidate lists are built with it.
     */
    public static boolean offered(Slot slot, LocalDate noticeDate) {
        return slot.shift().available() && !slot.halfDay().date().isBefore(noticeDate)
                && slot.cabinet().isOpen(slot.halfDay())
                && (!slot.cabinet().teleconsultation()
                || slot.professional().kind() == ProfessionalKind.OCCUPATIONAL_DOCTOR);
    }

    @Override
    public long getSize() {
        return slots.size();
    }

    @Override
    public Slot get(long index) {
        return slots.get((int) index);
    }

    @Override
    public boolean isEmpty() {
        return slots.isEmpty();
    }

    @Override
    public Iterator<Slot> createOriginalIterator() {
        return slots.iterator();
    }

    @Override
    public Iterator<Slot> createRandomIterator(Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !slots.isEmpty();
            }

            @Override
            public Slot next() {
                return slots.get(random.nextInt(slots.size()));
            }
        };
    }
}
