package fr.cdg.medtravail.statutory.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 17 kinds of request of the convention MSC (article 1), with what each one implies: mandatory or optional,
 * control or expertise, the delay (article 2.3.3), the visit's weight on the quota and the act billed past it
 * (article 3).
 */
public enum StatutoryKind {
    SICK_LEAVE_OVER_6_MONTHS(1, "Contrôle d'un arrêt de travail > 6 mois", true, Act.CONTROL),
    CITIS_OVER_6_MONTHS(2, "Contrôle d'un CITIS > 6 mois", true, Act.CONTROL),
    HEALTH_LEAVE_EXTENSION(3, "Prolongation CLM / CLD / CGM", true, Act.CONTROL),
    THERAPEUTIC_PART_TIME_EXTENSION(4, "Prolongation du temps partiel thérapeutique", true, Act.CONTROL),
    SPA_CURE_LEAVE(5, "Congé de maladie ordinaire pour cure thermale", true, Act.CONTROL),
    BEYOND_AGE_LIMIT(6, "Aptitude à la prolongation d'activité au-delà de la limite d'âge", true, Act.AGE_LIMIT),
    RELAPSE_IMPUTABILITY(7, "Imputabilité au service d'une rechute", true, Act.EXPERTISE),
    RECOVERY_IPP(8, "Guérison, consolidation, taux d'IPP", true, Act.EXPERTISE),
    ATI(9, "Allocation temporaire d'invalidité (ATI)", true, Act.EXPERTISE),
    RPI(10, "Retraite pour invalidité (RPI)", true, Act.EXPERTISE),
    FITNESS_FOR_DUTIES(11, "Aptitude aux fonctions du grade et à toutes fonctions", true, Act.EXPERTISE),
    SICK_LEAVE_UNDER_6_MONTHS(12, "Contrôle d'un arrêt de travail < 6 mois", false, Act.CONTROL),
    CITIS_UNDER_6_MONTHS(13, "Contrôle d'un CITIS < 6 mois", false, Act.CONTROL),
    HEALTH_LEAVE_OPTIONAL(14, "Prolongation CLM / CLD / CGM (visite facultative)", false, Act.CONTROL),
    THERAPEUTIC_PART_TIME_GRANT(15, "Octroi du temps partiel thérapeutique", false, Act.CONTROL),
    FIREARM_FITNESS(16, "Aptitude au port d'armes des policiers municipaux", false, Act.FIREARM),
    ACCIDENT_IMPUTABILITY(17, "Imputabilité au service d'un accident ou d'une maladie", false, Act.EXPERTISE);

    /** What is billed past the quota; also decides the visit time and its weight. */
    public enum Act { CONTROL, FIREARM, AGE_LIMIT, EXPERTISE }

    private final int number;
    private final String label;
    private final boolean mandatory;
    private final Act act;

    StatutoryKind(int number, String label, boolean mandatory, Act act) {
        this.number = number;
        this.label = label;
        this.mandatory = mandatory;
        this.act = act;
    }

    public static Optional<StatutoryKind> ofNumber(int number) {
        return Arrays.stream(values()).filter(kind -> kind.number == number).findFirst();
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public boolean mandatory() {
        return mandatory;
    }

    public Act act() {
        return act;
    }

    public boolean expertise() {
        return act == Act.EXPERTISE;
    }

    /** Article 2.3.3: 5 working days for sick-leave controls (1 and 12), 10 for other controls, 15 for expertises. */
    public int delayWorkingDays() {
        if (expertise()) {
            return 15;
        }
        return this == SICK_LEAVE_OVER_6_MONTHS || this == SICK_LEAVE_UNDER_6_MONTHS ? 5 : 10;
    }

    /** "Obligatoire"/"facultative" and "contrôle"/"expertise", for the screens. */
    public String category() {
        return (expertise() ? "Expertise " : "Contrôle ") + (mandatory ? "obligatoire" : "facultatif");
    }
}
