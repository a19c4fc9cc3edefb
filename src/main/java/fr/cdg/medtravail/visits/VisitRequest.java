package fr.cdg.medtravail.visits;

import java.time.LocalDate;

/**
 * A visit someone asked for: the référent or the secretariat (return, pre-return, employer's request), the agent
 * (confidential or not, filed by the secretariat), or a nurse (orientation). {@code absenceStart} and
 * {@code returnOn} describe the absence behind a return or pre-return visit.
 */
public record VisitRequest(long id, long agentId, long collectiviteId, VisitKind kind, LocalDate filedOn,
                           LocalDate absenceStart, LocalDate returnOn, String motive, boolean confidential,
                           Status status) {

    public enum Status { OPEN, BOOKED, HELD, CANCELLED }
}
