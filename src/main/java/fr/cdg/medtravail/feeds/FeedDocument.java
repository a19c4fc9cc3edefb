package fr.cdg.medtravail.feeds;

import java.time.Instant;

/** A feed ready to send, or only its validators when the client's copy is current ({@code body} null). */
public record FeedDocument(byte[] body, String etag, Instant lastModified) {
}
