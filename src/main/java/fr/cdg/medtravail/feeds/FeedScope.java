package fr.cdg.medtravail.feeds;

/** What a feed follows, and the most it may tell about agents. */
public enum FeedScope {
    /** One professional's published sessions and the appointments inside them. */
    PROFESSIONAL("Mes séances", FeedPrivacy.DETAILED),
    /** One cabinet's sessions and appointments; confidential appointments show as busy time. */
    CABINET("Cabinet", FeedPrivacy.DETAILED),
    /** For a référent: sessions serving the collectivité and its agents' appointments, never confidential ones. */
    COLLECTIVITE("Collectivité", FeedPrivacy.NAMES),
    /** One approved doctor's statutory appointments (controls and expertises). */
    STATUTORY("Médecine statutaire", FeedPrivacy.DETAILED);

    private final String label;
    private final FeedPrivacy most;

    FeedScope(String label, FeedPrivacy most) {
        this.label = label;
        this.most = most;
    }

    public String label() {
        return label;
    }

    /** The most a feed of this scope may tell. */
    public FeedPrivacy most() {
        return most;
    }
}
