package fr.cdg.medtravail.travel;

/**
 * Kinds of road network with their own door-to-door pace. Defaults (overridable under
 * {@code medtravail.travel.regions.<region>}) are for a car in normal weekday traffic, parking included.
 */
public enum TravelRegion {
    /** Paris and the petite couronne (75, 92, 93, 94): dense suburbs, lights and parking. */
    PETITE_COURONNE(1.35, 20),
    /** Lyon, Villeurbanne and the communes close to Lyon's centre: urban traffic. */
    LYON_CORE(1.35, 25),
    /** The rest of the Rhône: departmental roads between villages. */
    RHONE(1.30, 50),
    /** Anywhere else (e.g. a professional living outside the territory). */
    OTHER(1.30, 45);

    final double defaultDetourFactor;
    final double defaultSpeedKmh;

    TravelRegion(double defaultDetourFactor, double defaultSpeedKmh) {
        this.defaultDetourFactor = defaultDetourFactor;
        this.defaultSpeedKmh = defaultSpeedKmh;
    }
}
