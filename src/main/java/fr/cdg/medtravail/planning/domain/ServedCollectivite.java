package fr.cdg.medtravail.planning.domain;

import java.util.Map;

/**
 * A collectivité as the planner sees it: travel minutes to each cabinet (table travel_time) and its own cabinet,
 * if it lends one.
 */
public record ServedCollectivite(long id, String name, Map<Long, Integer> minutesToCabinet, Long ownCabinetId) {

    /**
     * Minutes of travel to a cabinet; unknown pairs count as unreachable. Teleconsultation needs no travel: 0 minutes
     * from every collectivité (DOMAIN.md, Cabinet), so {@code minutesToCabinet} holds only real trips.
     */
    public int minutesTo(SessionCabinet cabinet) {
        return cabinet.teleconsultation() ? 0 : minutesToCabinet.getOrDefault(cabinet.id(), Integer.MAX_VALUE);
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServedCollectivite c && c.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
