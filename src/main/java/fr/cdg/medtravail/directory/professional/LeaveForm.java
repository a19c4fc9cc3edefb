package fr.cdg.medtravail.directory.professional;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.springframework.modulith.NamedInterface;

import fr.cdg.medtravail.calendar.Half;

@NamedInterface("professional")
public record LeaveForm(@NotNull Leave.Kind kind, @NotNull LocalDate startDate, @NotNull Half startHalf,
                        @NotNull LocalDate endDate, @NotNull Half endHalf) {

    @AssertTrue(message = "{medtravail.leave.end}")
    boolean isEndDate() {
        return startDate == null || startHalf == null || endDate == null || endHalf == null
                || ordinal(endDate, endHalf) >= ordinal(startDate, startHalf);
    }

    boolean overlaps(Leave other) {
        return ordinal(startDate, startHalf) <= ordinal(other.endDate(), other.endHalf())
                && ordinal(other.startDate(), other.startHalf()) <= ordinal(endDate, endHalf);
    }

    /** Half-days counted from the epoch: comparable positions in time. */
    static long ordinal(LocalDate day, Half half) {
        return day.toEpochDay() * 2 + half.ordinal();
    }
}
