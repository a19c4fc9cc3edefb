package fr.cdg.medtravail.planning.domain;

/**
 * Travel minutes between two points, for trips the travel_time table does not hold (home → cabinet, cabinet →
 * cabinet at lunch). Stand-in until fr.cdg.medtravail.travel.TravelTimeModel is on main: great-circle distance ×
 * detour factor at an urban average speed, plus a fixed parking/walking allowance.
 */
@FunctionalInterface
public interface TravelEstimator {

    int minutes(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude);

    /** 1.3 detour, 30 km/h, +5 min: a car in the petite couronne or Lyon conurbation in normal traffic. */
    static TravelEstimator urban() {
        return (lat1, lon1, lat2, lon2) -> {
            if (lat1 == lat2 && lon1 == lon2) {
                return 0;
            }
            double phi1 = Math.toRadians(lat1);
            double phi2 = Math.toRadians(lat2);
            double dPhi = phi2 - phi1;
            double dLambda = Math.toRadians(lon2 - lon1);
            double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                    + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
            double km = 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
            return (int) Math.round(km * 1.3 / 30.0 * 60.0) + 5;
        };
    }
}
