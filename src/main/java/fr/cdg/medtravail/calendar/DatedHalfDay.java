package fr.cdg.medtravail.calendar;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** A morning or an afternoon of a given date. */
public record DatedHalfDay(LocalDate date, Half half) implements Comparable<DatedHalfDay> {

    public int dayOfWeek() {
        return date.getDayOfWeek().getValue();
    }

    /** ISO week-based key (year × 100 + week), for spreading and the board. */
    public int weekKey() {
        return date.get(IsoFields.WEEK_BASED_YEAR) * 100 + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** Consecutive half-days get consecutive hashes: no collisions in maps keyed by half-day or shift. */
    @Override
    public int hashCode() {
        return (int) (date.toEpochDay() * 2 + half.ordinal());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatedHalfDay h && h.date.equals(date) && h.half == half;
    }

    @Override
    public int compareTo(DatedHalfDay other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : half.compareTo(other.half);
    }

    @Override
    public String toString() {
        return date + " " + half;
    }
}
