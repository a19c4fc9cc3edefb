package fr.cdg.medtravail.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import fr.cdg.medtravail.calendar.Half;
import org.junit.jupiter.api.Test;

/** Clock times of a session: opening hours, capacity, free times. */
class SessionHoursTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 10);

    private static LocalDateTime at(int hour, int minute) {
        return DAY.atTime(hour, minute);
    }

    @Test
    void defaultHalfDaysOpenAtHalfPastEightAndHalfPastOne() {
        var settings = BookingSettings.defaults();
        assertThat(settings.hours(Half.AM)).isEqualTo(OpeningHours.parse("08:30-12:00"));
        assertThat(settings.hours(Half.PM)).isEqualTo(OpeningHours.parse("13:30-17:00"));
        assertThat(settings.minutes(fr.cdg.medtravail.visits.VisitKind.RETURN)).isEqualTo(45);
    }

    @Test
    void theCapacityRunsFromTheOpeningAndStopsAtClosing() {
        var morning = OpeningHours.parse("08:30-12:00");
        assertThat(SessionHours.of(DAY, morning, 180).span()).isEqualTo(new TimeRange(at(8, 30), at(11, 30)));
        assertThat(SessionHours.of(DAY, morning, 300).span()).isEqualTo(new TimeRange(at(8, 30), at(12, 0)));
        assertThat(SessionHours.of(DAY, OpeningHours.parse("09:00-12:30"), 210).span())
                .isEqualTo(new TimeRange(at(9, 0), at(12, 30)));
    }

    @Test
    void aVisitFitsOnlyInsideTheSession() {
        var hours = SessionHours.of(DAY, OpeningHours.parse("08:30-12:00"), 210);
        assertThat(hours.fits(new TimeRange(at(8, 30), at(9, 0)))).isTrue();
        assertThat(hours.fits(new TimeRange(at(11, 30), at(12, 0)))).isTrue();
        assertThat(hours.fits(new TimeRange(at(11, 45), at(12, 15)))).isFalse();
        assertThat(hours.fits(new TimeRange(at(8, 0), at(8, 30)))).isFalse();
    }

    @Test
    void freeTimesAreTheGapsBetweenTakenTimes() {
        var hours = SessionHours.of(DAY, OpeningHours.parse("08:30-12:00"), 210);
        var free = hours.free(List.of(new TimeRange(at(9, 0), at(9, 30)), new TimeRange(at(8, 30), at(9, 0)),
                new TimeRange(at(10, 0), at(10, 45))));
        assertThat(free).containsExactly(new TimeRange(at(9, 30), at(10, 0)), new TimeRange(at(10, 45), at(12, 0)));
        assertThat(hours.free(List.of())).containsExactly(hours.span());
        assertThat(hours.free(List.of(hours.span()))).isEmpty();
    }

    @Test
    void openingHoursAreWrittenFromTo() {
        assertThatThrownBy(() -> OpeningHours.parse("8h30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpeningHours.parse("12:00-08:30")).isInstanceOf(IllegalArgumentException.class);
    }
}
