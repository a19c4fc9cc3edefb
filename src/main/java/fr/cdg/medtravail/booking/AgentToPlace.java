package fr.cdg.medtravail.booking;

import java.time.LocalDate;
import java.util.Set;

import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.visits.VisitKind;

/** A due visit without an upcoming appointment, most urgent first in the référent's list. */
public record AgentToPlace(long agentId, String lastName, String firstName, VisitKind visitKind, LocalDate dueOn,
                           Set<ProfessionalKind> allowed, ProfessionalKind preferred, Long requestId,
                           boolean confidential, int minutes) {
}
