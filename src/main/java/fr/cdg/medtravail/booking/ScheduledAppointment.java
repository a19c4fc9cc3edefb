package fr.cdg.medtravail.booking;

/** An appointment with the agent's name, as the référent's sessions and the professional's day show it. */
public record ScheduledAppointment(Appointment appointment, String lastName, String firstName) {
}
