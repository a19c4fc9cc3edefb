package fr.cdg.medtravail.booking;

/**
 * What happened to an appointment, recorded by its professional or the secretariat, on the {@code version} read.
 * {@code certificateNote}: the non-medical conclusion for the employer's certificate (never medical content).
 */
public record AttendanceForm(AppointmentStatus status, Integer version, String certificateNote) {
}
