package fr.cdg.medtravail.statutory.domain;

/** Why a request got no appointment before its deadline. */
public enum Obstacle {
    NO_DOCTOR("aucun médecin agréé ne travaille avant l'échéance"),
    LEAVE("les médecins agréés sont en congé jusqu'à l'échéance"),
    NO_ROOM("aucun lieu ouvert à moins de 60 minutes de la collectivité (ni locaux du CDG)"),
    NO_TIME("le temps des médecins est déjà entièrement pris jusqu'à l'échéance");

    private final String label;

    Obstacle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
