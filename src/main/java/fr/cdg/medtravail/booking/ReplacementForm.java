package fr.cdg.medtravail.booking;

import fr.cdg.medtravail.visits.VisitKind;

/** Another agent takes an appointment's time, on the {@code version} read. */
public record ReplacementForm(Long agentId, VisitKind visitKind, Integer version) {
}
