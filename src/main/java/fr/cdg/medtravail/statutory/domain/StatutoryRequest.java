package fr.cdg.medtravail.statutory.domain;

import java.time.Instant;

/**
 * A stored request with its deadline, its appointment (null while none) or the obstacle, and the names the screens
 * show. {@code absenceAnnounced} is set when the agent was absent.
 */
public record StatutoryRequest(long id, long collectiviteId, String collectiviteName, long agentId, String agentName,
                               StatutoryKind kind, boolean rpiAti, boolean writtenReport, String context,
                               Instant receivedAt, Deadline deadline, String filedBy, RequestStatus status,
                               StatutoryAppointment appointment, String doctorName, String placeName, Obstacle obstacle,
                               Boolean absenceAnnounced) {

    public boolean mandatory() {
        return kind.mandatory();
    }
}
