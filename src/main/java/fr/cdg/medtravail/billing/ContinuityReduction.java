package fr.cdg.medtravail.billing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * MEDPREV article 2: when the sector's professional is absent more than 3 months and no continuity of service was
 * given, the fee is reduced pro rata of the absence. Absences that touch or overlap are one absence; an absence
 * counts when it lasts more than 3 calendar months and no session was held for the collectivité during it. The
 * reduction is the share of the year's days it covers.
 */
public final class ContinuityReduction {

    /** A leave, both days included. */
    public record Span(LocalDate from, LocalDate to) {
    }

    private ContinuityReduction() {
    }

    /** Days of the year covered by long absences without continuity. */
    public static int uncoveredDays(int year, Collection<Span> leaves, Set<LocalDate> sessionsHeld) {
        var first = LocalDate.of(year, 1, 1);
        var last = LocalDate.of(year, 12, 31);
        int days = 0;
        for (var span : merged(leaves)) {
            boolean longAbsence = span.to().isAfter(span.from().plusMonths(3).minusDays(1));
            boolean continuity = sessionsHeld.stream().anyMatch(d -> !d.isBefore(span.from()) && !d.isAfter(span.to()));
            if (longAbsence && !continuity && !span.to().isBefore(first) && !span.from().isAfter(last)) {
                var from = span.from().isBefore(first) ? first : span.from();
                var to = span.to().isAfter(last) ? last : span.to();
                days += (int) ChronoUnit.DAYS.between(from, to) + 1;
            }
        }
        return days;
    }

    private static List<Span> merged(Collection<Span> leaves) {
        var sorted = leaves.stream().sorted(Comparator.comparing(Span::from)).toList();
        var merged = new ArrayList<Span>();
        for (var span : sorted) {
            var previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && !span.from().isAfter(previous.to().plusDays(1))) {
                merged.set(merged.size() - 1,
                        new Span(previous.from(), span.to().isAfter(previous.to()) ? span.to() : previous.to()));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
