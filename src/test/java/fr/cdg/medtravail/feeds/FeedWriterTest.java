package fr.cdg.medtravail.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

/** The calendar-writing rules, without a database: RFC 5545 shape, folding, time zones, privacy levels. */
class FeedWriterTest {

    private static final Instant CHANGED = Instant.parse("2026-11-20T10:15:30Z");
    private static final FeedPlace CABINET = new FeedPlace("Cabinet de Villeurbanne — Gratte-Ciel",
            "12 avenue Henri Barbusse, bâtiment É, 2ᵉ étage, près de l'hôtel de ville", "69100", "Villeurbanne",
            45.7719, 4.8902);

    private final FeedWriter writer = new FeedWriter(Duration.ofHours(1), 1000);

    static FeedEntry session(long id, LocalDateTime start, FeedItemState state, int sequence) {
        return new FeedEntry(FeedItemKind.SESSION, id, start, start.plusHours(3), state, sequence, CHANGED, CHANGED,
                CABINET, "Anne Bernard", null, null, false, null, false);
    }

    static FeedEntry appointment(long id, LocalDateTime start, boolean confidential) {
        return new FeedEntry(FeedItemKind.APPOINTMENT, id, start, start.plusMinutes(30), FeedItemState.CONFIRMED, 2,
                CHANGED, CHANGED, CABINET, "Anne Bernard", "Éloïse Durand-Ménard",
                "Visite d'information et de prévention", confidential, "Commune de Villeurbanne", false);
    }

    @Test
    void aFeedIsValidRfc5545WithCrlfFoldedLinesAndNoFloatingTime() throws Exception {
        var day = LocalDateTime.of(2026, 12, 7, 8, 30);
        var bytes = writer.write("Séances — Anne Bernard", FeedScope.PROFESSIONAL, FeedPrivacy.DETAILED,
                List.of(session(1, day, FeedItemState.CONFIRMED, 4), appointment(2, day.plusMinutes(30), false),
                        session(3, day.plusDays(7), FeedItemState.CANCELLED, 5)));
        var text = new String(bytes, StandardCharsets.UTF_8);

        assertRfc5545Lines(bytes);
        var calendar = parse(bytes);
        assertThat(calendar.getProperty("PRODID")).isPresent();
        assertThat(calendar.getProperty("VERSION").orElseThrow().getValue()).isEqualTo("2.0");
        assertThat(calendar.getProperty("CALSCALE").orElseThrow().getValue()).isEqualTo("GREGORIAN");
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Séances — Anne Bernard");
        assertThat(text).contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n", "X-PUBLISHED-TTL:PT1H\r\n");
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).singleElement().satisfies(zone ->
                assertThat(zone.getProperty("TZID").orElseThrow().getValue()).isEqualTo("Europe/Paris"));

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(3);
        for (var event : events) {
            for (var name : List.of("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "SEQUENCE", "LAST-MODIFIED",
                    "STATUS", "LOCATION", "GEO")) {
                assertThat(event.getProperty(name)).as(name).isPresent();
            }
            // Never floating: an instant in UTC.
            assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).endsWith("Z");
            assertThat(event.getProperty("DTEND").orElseThrow().getValue()).endsWith("Z");
        }
        assertThat(text).contains("DTSTART:20261207T073000Z\r\n", "UID:session-1@medtravail\r\n",
                "UID:rdv-2@medtravail\r\n", "SEQUENCE:4\r\n", "DTSTAMP:20261120T101530Z\r\n",
                "LAST-MODIFIED:20261120T101530Z\r\n", "GEO:45.7719;4.8902\r\n");
        assertThat(events.get(2).getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(events.get(2).getProperty("SUMMARY").orElseThrow().getValue()).startsWith("Annulé");
        // The location carries the whole address (the long line is folded, and unfolds back).
        assertThat(events.get(0).getProperty("LOCATION").orElseThrow().getValue())
                .isEqualTo(CABINET.text()).contains("69100 Villeurbanne");
    }

    @Test
    void whatAnAppointmentTellsFollowsThePrivacyLevel() {
        var start = LocalDateTime.of(2026, 12, 7, 9, 0);
        var open = appointment(2, start, false);
        var confidential = appointment(3, start, true);

        assertThat(FeedWriter.summary(FeedScope.PROFESSIONAL, FeedPrivacy.DETAILED, open))
                .isEqualTo("Éloïse Durand-Ménard — Visite d'information et de prévention");
        assertThat(FeedWriter.summary(FeedScope.PROFESSIONAL, FeedPrivacy.DETAILED, confidential))
                .contains("Éloïse Durand-Ménard");
        assertThat(FeedWriter.summary(FeedScope.COLLECTIVITE, FeedPrivacy.NAMES, open))
                .isEqualTo("Visite — Éloïse Durand-Ménard");
        assertThat(FeedWriter.description(FeedScope.COLLECTIVITE, FeedPrivacy.NAMES, open)).isNull();
        assertThat(FeedWriter.summary(FeedScope.PROFESSIONAL, FeedPrivacy.BUSY_ONLY, open)).isEqualTo("Occupé");
        assertThat(FeedWriter.description(FeedScope.PROFESSIONAL, FeedPrivacy.BUSY_ONLY, open)).isNull();
        // A cabinet's feed never names an agent seen confidentially.
        assertThat(FeedWriter.summary(FeedScope.CABINET, FeedPrivacy.DETAILED, confidential)).isEqualTo("Occupé");

        var bytes = writer.write("x", FeedScope.COLLECTIVITE, FeedPrivacy.NAMES, List.of(open));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("prévention");
        var busy = writer.write("x", FeedScope.PROFESSIONAL, FeedPrivacy.BUSY_ONLY, List.of(open));
        assertThat(new String(busy, StandardCharsets.UTF_8)).doesNotContain("Durand", "prévention", "Villeurbanne\r\nDESC");
    }

    @Test
    void anItemBackInItsFeedWinsOverItsCancellationAndTheLatestCancellationIsKept() {
        var start = LocalDateTime.of(2026, 12, 7, 8, 30);
        var live = session(1, start, FeedItemState.CONFIRMED, 6);
        var gone = new FeedEntry(FeedItemKind.SESSION, 1, start, start.plusHours(3), FeedItemState.CANCELLED, 5,
                CHANGED, CHANGED, CABINET, "Anne Bernard", null, null, false, null, true);
        var older = new FeedEntry(FeedItemKind.SESSION, 2, start, start.plusHours(3), FeedItemState.CANCELLED, 1,
                CHANGED, CHANGED, CABINET, "Anne Bernard", null, null, false, null, true);
        var newer = new FeedEntry(FeedItemKind.SESSION, 2, start, start.plusHours(3), FeedItemState.CANCELLED, 3,
                CHANGED, CHANGED, CABINET, "Anne Bernard", null, null, false, null, true);

        assertThat(FeedService.current(List.of(gone, live, older, newer))).containsExactly(live, newer);
    }

    @Test
    void foldingNeverCutsAUtf8CharacterNorPasses75Octets() {
        var line = "SUMMARY:" + "é".repeat(100) + "x" + "€".repeat(40);
        var folded = FeedWriter.fold(line + "\r\n");
        assertRfc5545Lines(folded);
        var unfolded = new String(folded, StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(unfolded).isEqualTo(line + "\r\n");
    }

    @Test
    void aYearOfAProfessionalIsWrittenQuickly() throws Exception {
        var entries = new ArrayList<FeedEntry>();
        var day = LocalDate.of(2026, 11, 1);
        for (int i = 0; i < 450; i++) {
            var start = day.plusDays(i * 365L / 450).atTime(i % 2 == 0 ? 8 : 13, 30);
            entries.add(session(i, start, FeedItemState.CONFIRMED, 1));
            for (int j = 0; j < 9; j++) {
                entries.add(appointment(10_000L + i * 9L + j, start.plusMinutes(20L * j), false));
            }
        }
        for (int warm = 0; warm < 5; warm++) {
            writer.write("x", FeedScope.PROFESSIONAL, FeedPrivacy.DETAILED, entries);
        }
        long started = System.nanoTime();
        var bytes = writer.write("x", FeedScope.PROFESSIONAL, FeedPrivacy.DETAILED, entries);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("feed of %d events: %d bytes written in %d ms%n", entries.size(), bytes.length, millis);
        List<VEvent> events = parse(bytes).getComponents("VEVENT");
        assertThat(events).hasSize(entries.size());
    }

    @Test
    void aRebuildWithKeptEventsGivesTheBytesIcal4jWritesForTheWholeCalendar() throws Exception {
        var day = LocalDateTime.of(2026, 12, 7, 8, 30);
        writer.write("Séances — Anne Bernard", FeedScope.PROFESSIONAL, FeedPrivacy.DETAILED,
                List.of(session(1, day, FeedItemState.CONFIRMED, 4), appointment(2, day.plusMinutes(30), false)));
        var changed = List.of(session(1, day, FeedItemState.CANCELLED, 5), appointment(2, day.plusMinutes(30), false),
                appointment(3, day.plusMinutes(60), true));

        var rebuilt = writer.write("Séances — Anne Bernard", FeedScope.PROFESSIONAL, FeedPrivacy.DETAILED, changed);

        assertThat(rebuilt).isEqualTo(FeedWriter.fold(parse(rebuilt).toString()));
        assertThat(new String(rebuilt, StandardCharsets.UTF_8)).contains("SEQUENCE:5\r\n", "STATUS:CANCELLED\r\n");
        assertThat(rebuilt).isEqualTo(new FeedWriter(Duration.ofHours(1), 1000).write("Séances — Anne Bernard",
                FeedScope.PROFESSIONAL, FeedPrivacy.DETAILED, changed));
    }

    static Calendar parse(byte[] bytes) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
    }

    /** Every line ends with CRLF (no bare LF or CR) and holds at most 75 octets. */
    static void assertRfc5545Lines(byte[] bytes) {
        int lineStart = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertThat(i).as("LF preceded by CR at " + i).isGreaterThan(0);
                assertThat(bytes[i - 1]).as("CR before LF at " + i).isEqualTo((byte) '\r');
                assertThat(i - 1 - lineStart).as("octets of the line at " + lineStart).isLessThanOrEqualTo(75);
                lineStart = i + 1;
            } else if (bytes[i] == '\r') {
                assertThat(bytes[i + 1]).as("CR followed by LF at " + i).isEqualTo((byte) '\n');
            }
        }
        assertThat(lineStart).as("ends with CRLF").isEqualTo(bytes.length);
    }
}
