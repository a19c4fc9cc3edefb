package fr.cdg.medtravail.planning.domain;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.cdg.medtravail.calendar.DatedHalfDay;
import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.calendar.WeeklyHalfDay;

/**
 * A place where sessions are held. {@code openings} holds (day of week × 2 + PM?1:0) keys of its weekly opening.
 * Teleconsultation cabinets have no position ({@code latitude} null). {@code minutesToCabinet} holds estimated
 * trips to the other cabinets.
 */
public record SessionCabinet(long id, String code, int rooms, Set<Integer> openings, Double latitude,
                             Double longitude, Long ownerCollectiviteId, Map<Long, Integer> minutesToCabinet) {

    /** A video consultation room: no position, no travel for the collectivité, a doctor's only. */
    public boolean teleconsultation() {
        return latitude == null;
    }

    /** Estimated trip to another cabinet (lunch-break moves); 0 for the same cabinet or a teleconsultation. */
    public int minutesTo(SessionCabinet other) {
        return id == other.id ? 0 : minutesToCabinet.getOrDefault(other.id, 0);
    }

    public static int openingKey(int dayOfWeek, Half part) {
        return dayOfWeek * 2 + part.ordinal();
    }

    /** Keys of the weekly opening half-days: one integer per half-day, cheap to look up in the solver's loops. */
    public static Set<Integer> openingKeys(Set<WeeklyHalfDay> halfDays) {
        return halfDays.stream().map(h -> openingKey(h.day().getValue(), h.half())).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isOpen(DatedHalfDay halfDay) {
        return openings.contains(openingKey(halfDay.dayOfWeek(), halfDay.half()));
    }

    @Override
    public String toString() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionCabinet c && c.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
