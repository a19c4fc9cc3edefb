package fr.cdg.medtravail.planning.domain;

/**
 * Travel minutes between two points, for trips the travel_time table does not hold (home → cabinet, cabinet →
 * cabinet at lunch). The application passes {@code fr.cdg.medtravail.travel.TravelTimeModel::minutes}; the planning
 * model itself stays free of Spring and of the travel feature's configuration.
 */
@FunctionalInterface
public interface TravelEstimator {

    int minutes(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude);
}
