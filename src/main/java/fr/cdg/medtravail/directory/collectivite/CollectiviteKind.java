package fr.cdg.medtravail.directory.collectivite;

public enum CollectiviteKind {
    COMMUNE("Commune"), CCAS("CCAS"), EPT("Établissement public territorial"), SYNDICAT("Syndicat"),
    DEPARTEMENT("Département"), OTHER("Autre");

    private final String label;

    CollectiviteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
