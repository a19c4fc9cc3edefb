package fr.cdg.medtravail.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchCalendarTest {

    private final FrenchCalendar calendar = FrenchCalendar.metropolitan();

    @ParameterizedTest
    @CsvSource({"2000-04-23", "2008-03-23", "2011-04-24", "2019-04-21", "2024-03-31", "2025-04-20", "2026-04-05",
            "2027-03-28", "2038-04-25"})
    void computesEasterSunday(LocalDate easter) {
        assertThat(FrenchCalendar.easterSunday(easter.getYear())).isEqualTo(easter);
    }

    @Test
    void listsTheElevenHolidaysOf2026WithEasterBasedOnes() {
        assertThat(calendar.holidays(2026)).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 8),
                LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 7, 14),
                LocalDate.of(2026, 8, 15), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11),
                LocalDate.of(2026, 12, 25));
    }

    @Test
    void placesAscensionAndWhitMondayFromEaster() {
        assertThat(calendar.isHoliday(LocalDate.of(2024, 5, 9))).isTrue();  // Ascension 2024
        assertThat(calendar.isHoliday(LocalDate.of(2024, 5, 20))).isTrue(); // Whit Monday 2024
        assertThat(calendar.isHoliday(LocalDate.of(2025, 4, 21))).isTrue(); // Easter Monday 2025
        assertThat(calendar.isHoliday(LocalDate.of(2025, 5, 29))).isTrue(); // Ascension 2025
        assertThat(calendar.isHoliday(LocalDate.of(2027, 3, 29))).isTrue(); // Easter Monday 2027
        assertThat(calendar.isHoliday(LocalDate.of(2025, 4, 18))).isFalse(); // Good Friday: not national
    }

    @Test
    void alsaceMoselleAddsGoodFridayAndSaintStephen() {
        var alsace = FrenchCalendar.alsaceMoselle();
        assertThat(alsace.isHoliday(LocalDate.of(2025, 4, 18))).isTrue();
        assertThat(alsace.isHoliday(LocalDate.of(2025, 12, 26))).isTrue();
        assertThat(alsace.holidays(2025)).hasSize(13);
    }

    @Test
    void countsWorkingDaysFromTheNextWorkingDayAfterAWeekendReceipt() {
        // Saturday 2026-03-07 → treated as Monday 9 → 5 working days later: Monday 16.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 7), 5)).isEqualTo(LocalDate.of(2026, 3, 16));
        // Across Easter Monday 2026-04-06: from Thursday 2 April, 2 working days → Tuesday 7 April.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 2), 2)).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse();
    }
}
