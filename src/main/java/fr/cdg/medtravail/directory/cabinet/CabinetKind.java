package fr.cdg.medtravail.directory.cabinet;

import org.springframework.modulith.NamedInterface;

@NamedInterface("cabinet")
public enum CabinetKind {
    CDG_PREMISES("Locaux du CDG"), COLLECTIVITE_OFFICE("Cabinet prêté par une collectivité"),
    SHARED_OFFICE("Cabinet de regroupement"), TELECONSULTATION("Téléconsultation");

    private final String label;

    CabinetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
