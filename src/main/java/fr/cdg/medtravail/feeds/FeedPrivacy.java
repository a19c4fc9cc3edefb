package fr.cdg.medtravail.feeds;

/** How much a feed tells about the agents seen, from most to least (medical secrecy: the least that serves). */
public enum FeedPrivacy {
    /** The agent's name and the kind of visit: the professional's own calendar. */
    DETAILED("Nom de l'agent et nature de la visite"),
    /** The agent's name and the time, the reason only as "visite". */
    NAMES("Nom de l'agent, sans motif"),
    /** Busy time only: neither names nor reasons. */
    BUSY_ONLY("Occupé seulement");

    private final String label;

    FeedPrivacy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this level tells no more than {@code most}. */
    boolean within(FeedPrivacy most) {
        return ordinal() >= most.ordinal();
    }
}
