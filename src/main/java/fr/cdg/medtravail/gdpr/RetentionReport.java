package fr.cdg.medtravail.gdpr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a retention run deleted, or would delete for a dry run: the agents of collectivités whose every membership
 * ended on or before {@code endedBefore}, and their référent's contact details.
 */
public record RetentionReport(long id, Instant runAt, boolean dryRun, LocalDate endedBefore, String triggeredBy,
                              int agentsDeleted, List<ErasedCollectivite> collectivites) {

    /** One collectivité of the run. */
    public record ErasedCollectivite(long collectiviteId, String name, LocalDate membershipEndedOn, int agentsDeleted,
                               boolean referentContactCleared) {
    }
}
