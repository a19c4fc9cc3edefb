package fr.cdg.medtravail.statutory.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * When a visit is due: {@code dueOn} counts the convention's working days from {@code receivedOn}, skipping the
 * {@code suspended} days on which no approved doctor worked because of leave; {@code calendarDueOn} is the same count
 * on the calendar alone.
 */
public record Deadline(LocalDate receivedOn, LocalDate calendarDueOn, LocalDate dueOn, List<Suspension> suspended) {

    public Deadline {
        suspended = List.copyOf(suspended);
    }

    /** A working day that did not count, and why. */
    public record Suspension(LocalDate day, String reason) {
    }
}
