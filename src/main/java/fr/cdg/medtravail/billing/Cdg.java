package fr.cdg.medtravail.billing;

/** The centre de gestion whose grids a deployment bills with ({@code medtravail.billing.cdg}). */
public enum Cdg {
    CDG69("CDG69"), CIG_PETITE_COURONNE("CIG Petite Couronne");

    private final String label;

    Cdg(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
