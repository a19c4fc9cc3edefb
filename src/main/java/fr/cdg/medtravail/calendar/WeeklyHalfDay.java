package fr.cdg.medtravail.calendar;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A half-day of the working week (Monday to Saturday), written {@code MON-AM}, {@code SAT-PM}… in JSON and CSV.
 * Professionals' working half-days and cabinets' opening half-days are sets of these.
 */
public record WeeklyHalfDay(DayOfWeek day, Half half) implements Comparable<WeeklyHalfDay> {

    private static final Comparator<WeeklyHalfDay> ORDER =
            Comparator.comparing(WeeklyHalfDay::day).thenComparing(WeeklyHalfDay::half);
    private static final String[] CODES = {"MON", "TUE", "WED", "THU", "FRI", "SAT"};
    private static final String[] FRENCH = {"lun.", "mar.", "mer.", "jeu.", "ven.", "sam."};

    public WeeklyHalfDay {
        if (day == DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException("no half-days on Sunday");
        }
    }

    /** Parses {@code MON-AM}; the message of the exception says what is expected. */
    @JsonCreator
    public static WeeklyHalfDay parse(String text) {
        var parts = text.trim().toUpperCase(Locale.ROOT).split("-");
        int day = Arrays.asList(CODES).indexOf(parts[0]);
        if (parts.length != 2 || day < 0 || !(parts[1].equals("AM") || parts[1].equals("PM"))) {
            throw new IllegalArgumentException("'" + text + "' is not a half-day such as MON-AM or FRI-PM");
        }
        return new WeeklyHalfDay(DayOfWeek.of(day + 1), Half.valueOf(parts[1]));
    }

    /** Parses a space-separated list such as {@code MON-AM MON-PM TUE-AM}; blank means none. */
    public static SortedSet<WeeklyHalfDay> parseAll(String text) {
        var result = new TreeSet<WeeklyHalfDay>();
        if (text != null && !text.isBlank()) {
            for (var token : text.trim().split("\\s+")) {
                result.add(parse(token));
            }
        }
        return result;
    }

    public static String formatAll(Collection<WeeklyHalfDay> halfDays) {
        return halfDays.stream().sorted().map(WeeklyHalfDay::toString).collect(Collectors.joining(" "));
    }

    /** French label for the screens, e.g. "lun. matin". */
    public String label() {
        return FRENCH[day.getValue() - 1] + " " + half.label();
    }

    @JsonValue
    @Override
    public String toString() {
        return CODES[day.getValue() - 1] + "-" + half;
    }

    @Override
    public int compareTo(WeeklyHalfDay other) {
        return ORDER.compare(this, other);
    }
}
