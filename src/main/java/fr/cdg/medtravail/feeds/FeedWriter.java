package fr.cdg.medtravail.feeds;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Writes a feed as RFC 5545 text that calendar clients accept: times as UTC instants (never floating; ical4j writes
 * a zoned time about a hundred times slower, see docs/feeds.md), the Europe/Paris VTIMEZONE for clients that show
 * the calendar's zone, a stable UID
 * per item, SEQUENCE and LAST-MODIFIED from the database, cancelled items kept as STATUS:CANCELLED, CRLF line ends
 * and lines folded at 75 octets (never inside a UTF-8 character). What an item tells about agents follows the
 * feed's privacy level.
 */
public final class FeedWriter {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int MAX_OCTETS = 75;
    private static final VTimeZone PARIS_TIMEZONE =
            TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(PARIS.getId()).getVTimeZone();

    private static final byte[] END = "END:VCALENDAR\r\n".getBytes(StandardCharsets.US_ASCII);

    private final Duration refresh;
    private final EventTexts events;

    /** @param cachedEvents events whose text is kept between builds (see {@link EventTexts}) */
    public FeedWriter(Duration refresh, int cachedEvents) {
        this.refresh = refresh;
        this.events = new EventTexts(cachedEvents);
    }

    /**
     * The feed's bytes (UTF-8). ical4j writes the calendar, its properties and time zone; the events are spliced in
     * before its end as ical4j wrote each of them, once per distinct row: ical4j writes a calendar as the
     * concatenation of its components' texts, and folding works line by line, so the bytes are those of one
     * calendar written whole.
     */
    public byte[] write(String calendarName, FeedScope scope, FeedPrivacy privacy, List<FeedEntry> entries) {
        var properties = new ArrayList<Property>();
        properties.add(new ProdId("-//CDG//medtravail//FR"));
        properties.add(new Version(new ParameterList(), Version.VALUE_2_0));
        properties.add(new CalScale(CalScale.VALUE_GREGORIAN));
        properties.add(new Method(Method.VALUE_PUBLISH));
        properties.add(new XProperty("X-WR-CALNAME", calendarName));
        properties.add(new XProperty("X-WR-TIMEZONE", PARIS.getId()));
        properties.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), refresh));
        properties.add(new XProperty("X-PUBLISHED-TTL", refresh.toString()));
        var frame = fold(new Calendar(new PropertyList(properties),
                new ComponentList<CalendarComponent>(List.of(PARIS_TIMEZONE))).toString());
        int head = frame.length - END.length;
        var texts = new byte[entries.size()][];
        int length = frame.length;
        for (int i = 0; i < texts.length; i++) {
            texts[i] = events.text(new EventTexts.Key(scope, privacy, entries.get(i)),
                    key -> fold(event(key.scope(), key.privacy(), key.entry()).toString()));
            length += texts[i].length;
        }
        var out = new byte[length];
        System.arraycopy(frame, 0, out, 0, head);
        int at = head;
        for (var text : texts) {
            System.arraycopy(text, 0, out, at, text.length);
            at += text.length;
        }
        System.arraycopy(frame, head, out, at, END.length);
        return out;
    }

    private static VEvent event(FeedScope scope, FeedPrivacy privacy, FeedEntry entry) {
        var properties = new ArrayList<Property>(16);
        properties.add(new Uid(entry.uid()));
        properties.add(new DtStamp(entry.updatedAt()));
        properties.add(new DtStart<>(entry.start().atZone(PARIS).toInstant()));
        properties.add(new DtEnd<>(entry.end().atZone(PARIS).toInstant()));
        properties.add(new Summary(summary(scope, privacy, entry)));
        var description = description(scope, privacy, entry);
        if (description != null) {
            properties.add(new Description(description));
        }
        if (entry.place() != null) {
            properties.add(new Location(entry.place().text()));
            if (entry.place().latitude() != null && entry.place().longitude() != null) {
                properties.add(new Geo(BigDecimal.valueOf(entry.place().latitude()),
                        BigDecimal.valueOf(entry.place().longitude())));
            }
        }
        properties.add(new Status(entry.state().name()));
        properties.add(new Transp(entry.state() == FeedItemState.CANCELLED ? Transp.VALUE_TRANSPARENT
                : Transp.VALUE_OPAQUE));
        properties.add(new Sequence(entry.sequence()));
        properties.add(new Created(entry.createdAt()));
        properties.add(new LastModified(entry.updatedAt()));
        return new VEvent(new PropertyList(properties));
    }

    /** The title: an agent's name only where the level allows it, a visit's kind only in the detailed level. */
    static String summary(FeedScope scope, FeedPrivacy privacy, FeedEntry entry) {
        var cancelled = entry.state() == FeedItemState.CANCELLED ? "Annulé — " : "";
        // An appointment that left the feed with its session is known by its time only.
        var hidden = privacy == FeedPrivacy.BUSY_ONLY || entry.confidential() && scope != FeedScope.PROFESSIONAL
                || entry.agent() == null;
        return cancelled + switch (entry.kind()) {
            case SESSION -> scope == FeedScope.PROFESSIONAL || privacy == FeedPrivacy.BUSY_ONLY
                    ? "Séance" + at(entry)
                    : "Séance de " + entry.professional() + at(entry);
            case APPOINTMENT, STATUTORY -> hidden ? "Occupé"
                    : privacy == FeedPrivacy.DETAILED ? entry.agent() + " — " + entry.visit()
                    : "Visite — " + entry.agent();
        };
    }

    /** A line of context where the level allows it: the agent's collectivité, or the session's professional. */
    static String description(FeedScope scope, FeedPrivacy privacy, FeedEntry entry) {
        if (privacy == FeedPrivacy.BUSY_ONLY) {
            return null;
        }
        return switch (entry.kind()) {
            case SESSION -> entry.professional() == null ? null : "Professionnel : " + entry.professional();
            case APPOINTMENT, STATUTORY -> privacy == FeedPrivacy.DETAILED && !entry.confidential()
                    && entry.collectivite() != null ? "Collectivité : " + entry.collectivite() : null;
        };
    }

    private static String at(FeedEntry entry) {
        return entry.place() == null || entry.place().name() == null ? "" : " · " + entry.place().name();
    }

    /** RFC 5545 §3.1: CRLF line ends, lines of at most 75 octets, continued by CRLF and a space. */
    static byte[] fold(String unfolded) {
        var out = new ByteArrayOutputStream(unfolded.length() + unfolded.length() / 40 + 64);
        for (var line : unfolded.split("\r\n|\n")) {
            var bytes = line.getBytes(StandardCharsets.UTF_8);
            int start = 0;
            int limit = MAX_OCTETS;
            while (bytes.length - start > limit) {
                int end = start + limit;
                while ((bytes[end] & 0xC0) == 0x80) {
                    end--;
                }
                out.write(bytes, start, end - start);
                out.write('\r');
                out.write('\n');
                out.write(' ');
                start = end;
                limit = MAX_OCTETS - 1;
            }
            out.write(bytes, start, bytes.length - start);
            out.write('\r');
            out.write('\n');
        }
        return out.toByteArray();
    }
}
