package fr.cdg.medtravail.statutory.domain;

import java.time.LocalDate;

/** What the planner needs of a request that has no confirmed appointment yet. */
public record RequestToPlace(long id, long collectiviteId, boolean mandatory, LocalDate receivedOn, LocalDate dueOn,
                             int minutes) {
}
