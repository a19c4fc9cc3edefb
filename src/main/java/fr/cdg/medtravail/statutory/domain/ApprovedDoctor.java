package fr.cdg.medtravail.statutory.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.calendar.WeeklyHalfDay;
import fr.cdg.medtravail.directory.professional.Leave;

/** An approved doctor (médecin agréé) as statutory work sees them: weekly pattern and leaves from the directory. */
public record ApprovedDoctor(long id, String name, Set<WeeklyHalfDay> weeklyHalfDays, List<Leave> leaves) {

    public ApprovedDoctor {
        weeklyHalfDays = Set.copyOf(weeklyHalfDays);
        leaves = List.copyOf(leaves);
    }

    /** Whether the half-day is in the doctor's weekly pattern (holidays aside). */
    public boolean scheduled(LocalDate day, Half half) {
        return day.getDayOfWeek().getValue() <= 6 && weeklyHalfDays.contains(new WeeklyHalfDay(day.getDayOfWeek(), half));
    }

    public boolean onLeave(LocalDate day, Half half) {
        return leaves.stream().anyMatch(leave -> leave.covers(day, half));
    }

    public boolean works(LocalDate day, Half half) {
        return scheduled(day, half) && !onLeave(day, half);
    }
}
