package fr.cdg.medtravail.statutory.domain;

/** The planner's answer for one request: an appointment within the deadline, or the obstacle. */
public record PlanDecision(long requestId, StatutoryAppointment appointment, Obstacle obstacle) {
}
