package fr.cdg.medtravail.feeds;

/** An item's STATUS in a calendar. */
public enum FeedItemState { CONFIRMED, TENTATIVE, CANCELLED }
