package fr.cdg.medtravail.planning.solver;

import static fr.cdg.medtravail.planning.solver.ConstraintLevel.HARD;
import static fr.cdg.medtravail.planning.solver.ConstraintLevel.MEDIUM;
import static fr.cdg.medtravail.planning.solver.ConstraintLevel.SOFT;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The planning rules in one place: a stable English id (constraint name in the solver and in the API), a French label
 * for the screens, the level and the weight of one match. {@link PlanningConstraints} scores with these weights;
 * {@link HardRules} names a broken rule with these constants.
 */
public enum PlanningConstraint {
    CABINET_WITHIN_TRAVEL("Cabinet within travel limit", "Cabinet à moins d'une heure de la collectivité", HARD, 1),
    PROFESSIONAL_KIND("Professional allowed for the visits", "Professionnel habilité pour ces visites", HARD, 1),
    TELECONSULTATION("Teleconsultation by a doctor, never a first hiring visit",
            "Téléconsultation par un médecin, jamais pour une visite d'embauche", HARD, 1),
    PROFESSIONAL_WORKS("Professional works that half-day", "Professionnel en service cette demi-journée", HARD, 1),
    ONE_CABINET_PER_HALF_DAY("One session per professional per half-day",
            "Une seule séance par professionnel et demi-journée", HARD, 1),
    SESSION_CAPACITY("Session capacity", "Durée de la séance", HARD, 1),
    LUNCH_TRIP("Lunch trip fits the break", "Trajet de midi compatible avec la pause", HARD, 1),
    CABINET_ROOMS("Cabinet rooms", "Salles du cabinet", HARD, 1),
    CABINET_OPEN("Cabinet open", "Cabinet ouvert", HARD, 1),
    TIERS_TEMPS("Tiers temps", "Tiers temps", HARD, 1),
    NOTICE("Four weeks notice", "Préavis de quatre semaines", HARD, 1),
    /** Checked on secretariat moves only: the solver knows no shift outside its horizon. */
    INSIDE_HORIZON("Inside the horizon", "Dans l'horizon de planification", HARD, 1),
    UNMET_DEMAND("Unmet demand", "Demande non couverte", MEDIUM, 1),
    SECTOR_CONTINUITY("Sector continuity", "Continuité du secteur", SOFT, 120),
    HOME_TRAVEL("Travel from home base", "Trajet depuis la résidence administrative", SOFT, 1),
    LOAD_BALANCE("Load balanced by working ratio", "Charge équilibrée selon la quotité", SOFT, 1),
    SPREAD("Sessions spread over the horizon", "Séances réparties sur l'horizon", SOFT, 10),
    OWN_CABINET("Collectivité's own cabinet", "Cabinet de la collectivité", SOFT, 20),
    STABILITY("Stability of the previous plan", "Stabilité du planning précédent", SOFT, 200),
    PREFERRED_KIND("Preferred kind of professional", "Professionnel à privilégier", SOFT, 1),
    FULL_SESSIONS("Sessions full", "Séances complètes", SOFT, 1);

    private final String id;
    private final String label;
    private final ConstraintLevel level;
    private final long weight;

    PlanningConstraint(String id, String label, ConstraintLevel level, long weight) {
        this.id = id;
        this.label = label;
        this.level = level;
        this.weight = weight;
    }

    /** Stable English id: the solver's constraint name and the API's. */
    public String id() {
        return id;
    }

    /** French label for the screens. */
    public String label() {
        return label;
    }

    public ConstraintLevel level() {
        return level;
    }

    /** The score of one match at this constraint's level. */
    public HardMediumSoftLongScore weight() {
        return switch (level()) {
            case HARD -> HardMediumSoftLongScore.ofHard(weight);
            case MEDIUM -> HardMediumSoftLongScore.ofMedium(weight);
            case SOFT -> HardMediumSoftLongScore.ofSoft(weight);
        };
    }

    /** The constraint of a solver constraint name (an {@link #id()}). */
    public static PlanningConstraint ofId(String id) {
        for (var constraint : values()) {
            if (constraint.id.equals(id)) {
                return constraint;
            }
        }
        throw new IllegalArgumentException("Unknown planning constraint " + id);
    }
}
