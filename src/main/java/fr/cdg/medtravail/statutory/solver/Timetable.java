package fr.cdg.medtravail.statutory.solver;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.cdg.medtravail.calendar.DatedHalfDay;
import fr.cdg.medtravail.calendar.Half;

/**
 * The hours of a doctor's statutory half-day (9:00–12:30, 13:30–17:00) and the start of each visit in it: confirmed
 * visits keep theirs, new ones take the first gap long enough.
 */
public final class Timetable {

    public static final int HALF_DAY_MINUTES = 210;
    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final LocalTime AFTERNOON = LocalTime.of(13, 30);

    private final List<LocalDateTime[]> busy = new ArrayList<>();
    private final LocalDateTime start;

    public Timetable(DatedHalfDay halfDay) {
        this.start = halfDay.date().atTime(halfDay.half() == Half.AM ? MORNING : AFTERNOON);
    }

    public static DatedHalfDay halfDayOf(LocalDateTime startsAt) {
        return new DatedHalfDay(startsAt.toLocalDate(), startsAt.toLocalTime().isBefore(LocalTime.NOON.plusHours(1)) ? Half.AM : Half.PM);
    }

    public void book(LocalDateTime from, int minutes) {
        busy.add(new LocalDateTime[] {from, from.plusMinutes(minutes)});
        busy.sort(Comparator.comparing(interval -> interval[0]));
    }

    /** Books and answers the earliest start with {@code minutes} free (after the last visit when no gap is long enough). */
    public LocalDateTime bookFirstGap(int minutes) {
        var at = start;
        for (var interval : busy) {
            if (!at.plusMinutes(minutes).isAfter(interval[0])) {
                break;
            }
            at = at.isAfter(interval[1]) ? at : interval[1];
        }
        book(at, minutes);
        return at;
    }
}
