package fr.cdg.medtravail.statutory;

import fr.cdg.medtravail.statutory.domain.RequestStatus;

/** What happened at the visit: DONE, or ABSENT with whether the absence was announced 48 h before. */
public record OutcomeForm(RequestStatus outcome, Boolean absenceAnnounced) {
}
