package fr.cdg.medtravail.feeds;

/** The kinds of item a feed carries, each with a UID of its own that never changes. */
public enum FeedItemKind {
    SESSION("session"), APPOINTMENT("rdv"), STATUTORY("statutaire");

    private final String uidPrefix;

    FeedItemKind(String uidPrefix) {
        this.uidPrefix = uidPrefix;
    }

    String uid(long id) {
        return uidPrefix + "-" + id + "@medtravail";
    }
}
