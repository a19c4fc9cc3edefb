package fr.cdg.medtravail.billing;

/** What a grid bills once the yearly unjustified-absence rate exceeds its threshold; named on every statement. */
public enum SurchargeRule {
    NONE("Pas de surcotisation"),
    /** The default of DOMAIN.md: the seeds set no amount, so each absence costs what an agent's year costs. */
    UNJUSTIFIED_AT_AGENT_COST("Surcotisation : chaque absence injustifiée de l'année facturée au coût agent");

    private final String label;

    SurchargeRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
