package fr.cdg.medtravail.statutory.solver;

import fr.cdg.medtravail.calendar.DatedHalfDay;

/** A doctor's half-day at a place: the value a request is given. */
public record Placement(DoctorHalfDay doctorHalfDay, PlaceHalfDay place, int travelMinutes) {

    public DatedHalfDay halfDay() {
        return doctorHalfDay.halfDay();
    }

    public long doctorId() {
        return doctorHalfDay.doctorId();
    }

    public long cabinetId() {
        return place.cabinetId();
    }
}
