package fr.cdg.medtravail.booking;

import fr.cdg.medtravail.visits.VisitKind;

/** A due agent waiting for minutes given back on a session near their collectivité. */
public record WaitlistForm(Long agentId, VisitKind visitKind) {
}
