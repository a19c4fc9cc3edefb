package fr.cdg.medtravail.demo;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The two territories the demo and benchmark data imitate. Sizes are targets: the number of collectivités is met
 * exactly when the geography allows, agents within about 1 %.
 */
public enum Preset {

    /** CIG Petite Couronne: 321 employers of the Hauts-de-Seine, Seine-Saint-Denis and Val-de-Marne, > 145,000 agents. */
    CIG("CIG Petite Couronne", "cig929394.fr", "01", Set.of(), true, 0, 321, 145_000, 0.025,
            14, 28, 3, 3, 24, 12, "93055", "1 rue Lucienne Gérain", Holidays.ZONE_C,
            List.of(new Area("92", 48.845, 2.235, 7, 36, 1_635_000, 0.6),
                    new Area("93", 48.915, 2.455, 9, 40, 1_668_000, 0.6),
                    new Area("94", 48.780, 2.460, 9, 47, 1_415_000, 0.6))),

    /**
     * CDG69: the Rhône outside Lyon and Villeurbanne (which run their own occupational-health services): many small
     * communes, a CCAS where the commune has 1,500 inhabitants or more, syndicats.
     */
    CDG69("CDG69", "cdg69.fr", "04", Set.of("69123", "69266"), false, 1_500, 540, 20_000, 0.012,
            5, 9, 1, 1, 5, 6, "69202", "9 allée Alban Vistel", Holidays.ZONE_A,
            List.of(new Area("69", 45.880, 4.620, 30, 264, 1_215_000, 1.1)));

    /**
     * Where invented communes go when no communes file is given: a disc per département, with the total population
     * and the spread (σ of the log-normal law) of commune sizes.
     */
    record Area(String departement, double latitude, double longitude, double radiusKm, int communes, int population,
                double populationSpread) {
    }

    /** School-holiday zone, which shifts the February and spring holidays the professionals take leave in. */
    enum Holidays {
        ZONE_A, ZONE_C
    }

    final String cdgName;
    final String emailDomain;
    final String phonePrefix;
    /** INSEE codes of communes that are not members (own services). */
    final Set<String> excludedInsee;
    /** Whether the territory has établissements publics territoriaux (Métropole du Grand Paris). */
    final boolean epts;
    /** A commune gets a CCAS of its own from this population on (smaller ones may do without, code de l'action sociale). */
    final int ccasMinPopulation;
    final int collectivites;
    final int agents;
    /** Municipal agents per inhabitant before scaling to {@link #agents}. */
    final double agentsPerInhabitant;
    final int doctors;
    final int nurses;
    final int approvedDoctors;
    final int cdgPremises;
    final int collectiviteOffices;
    final int sharedOffices;
    final String seatInsee;
    final String seatAddress;
    final Holidays holidays;
    final List<Area> areas;

    Preset(String cdgName, String emailDomain, String phonePrefix, Set<String> excludedInsee, boolean epts,
           int ccasMinPopulation, int collectivites, int agents, double agentsPerInhabitant, int doctors, int nurses,
           int approvedDoctors, int cdgPremises, int collectiviteOffices, int sharedOffices, String seatInsee,
           String seatAddress, Holidays holidays, List<Area> areas) {
        this.cdgName = cdgName;
        this.emailDomain = emailDomain;
        this.phonePrefix = phonePrefix;
        this.excludedInsee = excludedInsee;
        this.epts = epts;
        this.ccasMinPopulation = ccasMinPopulation;
        this.collectivites = collectivites;
        this.agents = agents;
        this.agentsPerInhabitant = agentsPerInhabitant;
        this.doctors = doctors;
        this.nurses = nurses;
        this.approvedDoctors = approvedDoctors;
        this.cdgPremises = cdgPremises;
        this.collectiviteOffices = collectiviteOffices;
        this.sharedOffices = sharedOffices;
        this.seatInsee = seatInsee;
        this.seatAddress = seatAddress;
        this.holidays = holidays;
        this.areas = areas;
    }

    /** Target number of professionals (doctors, nurses, approved doctors). */
    public int professionals() {
        return doctors + nurses + approvedDoctors;
    }

    /** Target number of cabinets, the teleconsultation one included. */
    public int cabinets() {
        return cdgPremises + collectiviteOffices + sharedOffices + 1;
    }

    public int targetCollectivites() {
        return collectivites;
    }

    public int targetAgents() {
        return agents;
    }

    Set<String> departements() {
        return areas.stream().map(Area::departement).collect(Collectors.toSet());
    }
}
