package fr.cdg.medtravail.feeds;

/**
 * What {@code POST /api/feeds} takes. {@code targetId} may be left out by a professional (their own sessions, or
 * statutory appointments) and by a référent bound to one collectivité; {@code privacy} defaults to the least.
 */
public record FeedForm(FeedScope scope, Long targetId, FeedPrivacy privacy) {
}
