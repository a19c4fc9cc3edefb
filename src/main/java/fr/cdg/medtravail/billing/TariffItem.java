package fr.cdg.medtravail.billing;

import fr.cdg.medtravail.directory.collectivite.Membership.TariffCategory;

/** What a grid prices: euros, except the payroll rates (percent of the payroll). */
public enum TariffItem {
    AGENT_AFFILIATED("Coût agent, collectivité affiliée"),
    AGENT_NON_AFFILIATED_OWN_SECRETARIAT("Coût agent, non affiliée > 800 agents, secrétariat propre"),
    AGENT_NON_AFFILIATED("Coût agent, non affiliée"),
    AGENT_REGION("Coût agent, Région (multi-sites)"),
    AGENT_DOCTOR("Coût agent, intervention d'un médecin"),
    AGENT_DOCTOR_NURSE("Coût agent, binôme médecin-infirmier"),
    CONSULTATION_DAY("Journée de consultation au cabinet du centre"),
    PAYROLL_RATE_AFFILIATED("Cotisation statutaire, % de la masse salariale (affiliée)"),
    PAYROLL_RATE_NON_AFFILIATED("Cotisation statutaire, % de la masse salariale (non affiliée)"),
    ACT_EXPERTISE("Expertise au-delà du quota"),
    ACT_RPI_ATI("Supplément RPI / ATI"),
    ACT_CONTROL("Contrôle au-delà du quota"),
    ACT_FIREARM("Aptitude au port d'arme"),
    ACT_AGE_LIMIT("Prolongation au-delà de la limite d'âge"),
    ACT_WRITTEN_REPORT("Rapport écrit");

    private final String label;

    TariffItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The per-agent item of a membership's tariff category. */
    public static TariffItem agentCost(TariffCategory category) {
        return switch (category) {
            case AFFILIATED -> AGENT_AFFILIATED;
            case NON_AFFILIATED_OWN_SECRETARIAT -> AGENT_NON_AFFILIATED_OWN_SECRETARIAT;
            case NON_AFFILIATED -> AGENT_NON_AFFILIATED;
            case REGION -> AGENT_REGION;
        };
    }
}
