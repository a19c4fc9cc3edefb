package fr.cdg.medtravail.planning.domain;

import fr.cdg.medtravail.calendar.DatedHalfDay;

/**
 * A half-day of a professional's weekly pattern inside the horizon. {@code available} is false on leave; public
 * holidays get no shift at all. At most one session (one cabinet) per shift.
 */
public record Shift(ConsultingProfessional professional, DatedHalfDay halfDay, ProfessionalMonth month, boolean available) {

    @Override
    public String toString() {
        return professional.code() + "@" + halfDay;
    }

    /** Identity is (professional, half-day): the availability flag may differ between two loads. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Shift s && s.professional.equals(professional) && s.halfDay.equals(halfDay);
    }

    @Override
    public int hashCode() {
        return professional.hashCode() * 1_000_003 + halfDay.hashCode();
    }
}
