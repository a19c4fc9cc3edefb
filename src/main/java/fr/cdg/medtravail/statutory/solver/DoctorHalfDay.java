package fr.cdg.medtravail.statutory.solver;

import fr.cdg.medtravail.calendar.DatedHalfDay;

/**
 * A half-day an approved doctor works, with the minutes left after confirmed appointments and, when there are some,
 * the place they pin the doctor to.
 */
public record DoctorHalfDay(long doctorId, DatedHalfDay halfDay, int freeMinutes, Long pinnedCabinetId) {
}
