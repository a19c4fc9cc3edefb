package fr.cdg.medtravail.planning.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import fr.cdg.medtravail.directory.professional.ProfessionalKind;

/** A doctor or nurse holding consultation sessions: working ratio and travel minutes from home to each cabinet. */
public record ConsultingProfessional(long id, String code, ProfessionalKind kind, double workingRatio,
                                     Map<Long, Integer> homeMinutesToCabinet) {

    /** The kinds of professional that hold preventive-medicine consultation sessions. */
    public static final Set<ProfessionalKind> KINDS = Collections.unmodifiableSet(
            EnumSet.of(ProfessionalKind.OCCUPATIONAL_DOCTOR, ProfessionalKind.NURSE));

    public int homeMinutesTo(SessionCabinet cabinet) {
        return homeMinutesToCabinet.getOrDefault(cabinet.id(), 0);
    }

    @Override
    public String toString() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConsultingProfessional p && p.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
