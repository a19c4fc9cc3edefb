package fr.cdg.medtravail.planning.horizon;

import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.planning.domain.VisitReason;

/** Demand of one collectivité for one kind of professional, reason and priority. */
record DemandBucket(long collectiviteId, ProfessionalKind kind, VisitReason reason, int priority) {
}
