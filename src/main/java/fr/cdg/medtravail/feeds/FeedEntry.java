package fr.cdg.medtravail.feeds;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One item of a feed as read from the database, before privacy is applied: a session, an appointment or a statutory
 * appointment, with local (Europe/Paris) start and end.
 *
 * @param visit           the visit's label (appointments: the kind of visit; statutory: the act)
 * @param confidential    an appointment the agent asked for confidentially (never in a collectivité's feed)
 * @param departed        a cancellation kept after the item left the feed (deleted, or handed to someone else)
 */
public record FeedEntry(FeedItemKind kind, long id, LocalDateTime start, LocalDateTime end, FeedItemState state,
                        int sequence, Instant updatedAt, Instant createdAt, FeedPlace place, String professional,
                        String agent, String visit, boolean confidential, String collectivite,
                        boolean departed) {

    String uid() {
        return kind.uid(id);
    }
}
