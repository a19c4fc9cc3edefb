package fr.cdg.medtravail.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import fr.cdg.medtravail.calendar.FrenchCalendar;
import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.calendar.WeeklyHalfDay;
import fr.cdg.medtravail.directory.professional.Leave;
import fr.cdg.medtravail.statutory.domain.ApprovedDoctor;
import fr.cdg.medtravail.statutory.domain.Deadline;
import fr.cdg.medtravail.statutory.domain.StatutoryDeadlines;
import fr.cdg.medtravail.statutory.domain.StatutoryKind;

/** The delays of the convention MSC (article 2.3.3) counted in French working days. */
class StatutoryDeadlinesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final StatutoryDeadlines METROPOLITAN =
            new StatutoryDeadlines(FrenchCalendar.metropolitan(), LocalTime.of(17, 0), PARIS);
    private static final StatutoryDeadlines ALSACE_MOSELLE =
            new StatutoryDeadlines(FrenchCalendar.alsaceMoselle(), LocalTime.of(17, 0), PARIS);

    @ParameterizedTest(name = "{0}: received {1}, kind {2} → due {3}")
    @CsvSource(delimiter = '|', textBlock = """
            plain week                  | 2026-03-02 | 1  | 2026-03-09
            across a weekend            | 2026-03-05 | 1  | 2026-03-12
            received on a Saturday      | 2026-03-07 | 1  | 2026-03-16
            optional sick-leave control | 2026-03-05 | 12 | 2026-03-12
            other control, 10 days      | 2026-03-02 | 3  | 2026-03-16
            expertise, 15 days          | 2026-03-02 | 8  | 2026-03-23
            Easter Monday               | 2026-04-02 | 1  | 2026-04-10
            received on Easter Monday   | 2026-04-06 | 1  | 2026-04-14
            1 May                       | 2026-04-29 | 1  | 2026-05-07
            8 May                       | 2026-05-05 | 1  | 2026-05-13
            Ascension                   | 2026-05-12 | 1  | 2026-05-20
            Whit Monday                 | 2026-05-20 | 1  | 2026-05-28
            14 July                     | 2026-07-10 | 2  | 2026-07-27
            15 August                   | 2025-08-13 | 1  | 2025-08-21
            1 November                  | 2027-10-29 | 1  | 2027-11-08
            11 November                 | 2027-11-09 | 1  | 2027-11-17
            Christmas and New Year      | 2026-12-23 | 7  | 2027-01-15
            received on Christmas Day   | 2025-12-25 | 16 | 2026-01-12
            """)
    void metropolitanDeadlines(String label, LocalDate receivedOn, int kind, LocalDate dueOn) {
        assertThat(METROPOLITAN.dueOn(receivedOn, StatutoryKind.ofNumber(kind).orElseThrow())).isEqualTo(dueOn);
    }

    @Test
    void alsaceMoselleAlsoRestsOnGoodFriday() {
        var kind = StatutoryKind.SICK_LEAVE_OVER_6_MONTHS;
        assertThat(METROPOLITAN.dueOn(LocalDate.of(2026, 4, 2), kind)).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(ALSACE_MOSELLE.dueOn(LocalDate.of(2026, 4, 2), kind)).isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @ParameterizedTest(name = "received at {0} counts from {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-02T16:59:59 | 2026-03-02 | 2026-03-09
            2026-03-02T17:00:00 | 2026-03-03 | 2026-03-10
            2026-03-02T17:30:00 | 2026-03-03 | 2026-03-10
            2026-03-06T17:05:00 | 2026-03-07 | 2026-03-16
            2026-04-30T18:00:00 | 2026-05-01 | 2026-05-12
            """)
    void aReceiptAfterTheCutOffCountsFromTheNextDay(String localTime, LocalDate receivedOn, LocalDate dueOn) {
        Instant at = ZonedDateTime.of(LocalDateTime.parse(localTime), PARIS).toInstant();
        assertThat(METROPOLITAN.receivedOn(at)).isEqualTo(receivedOn);
        assertThat(METROPOLITAN.dueOn(receivedOn, StatutoryKind.SICK_LEAVE_OVER_6_MONTHS)).isEqualTo(dueOn);
    }

    @Test
    void daysOnWhichEveryDoctorIsOnLeaveDoNotCount() {
        var leave = new Leave(1, 1, Leave.Kind.LEAVE, LocalDate.of(2026, 3, 4), Half.AM, LocalDate.of(2026, 3, 5), Half.PM);
        var onLeave = new ApprovedDoctor(1, "Dr Morel", WeeklyHalfDay.parseAll("MON-AM MON-PM TUE-AM TUE-PM WED-AM WED-PM THU-AM THU-PM FRI-AM FRI-PM"), List.of(leave));

        var deadline = METROPOLITAN.deadline(LocalDate.of(2026, 3, 2), StatutoryKind.SICK_LEAVE_OVER_6_MONTHS, List.of(onLeave));

        assertThat(deadline.calendarDueOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(deadline.suspended()).extracting(Deadline.Suspension::day)
                .containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5));
        assertThat(deadline.suspended().get(0).reason()).isEqualTo("congé : Dr Morel");
    }

    @Test
    void aColleagueAtWorkKeepsTheDelayRunning() {
        var leave = new Leave(1, 1, Leave.Kind.LEAVE, LocalDate.of(2026, 3, 4), Half.AM, LocalDate.of(2026, 3, 5), Half.PM);
        var week = WeeklyHalfDay.parseAll("MON-AM TUE-AM WED-AM THU-AM FRI-AM");
        var doctors = List.of(new ApprovedDoctor(1, "Dr Morel", week, List.of(leave)),
                new ApprovedDoctor(2, "Dr Roux", WeeklyHalfDay.parseAll("THU-PM"), List.of()));

        var deadline = METROPOLITAN.deadline(LocalDate.of(2026, 3, 2), StatutoryKind.SICK_LEAVE_OVER_6_MONTHS, doctors);

        // Wednesday 4 is suspended; on Thursday 5 Dr Roux works in the afternoon.
        assertThat(deadline.suspended()).extracting(Deadline.Suspension::day).containsExactly(LocalDate.of(2026, 3, 4));
        assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void opinionsAndReportsFollowTheVisit() {
        assertThat(METROPOLITAN.opinionDueOn(LocalDate.of(2026, 5, 13))).isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(METROPOLITAN.reportDueOn(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    /** Generated cases (fixed seed): the arithmetic of working days. */
    static Stream<int[]> generatedCases() {
        var random = new Random(20260504L);
        return Stream.generate(() -> new int[] {random.nextInt(365 * 15), random.nextInt(40), random.nextInt(40)})
                .limit(500);
    }

    @ParameterizedTest
    @MethodSource("generatedCases")
    void addingNThenMWorkingDaysIsAddingNPlusMAndLandsOnAWorkingDay(int[] generated) {
        for (var calendar : List.of(FrenchCalendar.metropolitan(), FrenchCalendar.alsaceMoselle())) {
            var any = LocalDate.of(2020, 1, 1).plusDays(generated[0]);
            int n = generated[1];
            int m = generated[2];
            var working = calendar.addWorkingDays(any, 0);
            assertThat(calendar.isWorkingDay(working)).isTrue();
            assertThat(calendar.addWorkingDays(calendar.addWorkingDays(working, n), m))
                    .isEqualTo(calendar.addWorkingDays(working, n + m));
            var result = calendar.addWorkingDays(any, n);
            assertThat(calendar.isWorkingDay(result)).isTrue();
            assertThat(result).isAfterOrEqualTo(any);
            assertThat(Set.of(6, 7)).doesNotContain(result.getDayOfWeek().getValue());
        }
    }
}
