package fr.cdg.medtravail.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import fr.cdg.medtravail.calendar.FrenchCalendar;
import org.junit.jupiter.api.Test;

/** The 48-hour, 15-day and 8-working-day rules at their boundaries. */
class BookingRulesTest {

    private static final LocalDateTime VISIT = LocalDateTime.of(2027, 3, 10, 9, 0);

    @Test
    void anAbsenceAnnouncedFortyEightHoursAheadIsJustifiedOneMinuteLessIsNot() {
        assertThat(BookingRules.announcedInTime(VISIT, VISIT.minusHours(48))).isTrue();
        assertThat(BookingRules.announcedInTime(VISIT, VISIT.minusHours(47).minusMinutes(59))).isFalse();
        assertThat(BookingRules.announcedInTime(VISIT, VISIT.minusDays(10))).isTrue();
    }

    @Test
    void minutesGivenBackFifteenDaysAheadReturnToThePoolFourteenDaysAheadDoNot() {
        var session = LocalDate.of(2027, 3, 20);
        assertThat(BookingRules.earlyRelease(session, session.minusDays(15))).isTrue();
        assertThat(BookingRules.earlyRelease(session, session.minusDays(14))).isFalse();
        assertThat(BookingRules.earlyRelease(session, session.minusDays(40))).isTrue();
    }

    @Test
    void theWarningCoversSessionsUpToFifteenDaysAhead() {
        assertThat(BookingRules.warningHorizon(LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2027, 3, 16));
    }

    @Test
    void theCertificateIsDueEightWorkingDaysAfterTheVisit() {
        // Friday 30 April 2027: two weekends and Ascension (Thursday 6 May) are not working days.
        assertThat(BookingRules.certificateDue(LocalDate.of(2027, 4, 30), FrenchCalendar.metropolitan()))
                .isEqualTo(LocalDate.of(2027, 5, 13));
    }
}
