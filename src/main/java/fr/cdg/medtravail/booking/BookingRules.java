package fr.cdg.medtravail.booking;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import fr.cdg.medtravail.calendar.FrenchCalendar;

/**
 * The convention's deadlines around an appointment (004_eed9b1a805c65280.txt, convention MEDPREV, article 3;
 * DOMAIN.md "The référent", "Absences"), written once for the API, the screens, the jobs and the tests.
 */
public final class BookingRules {

    /** Sessions are held, and their times written, in French local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    /** An absence announced at least this long before the visit is justified; a later one is billed. */
    public static final Duration ABSENCE_NOTICE = Duration.ofHours(48);
    /** Reserved minutes given back at least this many calendar days ahead return to the pool. */
    public static final int RELEASE_NOTICE_DAYS = 15;
    /** The employer's certificate is available within this many working days of the visit. */
    public static final int CERTIFICATE_WORKING_DAYS = 8;

    private BookingRules() {
    }

    /** Whether a cancellation or an announced absence at {@code when} came at least 48 hours before {@code start}. */
    public static boolean announcedInTime(LocalDateTime start, LocalDateTime when) {
        return !when.isAfter(start.minus(ABSENCE_NOTICE));
    }

    /** Whether minutes given back on {@code day} for a session on {@code sessionDate} return to the pool. */
    public static boolean earlyRelease(LocalDate sessionDate, LocalDate day) {
        return !day.isAfter(sessionDate.minusDays(RELEASE_NOTICE_DAYS));
    }

    /** The last session day for which a reserve still empty on {@code today} earns the référent a warning. */
    public static LocalDate warningHorizon(LocalDate today) {
        return today.plusDays(RELEASE_NOTICE_DAYS);
    }

    /** The day by which the certificate of a visit held on {@code heldOn} is due to the référent. */
    public static LocalDate certificateDue(LocalDate heldOn, FrenchCalendar calendar) {
        return calendar.addWorkingDays(heldOn, CERTIFICATE_WORKING_DAYS);
    }
}
