package fr.cdg.medtravail.booking;

import java.time.Duration;
import java.time.LocalDateTime;

/** A stretch of time, start included, end excluded (as the database's tsrange). */
public record TimeRange(LocalDateTime start, LocalDateTime end) {

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public int minutes() {
        return (int) Duration.between(start, end).toMinutes();
    }
}
