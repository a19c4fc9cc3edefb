package fr.cdg.medtravail.booking;

import java.time.LocalDateTime;

/**
 * What happened to an appointment, recorded by its professional or the secretariat, on the {@code version} read.
 * {@code certificateNote}: the non-medical conclusion for the employer's certificate (never medical content).
 * {@code announcedAt}: when an absence recorded as announced was announced (Paris time), at least 48 hours before.
 */
public record AttendanceForm(AppointmentStatus status, Integer version, String certificateNote,
                             LocalDateTime announcedAt) {
}
