package fr.cdg.medtravail.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The CDG's calendar ({@code medtravail.calendar.region}): metropolitan unless the CDG is in Alsace-Moselle. */
@ConfigurationProperties("medtravail.calendar")
public record CalendarSettings(Region region) {

    public enum Region { METROPOLITAN, ALSACE_MOSELLE }

    public CalendarSettings {
        region = region == null ? Region.METROPOLITAN : region;
    }

    public FrenchCalendar calendar() {
        return region == Region.ALSACE_MOSELLE ? FrenchCalendar.alsaceMoselle() : FrenchCalendar.metropolitan();
    }
}
