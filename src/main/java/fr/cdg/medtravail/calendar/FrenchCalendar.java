package fr.cdg.medtravail.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import java.util.TreeSet;

/**
 * French public holidays (jours fériés) and working days (jours ouvrés: Monday–Friday except holidays).
 * Pure Java, no state beyond the Alsace-Moselle option, so it can be shared freely.
 */
public final class FrenchCalendar {

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 8), MonthDay.of(7, 14),
            MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));

    private final boolean alsaceMoselle;

    private FrenchCalendar(boolean alsaceMoselle) {
        this.alsaceMoselle = alsaceMoselle;
    }

    /** The national calendar. */
    public static FrenchCalendar metropolitan() {
        return new FrenchCalendar(false);
    }

    /** Bas-Rhin, Haut-Rhin and Moselle also rest on Good Friday and 26 December. */
    public static FrenchCalendar alsaceMoselle() {
        return new FrenchCalendar(true);
    }

    /** Easter Sunday of the Gregorian calendar (Meeus/Jones/Butcher algorithm). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** All public holidays of a year, in date order. */
    public Set<LocalDate> holidays(int year) {
        var days = new TreeSet<LocalDate>();
        FIXED.forEach(md -> days.add(md.atYear(year)));
        var easter = easterSunday(year);
        days.add(easter.plusDays(1));   // Easter Monday
        days.add(easter.plusDays(39));  // Ascension Thursday
        days.add(easter.plusDays(50));  // Whit Monday
        if (alsaceMoselle) {
            days.add(easter.minusDays(2)); // Good Friday
            days.add(LocalDate.of(year, 12, 26));
        }
        return days;
    }

    public boolean isHoliday(LocalDate date) {
        return holidays(date.getYear()).contains(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        var dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /**
     * The N-th working day after a receipt date. A receipt on a non-working day counts as received on the next
     * working day (DOMAIN.md, "Working days").
     */
    public LocalDate addWorkingDays(LocalDate receipt, int workingDays) {
        var day = receipt;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        for (int n = 0; n < workingDays; n++) {
            do {
                day = day.plusDays(1);
            } while (!isWorkingDay(day));
        }
        return day;
    }
}
