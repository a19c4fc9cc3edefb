package fr.cdg.medtravail.planning.domain;

import java.util.Map;

/** A doctor or nurse: working ratio and travel minutes from home base to each cabinet. */
public record Professional(long id, String code, ProfessionalKind kind, double workingRatio,
                           Map<Long, Integer> homeMinutesToCabinet) {

    public int homeMinutesTo(Cabinet cabinet) {
        return homeMinutesToCabinet.getOrDefault(cabinet.id(), 0);
    }

    @Override
    public String toString() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Professional p && p.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
