package fr.cdg.medtravail.planning.domain;

import java.time.LocalDate;

/**
 * The convention's numbers for one run.
 *
 * @param maxTravelMinutes  collectivité → cabinet limit (MEDPREV art. 2.2: one hour)
 * @param lunchTripMinutes  longest trip allowed between a morning and an afternoon cabinet
 * @param sessionMinutes    visit time in one half-day session
 * @param noticeDate        first date that may still be created or changed (today + 4 weeks, MEDPREV art. 2.4)
 */
public record PlanningRules(int maxTravelMinutes, int lunchTripMinutes, int sessionMinutes, LocalDate noticeDate) {
}
