package fr.cdg.medtravail.booking;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** When a half-day's visits may start and must end, e.g. 08:30–12:00. */
public record OpeningHours(LocalTime opens, LocalTime closes) {

    public OpeningHours {
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("closes at " + closes + ", not after opening at " + opens);
        }
    }

    /** Reads {@code 08:30-12:00}. */
    public static OpeningHours parse(String text) {
        var parts = text.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("opening hours are written 08:30-12:00, not " + text);
        }
        try {
            return new OpeningHours(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("opening hours are written 08:30-12:00, not " + text, e);
        }
    }

    @Override
    public String toString() {
        return opens + "-" + closes;
    }
}
