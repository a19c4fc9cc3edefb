package fr.cdg.medtravail.csvimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.calendar.WeeklyHalfDay;

/**
 * One column of an imported CSV file: its header name, whether the file must have it (and a value on every line), and
 * how a cell is parsed. A parser throws {@link IllegalArgumentException} whose message is the reason shown to the user.
 * Optional columns may be absent from the header; a blank optional cell is null.
 */
public record CsvColumn<V>(String name, boolean required, Function<String, V> parser) {

    /** Strict: 31/02/1980 is refused, not rewritten to the last day of February as the default resolver does. */
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    public static <V> CsvColumn<V> required(String name, Function<String, V> parser) {
        return new CsvColumn<>(name, true, parser);
    }

    public static <V> CsvColumn<V> optional(String name, Function<String, V> parser) {
        return new CsvColumn<>(name, false, parser);
    }

    // Parsers shared by the declarations of the import kinds.

    public static String text(String cell) {
        return cell;
    }

    public static Integer integer(String cell) {
        try {
            return Integer.valueOf(cell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + cell + "' is not a whole number");
        }
    }

    /** A decimal number; a French decimal comma is accepted (only meaningful in ';'-separated files). */
    public static BigDecimal decimal(String cell) {
        try {
            return new BigDecimal(cell.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + cell + "' is not a number");
        }
    }

    public static Double coordinate(String cell) {
        return decimal(cell).doubleValue();
    }

    /** ISO dates (2025-01-31) or French ones (31/01/2025). */
    public static LocalDate date(String cell) {
        try {
            return cell.contains("/") ? LocalDate.parse(cell, FRENCH_DATE) : LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + cell + "' is not a date such as 2025-01-31 or 31/01/2025"
                    + " (or the day does not exist)");
        }
    }

    public static Boolean bool(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "true", "oui", "yes", "1", "o", "y", "vrai" -> true;
            case "false", "non", "no", "0", "n", "faux" -> false;
            default -> throw new IllegalArgumentException("'" + cell + "' is not a yes/no value (true/false, oui/non, 1/0)");
        };
    }

    public static <E extends Enum<E>> Function<String, E> oneOf(Class<E> type) {
        return cell -> {
            try {
                return Enum.valueOf(type, cell.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + cell + "' is not one of " + Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(Collectors.joining(", ")));
            }
        };
    }

    /** Half-days of the week written compactly: {@code MON-AM MON-PM TUE-AM}. */
    public static SortedSet<WeeklyHalfDay> halfDays(String cell) {
        return WeeklyHalfDay.parseAll(cell);
    }
}
