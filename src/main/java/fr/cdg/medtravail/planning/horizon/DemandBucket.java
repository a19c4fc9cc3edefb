package fr.cdg.medtravail.planning.horizon;

import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.planning.domain.VisitReason;

/**
 * Demand of one collectivité for one preferred kind of professional and reason, whatever its priority: a visit planned
 * in an earlier horizon may have been more urgent there.
 */
record DemandBucket(long collectiviteId, ProfessionalKind kind, VisitReason reason) {
}
