package fr.cdg.medtravail.directory.professional;

import org.springframework.modulith.NamedInterface;

@NamedInterface("professional")
public enum ProfessionalKind {
    OCCUPATIONAL_DOCTOR("Médecin du travail"), NURSE("Infirmier(ère) de santé au travail"),
    APPROVED_DOCTOR("Médecin agréé"), PSYCHOLOGIST("Psychologue"), SOCIAL_WORKER("Assistant(e) social(e) du travail");

    private final String label;

    ProfessionalKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
