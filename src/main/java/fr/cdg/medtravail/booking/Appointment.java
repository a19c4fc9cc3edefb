package fr.cdg.medtravail.booking;

import java.time.Instant;
import java.time.LocalDateTime;

import fr.cdg.medtravail.visits.VisitKind;

/**
 * An agent's visit on a session at a time. {@code confidential}: the agent's own request, never shown to the
 * référent. {@code version} grows with each change; an edit naming an older one is refused.
 */
public record Appointment(long id, long sessionId, long collectiviteId, long agentId, VisitKind visitKind,
                          Long requestId, boolean confidential, LocalDateTime start, LocalDateTime end,
                          AppointmentStatus status, ReserveSource reserve, String bookedBy, Instant bookedAt,
                          String certificateNote, int version) {

    public TimeRange time() {
        return new TimeRange(start, end);
    }
}
