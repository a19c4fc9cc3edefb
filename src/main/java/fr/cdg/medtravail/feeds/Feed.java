package fr.cdg.medtravail.feeds;

import java.time.Instant;

/** A subscription as its owner sees it: never the token, which is shown once, at creation or rotation. */
public record Feed(long id, long ownerId, FeedScope scope, long targetId, String targetName, FeedPrivacy privacy,
                   Instant createdAt, Instant rotatedAt) {
}
