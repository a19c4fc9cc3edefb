package fr.cdg.medtravail.statutory.solver;

import java.util.HashSet;
import java.util.Set;

import fr.cdg.medtravail.calendar.DatedHalfDay;

/** A place open on a half-day, with its rooms and the doctors confirmed appointments already put there. */
public record PlaceHalfDay(long cabinetId, DatedHalfDay halfDay, int rooms, Set<Long> pinnedDoctors) {

    public PlaceHalfDay {
        pinnedDoctors = Set.copyOf(pinnedDoctors);
    }

    /** Rooms taken by these doctors together with the pinned ones. */
    public int roomsTakenWith(Set<Long> doctors) {
        var all = new HashSet<>(pinnedDoctors);
        all.addAll(doctors);
        return all.size();
    }
}
