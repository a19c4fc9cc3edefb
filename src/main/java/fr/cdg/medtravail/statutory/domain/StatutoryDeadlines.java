package fr.cdg.medtravail.statutory.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.cdg.medtravail.calendar.FrenchCalendar;
import fr.cdg.medtravail.calendar.Half;

/**
 * The delays of the convention MSC (article 2.3.3) in French working days. Written once: the API, the planner and
 * the screens all ask this class.
 */
public final class StatutoryDeadlines {

    /** Opinions go to the collectivité within 2 working days of the visit. */
    public static final int OPINION_WORKING_DAYS = 2;
    /** Expertise reports within 20 working days of the visit. */
    public static final int REPORT_WORKING_DAYS = 20;

    private final FrenchCalendar calendar;
    private final LocalTime cutOff;
    private final ZoneId zone;

    public StatutoryDeadlines(FrenchCalendar calendar, LocalTime cutOff, ZoneId zone) {
        this.calendar = calendar;
        this.cutOff = cutOff;
        this.zone = zone;
    }

    public FrenchCalendar calendar() {
        return calendar;
    }

    /** The day a request counts as received: after the cut-off hour, the next day. */
    public LocalDate receivedOn(Instant receivedAt) {
        var local = receivedAt.atZone(zone);
        return local.toLocalTime().isBefore(cutOff) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
    }

    /** The due date on the calendar alone (what the secretariat answers on the phone). */
    public LocalDate dueOn(LocalDate receivedOn, StatutoryKind kind) {
        return calendar.addWorkingDays(receivedOn, kind.delayWorkingDays());
    }

    /**
     * The due date once the days on which every approved doctor who would have worked was on leave are left out
     * ("these delays do not hold while the doctors are on leave").
     */
    public Deadline deadline(LocalDate receivedOn, StatutoryKind kind, Collection<ApprovedDoctor> doctors) {
        var suspended = new ArrayList<Deadline.Suspension>();
        var day = calendar.addWorkingDays(receivedOn, 0);
        int counted = 0;
        while (counted < kind.delayWorkingDays()) {
            day = calendar.addWorkingDays(day, 1);
            var reason = suspension(day, doctors);
            if (reason.isPresent()) {
                suspended.add(new Deadline.Suspension(day, reason.get()));
            } else {
                counted++;
            }
        }
        return new Deadline(receivedOn, dueOn(receivedOn, kind), day, suspended);
    }

    /**
     * Why a working day does not count: the doctors whose pattern includes it are all on leave then. A day outside
     * every pattern counts (part-time is not leave).
     */
    public Optional<String> suspension(LocalDate day, Collection<ApprovedDoctor> doctors) {
        var due = doctors.stream().filter(d -> d.scheduled(day, Half.AM) || d.scheduled(day, Half.PM)).toList();
        if (due.isEmpty() || due.stream().anyMatch(d -> d.works(day, Half.AM) || d.works(day, Half.PM))) {
            return Optional.empty();
        }
        return Optional.of("congé : " + due.stream().map(ApprovedDoctor::name).collect(Collectors.joining(", ")));
    }

    public LocalDate opinionDueOn(LocalDate visitedOn) {
        return calendar.addWorkingDays(visitedOn, OPINION_WORKING_DAYS);
    }

    public LocalDate reportDueOn(LocalDate visitedOn) {
        return calendar.addWorkingDays(visitedOn, REPORT_WORKING_DAYS);
    }
}
