package fr.cdg.medtravail.directory;

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
public record HalfDay(DayOfWeek day, Half half) implements Comparable<HalfDay> {

    public enum Half { AM, PM }

    private static final Comparator<HalfDay> ORDER = Comparator.comparing(HalfDay::day).thenComparing(HalfDay::half);
    private static final String[] CODES = {"MON", "TUE", "WED", "THU", "FRI", "SAT"};
    private static final String[] FRENCH = {"lun.", "mar.", "mer.", "jeu.", "ven.", "sam."};

    public HalfDay {
        if (day == DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException("no half-days on Sunday");
        }
    }

    /** Parses {@code MON-AM}; the message of the exception says what is expected. */
    @JsonCreator
    public static HalfDay parse(String text) {
        var parts = text.trim().toUpperCase(Locale.ROOT).split("-");
        int day = Arrays.asList(CODES).indexOf(parts[0]);
        if (parts.length != 2 || day < 0 || !(parts[1].equals("AM") || parts[1].equals("PM"))) {
            throw new IllegalArgumentException("'" + text + "' is not a half-day such as MON-AM or FRI-PM");
        }
        return new HalfDay(DayOfWeek.of(day + 1), Half.valueOf(parts[1]));
    }

    /** Parses a space-separated list such as {@code MON-AM MON-PM TUE-AM}; blank means none. */
    public static SortedSet<HalfDay> parseAll(String text) {
        var result = new TreeSet<HalfDay>();
        if (text != null && !text.isBlank()) {
            for (var token : text.trim().split("\\s+")) {
                result.add(parse(token));
            }
        }
        return result;
    }

    public static String formatAll(Collection<HalfDay> halfDays) {
        return halfDays.stream().sorted().map(HalfDay::toString).collect(Collectors.joining(" "));
    }

    /** French label for the screens, e.g. "lun. matin". */
    public String label() {
        return FRENCH[day.getValue() - 1] + (half == Half.AM ? " matin" : " après-midi");
    }

    @JsonValue
    @Override
    public String toString() {
        return CODES[day.getValue() - 1] + "-" + half;
    }

    @Override
    public int compareTo(HalfDay other) {
        return ORDER.compare(this, other);
    }
}
