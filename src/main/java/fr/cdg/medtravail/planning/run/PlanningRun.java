package fr.cdg.medtravail.planning.run;

import java.time.Instant;

/** A stored run: its termination, its best score so far (null before the first one) and how it ended. */
public record PlanningRun(long id, long horizonId, RunState state, int terminationSeconds, Instant startedAt,
                          Instant endedAt, String bestScore, Long hardScore, Long mediumScore, Long softScore,
                          int improvements, Instant lastSavedAt, String error) {
}
