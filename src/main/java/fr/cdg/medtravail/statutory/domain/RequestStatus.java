package fr.cdg.medtravail.statutory.domain;

/** Where a request stands. OPEN and PROPOSED are re-planned when requests arrive; CONFIRMED ones never move. */
public enum RequestStatus {
    OPEN("Sans rendez-vous"), PROPOSED("Rendez-vous proposé"), CONFIRMED("Rendez-vous confirmé"),
    DONE("Visite faite"), ABSENT("Agent absent"), CANCELLED("Annulée");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still waiting for its visit. */
    public boolean pending() {
        return this == OPEN || this == PROPOSED || this == CONFIRMED;
    }
}
