package fr.cdg.medtravail.travel;

import java.util.Set;

/**
 * Estimates door-to-door travel time by car in normal traffic from coordinates alone:
 *
 * <pre>
 *   minutes = overhead + greatCircleKm × detour / speed × 60          (both ends in the same region)
 * </pre>
 *
 * where the region (petite couronne, Lyon core, rest of the Rhône, other) gives the detour factor and speed. A trip
 * between two regions runs at the slower end's pace for its first {@code urbanStretchKm} (at most half the trip) and
 * at the faster end's pace for the rest: leaving Lyon's centre is slow, the country road after it is not. Rounded to
 * the nearest minute. Pure and thread-safe; used for collectivité → cabinet estimates and by planning for
 * home → cabinet and cabinet → cabinet trips.
 */
public final class TravelTimeModel {

    private static final Set<String> PETITE_COURONNE_DEPARTEMENTS = Set.of("75", "92", "93", "94");
    private static final double PARIS_LATITUDE = 48.8566;
    private static final double PARIS_LONGITUDE = 2.3522;
    /** From Notre-Dame, the petite couronne reaches about 15-18 km. */
    private static final double PETITE_COURONNE_RADIUS_KM = 18;
    private static final double LYON_LATITUDE = 45.7640;
    private static final double LYON_LONGITUDE = 4.8357;
    /** The Rhône's farthest communes are about 45 km from Lyon. */
    private static final double RHONE_RADIUS_KM = 50;

    /** A point with the region whose pace applies there. */
    public record Place(double latitude, double longitude, TravelRegion region) {
    }

    private final TravelProperties properties;

    public TravelTimeModel(TravelProperties properties) {
        this.properties = properties;
    }

    public static TravelTimeModel withDefaults() {
        return new TravelTimeModel(TravelProperties.defaults());
    }

    /**
     * The region of a point: from the département of its postal or INSEE code when known (75, 92, 93, 94, 69), else
     * from its coordinates.
     */
    public TravelRegion regionOf(String postalOrInseeCode, double latitude, double longitude) {
        var departement = postalOrInseeCode == null || postalOrInseeCode.length() < 2 ? "" : postalOrInseeCode.substring(0, 2);
        double fromLyon = GreatCircle.kilometres(latitude, longitude, LYON_LATITUDE, LYON_LONGITUDE);
        if (PETITE_COURONNE_DEPARTEMENTS.contains(departement)) {
            return TravelRegion.PETITE_COURONNE;
        }
        if (departement.equals("69")) {
            return fromLyon <= properties.lyonCoreRadiusKm() ? TravelRegion.LYON_CORE : TravelRegion.RHONE;
        }
        if (!departement.isEmpty()) {
            return TravelRegion.OTHER;
        }
        if (GreatCircle.kilometres(latitude, longitude, PARIS_LATITUDE, PARIS_LONGITUDE) <= PETITE_COURONNE_RADIUS_KM) {
            return TravelRegion.PETITE_COURONNE;
        }
        if (fromLyon <= properties.lyonCoreRadiusKm()) {
            return TravelRegion.LYON_CORE;
        }
        return fromLyon <= RHONE_RADIUS_KM ? TravelRegion.RHONE : TravelRegion.OTHER;
    }

    public Place place(double latitude, double longitude, String postalOrInseeCode) {
        return new Place(latitude, longitude, regionOf(postalOrInseeCode, latitude, longitude));
    }

    public int minutes(Place from, Place to) {
        double km = GreatCircle.kilometres(from.latitude(), from.longitude(), to.latitude(), to.longitude());
        double slow = Math.max(pace(from.region()), pace(to.region()));
        double fast = Math.min(pace(from.region()), pace(to.region()));
        double slowKm = from.region() == to.region() ? km : Math.min(km / 2, properties.urbanStretchKm());
        return (int) Math.round(properties.overheadMinutes() + (slowKm * slow + (km - slowKm) * fast) * 60);
    }

    /** Minutes between two points whose regions are taken from their coordinates. */
    public int minutes(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude) {
        return minutes(place(fromLatitude, fromLongitude, null), place(toLatitude, toLongitude, null));
    }

    /** Hours per great-circle kilometre. */
    private double pace(TravelRegion region) {
        var parameters = properties.regions().get(region);
        return parameters.detourFactor() / parameters.speedKmh();
    }
}
