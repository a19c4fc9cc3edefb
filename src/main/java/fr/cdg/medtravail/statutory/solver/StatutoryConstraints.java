package fr.cdg.medtravail.statutory.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toSet;

import java.util.HashSet;
import java.util.Set;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * The convention MSC as constraint streams. Deadline, patterns, leave, opening and travel are already in each
 * request's candidates; hard here: what requests share (a doctor's time, a doctor's place, a place's rooms). Medium:
 * requests left without an appointment, mandatory first. Soft: earlier visits, shorter travel.
 */
public class StatutoryConstraints implements ConstraintProvider {

    public static final String DOCTOR_TIME = "Doctor's half-day time";
    public static final String ONE_PLACE = "One place per doctor and half-day";
    public static final String ROOMS = "Rooms of the place";
    public static final String UNPLACED = "Request without appointment before its deadline";
    public static final String EARLY = "Visit soon after receipt";
    public static final String TRAVEL = "Short travel for the agent";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {doctorTime(factory), onePlace(factory), rooms(factory), unplaced(factory),
                early(factory), travel(factory)};
    }

    Constraint doctorTime(ConstraintFactory factory) {
        return factory.forEach(OpenRequest.class)
                .groupBy(OpenRequest::getDoctorHalfDay, sum(OpenRequest::getMinutes))
                .filter((halfDay, minutes) -> minutes > halfDay.freeMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (halfDay, minutes) -> minutes - halfDay.freeMinutes())
                .asConstraint(DOCTOR_TIME);
    }

    /** A doctor is in one place a half-day: the same for all requests, and where confirmed appointments put them. */
    Constraint onePlace(ConstraintFactory factory) {
        return factory.forEach(OpenRequest.class)
                .groupBy(OpenRequest::getDoctorHalfDay, toSet(r -> r.getPlacement().cabinetId()))
                .filter((halfDay, places) -> extraPlaces(halfDay, places) > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD, StatutoryConstraints::extraPlaces)
                .asConstraint(ONE_PLACE);
    }

    Constraint rooms(ConstraintFactory factory) {
        return factory.forEach(OpenRequest.class)
                .groupBy(r -> r.getPlacement().place(), toSet(OpenRequest::getDoctorHalfDay))
                .filter((place, halfDays) -> place.roomsTakenWith(doctors(halfDays)) > place.rooms())
                .penalize(HardMediumSoftLongScore.ONE_HARD,
                        (place, halfDays) -> place.roomsTakenWith(doctors(halfDays)) - place.rooms())
                .asConstraint(ROOMS);
    }

    Constraint unplaced(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(OpenRequest.class)
                .filter(r -> r.getPlacement() == null)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, OpenRequest::unplacedWeight)
                .asConstraint(UNPLACED);
    }

    Constraint early(ConstraintFactory factory) {
        return factory.forEach(OpenRequest.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, r -> r.waitingDays() * (r.isMandatory() ? 20 : 10))
                .asConstraint(EARLY);
    }

    Constraint travel(ConstraintFactory factory) {
        return factory.forEach(OpenRequest.class)
                .penalize(HardMediumSoftLongScore.ONE_SOFT, r -> r.getPlacement().travelMinutes())
                .asConstraint(TRAVEL);
    }

    private static int extraPlaces(DoctorHalfDay halfDay, Set<Long> places) {
        var all = new HashSet<>(places);
        if (halfDay.pinnedCabinetId() != null) {
            all.add(halfDay.pinnedCabinetId());
        }
        return all.size() - 1;
    }

    private static Set<Long> doctors(Set<DoctorHalfDay> halfDays) {
        var ids = new HashSet<Long>();
        halfDays.forEach(h -> ids.add(h.doctorId()));
        return ids;
    }
}
