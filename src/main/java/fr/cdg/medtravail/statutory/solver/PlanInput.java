package fr.cdg.medtravail.statutory.solver;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.cdg.medtravail.calendar.FrenchCalendar;
import fr.cdg.medtravail.statutory.domain.ApprovedDoctor;
import fr.cdg.medtravail.statutory.domain.RequestToPlace;
import fr.cdg.medtravail.statutory.domain.StatutoryAppointment;
import fr.cdg.medtravail.statutory.domain.StatutoryPlace;

/**
 * Everything one solve reads: the doctors and places, the travel minutes from each collectivité to each cabinet
 * ({@code travel.get(collectiviteId).get(cabinetId)}, absent when not known), the confirmed appointments that stay
 * where they are, and the open requests to place. Visits start the working day after {@code today} at the earliest.
 */
public record PlanInput(LocalDate today, FrenchCalendar calendar, List<ApprovedDoctor> doctors,
                        List<StatutoryPlace> places, Map<Long, Map<Long, Integer>> travel,
                        List<StatutoryAppointment> confirmed, List<RequestToPlace> open, int maxTravelMinutes) {
}
