package fr.cdg.medtravail.booking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The clock times of a session: its half-day opens at the cabinet's hours and its capacity runs from the opening,
 * never past the closing time (a session planned for more minutes than the half-day holds is cut at closing).
 */
public record SessionHours(TimeRange span) {

    public static SessionHours of(LocalDate date, OpeningHours hours, int capacityMinutes) {
        var start = date.atTime(hours.opens());
        var end = start.plusMinutes(capacityMinutes);
        var closing = date.atTime(hours.closes());
        return new SessionHours(new TimeRange(start, end.isAfter(closing) ? closing : end));
    }

    /** Whether a visit of that range fits the session's hours. */
    public boolean fits(TimeRange visit) {
        return span.contains(visit);
    }

    /** The stretches not taken by {@code taken}, in time order. */
    public List<TimeRange> free(List<TimeRange> taken) {
        var free = new ArrayList<TimeRange>();
        var cursor = span.start();
        for (var range : taken.stream().sorted(Comparator.comparing(TimeRange::start)).toList()) {
            if (range.start().isAfter(cursor)) {
                free.add(new TimeRange(cursor, range.start().isAfter(span.end()) ? span.end() : range.start()));
            }
            if (range.end().isAfter(cursor)) {
                cursor = range.end();
            }
            if (!cursor.isBefore(span.end())) {
                return free;
            }
        }
        if (cursor.isBefore(span.end())) {
            free.add(new TimeRange(cursor, span.end()));
        }
        return free;
    }
}
