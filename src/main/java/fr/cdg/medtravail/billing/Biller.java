package fr.cdg.medtravail.billing;

import java.time.LocalDate;

import fr.cdg.medtravail.directory.collectivite.Membership.TariffCategory;

/**
 * Who is billed for a year: the collectivité, the tariff category of its preventive membership, and the headcount
 * declared for the year (the headcount at 1 January; null until declared).
 */
public record Biller(long collectiviteId, String name, String siren, boolean affiliated, boolean ownSecretariat,
                     TariffCategory category, Integer headcount, LocalDate headcountDeclaredOn) {

    /**
     * Why the category disagrees with the collectivité's affiliation and secretariat, or null: affiliated employers
     * pay the affiliated cost; the "own secretariat" cost is for non-affiliated employers running their own; the
     * non-affiliated one for those that do not.
     */
    public String categoryProblem() {
        return switch (category) {
            case AFFILIATED -> affiliated ? null : "catégorie « affiliée » pour une collectivité non affiliée";
            case NON_AFFILIATED_OWN_SECRETARIAT -> affiliated ? "catégorie non affiliée pour une collectivité affiliée"
                    : ownSecretariat ? null : "catégorie « secrétariat propre » sans secrétariat propre";
            case NON_AFFILIATED -> affiliated ? "catégorie non affiliée pour une collectivité affiliée"
                    : ownSecretariat ? "secrétariat propre mais catégorie « non affiliée < 800 agents »" : null;
            case REGION -> affiliated ? "catégorie « Région » pour une collectivité affiliée" : null;
        };
    }
}
