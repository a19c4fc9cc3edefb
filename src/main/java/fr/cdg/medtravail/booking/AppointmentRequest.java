package fr.cdg.medtravail.booking;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import fr.cdg.medtravail.visits.VisitKind;
import fr.cdg.medtravail.web.FieldProblem;

/** Placing an agent: on which session, for which visit, at what time. */
public record AppointmentRequest(Long sessionId, Long agentId, VisitKind visitKind, LocalDateTime start) {

    public List<FieldProblem> problems() {
        var problems = new ArrayList<FieldProblem>();
        if (sessionId == null) {
            problems.add(FieldProblem.of("sessionId", "must name a published session"));
        }
        if (agentId == null) {
            problems.add(FieldProblem.of("agentId", "must name the agent"));
        }
        if (visitKind == null) {
            problems.add(FieldProblem.of("visitKind", "must be one of VIP, SMP, HIRING, RETURN, PRE_RETURN,"
                    + " AGENT_REQUEST, EMPLOYER_REQUEST, NURSE_ORIENTATION"));
        }
        if (start == null) {
            problems.add(FieldProblem.of("start", "must give the start time, e.g. 2027-03-01T09:00"));
        }
        return problems;
    }
}
