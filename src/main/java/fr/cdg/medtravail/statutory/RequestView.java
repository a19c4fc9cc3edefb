package fr.cdg.medtravail.statutory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import fr.cdg.medtravail.statutory.domain.Deadline;
import fr.cdg.medtravail.statutory.domain.Obstacle;
import fr.cdg.medtravail.statutory.domain.RequestStatus;

/**
 * A request as the API and the screens show it: its deadline from the moment it is filed (and the days suspended),
 * its appointment or the obstacle, when the opinion or report is due, and whether it is late or at risk.
 */
public record RequestView(long id, long collectiviteId, String collectiviteName, long agentId, String agentName,
                          int kind, String kindLabel, String category, boolean mandatory, boolean rpiAti,
                          boolean writtenReport, String context, Instant receivedAt, LocalDate receivedOn,
                          LocalDate calendarDueOn, LocalDate dueOn, List<Deadline.Suspension> suspended,
                          RequestStatus status, String statusLabel, Visit appointment, Obstacle obstacle,
                          String obstacleLabel, LocalDate opinionDueOn, LocalDate reportDueOn, boolean late,
                          boolean atRisk) {

    /** The appointment: who, where, when. */
    public record Visit(long doctorId, String doctorName, long cabinetId, String placeName, LocalDateTime startsAt,
                        int minutes) {
    }
}
