package fr.cdg.medtravail.booking;

import java.util.List;

/** An appointment with every change it went through. */
public record AppointmentDetail(Appointment appointment, List<AppointmentChange> history) {
}
