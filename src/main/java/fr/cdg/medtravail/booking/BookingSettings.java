package fr.cdg.medtravail.booking;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.visits.VisitKind;

/**
 * @param morning           default opening hours of a morning session, e.g. {@code 08:30-12:00}
 * @param afternoon         default opening hours of an afternoon session
 * @param minutesPerVisit   length of an appointment per visit kind
 * @param poolTravelMinutes released minutes go to collectivités at most this far from the cabinet (MEDPREV 2.2)
 * @param warningCron       when the 15-day warnings of empty reserves are written
 */
@ConfigurationProperties("medtravail.booking")
public record BookingSettings(String morning, String afternoon, Map<VisitKind, Integer> minutesPerVisit,
                              Integer poolTravelMinutes, String warningCron) {

    public BookingSettings {
        morning = OpeningHours.parse(morning == null ? "08:30-12:00" : morning).toString();
        afternoon = OpeningHours.parse(afternoon == null ? "13:30-17:00" : afternoon).toString();
        var minutes = new EnumMap<VisitKind, Integer>(VisitKind.class);
        for (var kind : VisitKind.values()) {
            minutes.put(kind, kind == VisitKind.RETURN || kind == VisitKind.PRE_RETURN ? 45 : 30);
        }
        if (minutesPerVisit != null) {
            minutes.putAll(minutesPerVisit);
        }
        minutesPerVisit = Map.copyOf(minutes);
        poolTravelMinutes = poolTravelMinutes == null ? 60 : poolTravelMinutes;
        warningCron = warningCron == null ? "0 0 6 * * *" : warningCron;
    }

    public static BookingSettings defaults() {
        return new BookingSettings(null, null, null, null, null);
    }

    public OpeningHours hours(Half half) {
        return OpeningHours.parse(half == Half.AM ? morning : afternoon);
    }

    public int minutes(VisitKind kind) {
        return minutesPerVisit.get(kind);
    }
}
