package fr.cdg.medtravail.booking;

import java.time.Instant;

/** One step of an appointment's history: who moved it from which status to which, when. */
public record AppointmentChange(AppointmentStatus from, AppointmentStatus to, String by, Instant at, String note) {
}
