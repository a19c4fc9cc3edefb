package fr.cdg.medtravail.planning.domain;

import fr.cdg.medtravail.calendar.DatedHalfDay;

/** Where a demand unit is served: a professional's shift held at a cabinet. */
public record Slot(Shift shift, SessionCabinet cabinet) {

    public ConsultingProfessional professional() {
        return shift.professional();
    }

    public DatedHalfDay halfDay() {
        return shift.halfDay();
    }

    @Override
    public String toString() {
        return shift + "/" + cabinet;
    }
}
