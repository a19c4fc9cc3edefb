package fr.cdg.medtravail.planning.domain;

/** The two kinds of professional that hold preventive-medicine consultation sessions. */
public enum ProfessionalKind {
    DOCTOR("OCCUPATIONAL_DOCTOR"), NURSE("NURSE");

    private final String directoryKind;

    ProfessionalKind(String directoryKind) {
        this.directoryKind = directoryKind;
    }

    /** The value of professional.kind in the directory (V1). */
    public String directoryKind() {
        return directoryKind;
    }

    public static ProfessionalKind fromDirectory(String kind) {
        for (var k : values()) {
            if (k.directoryKind.equals(kind)) {
                return k;
            }
        }
        throw new IllegalArgumentException("Not a consultation professional: " + kind);
    }
}
