package fr.cdg.medtravail.travel;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Parameters of the travel-time estimate ({@code medtravail.travel.*}); anything left out takes its default.
 *
 * @param overheadMinutes  fixed time added to every trip: leaving, parking, walking in (default 5)
 * @param lyonCoreRadiusKm Rhône places closer than this to Lyon's centre count as {@link TravelRegion#LYON_CORE}
 *                         (default 8)
 * @param urbanStretchKm   on a trip between two regions, how far one drives at the slower region's pace before
 *                         reaching faster roads (default 5)
 * @param regions          detour factor and speed per region, e.g. {@code regions.petite-couronne.speed-kmh: 18}
 */
@ConfigurationProperties("medtravail.travel")
public record TravelProperties(Integer overheadMinutes, Double lyonCoreRadiusKm, Double urbanStretchKm,
                               Map<TravelRegion, RegionParameters> regions) {

    /**
     * @param detourFactor road distance ÷ great-circle distance
     * @param speedKmh     average door-to-door speed on the road distance
     */
    public record RegionParameters(Double detourFactor, Double speedKmh) {
    }

    public TravelProperties {
        overheadMinutes = overheadMinutes == null ? 5 : overheadMinutes;
        lyonCoreRadiusKm = lyonCoreRadiusKm == null ? 8.0 : lyonCoreRadiusKm;
        urbanStretchKm = urbanStretchKm == null ? 5.0 : urbanStretchKm;
        var complete = new EnumMap<TravelRegion, RegionParameters>(TravelRegion.class);
        for (var region : TravelRegion.values()) {
            var given = regions == null ? null : regions.get(region);
            complete.put(region, new RegionParameters(
                    given == null || given.detourFactor() == null ? region.defaultDetourFactor : given.detourFactor(),
                    given == null || given.speedKmh() == null ? region.defaultSpeedKmh : given.speedKmh()));
        }
        regions = Map.copyOf(complete);
        if (overheadMinutes < 0 || lyonCoreRadiusKm < 0 || urbanStretchKm < 0 || regions.values().stream()
                .anyMatch(r -> r.detourFactor() < 1 || r.speedKmh() <= 0)) {
            throw new IllegalArgumentException("medtravail.travel: overhead, radius and stretch must be >= 0, "
                    + "detour factors >= 1 and speeds > 0");
        }
    }

    /** All defaults: 5 min overhead, 8 km Lyon core, 5 km urban stretch, the regions' detour factors and speeds. */
    public static TravelProperties defaults() {
        return new TravelProperties(null, null, null, null);
    }
}
