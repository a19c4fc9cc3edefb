package fr.cdg.medtravail.feeds;

/** A feed with its secret URL, answered once: at creation or rotation. */
public record IssuedFeed(Feed feed, String url, String webcalUrl) {
}
