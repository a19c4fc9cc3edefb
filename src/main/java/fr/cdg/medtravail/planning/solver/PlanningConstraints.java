package fr.cdg.medtravail.planning.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;
import static fr.cdg.medtravail.planning.solver.PlanningConstraint.*;

import java.time.LocalDate;

import fr.cdg.medtravail.calendar.DatedHalfDay;
import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.planning.domain.DemandUnit;
import fr.cdg.medtravail.planning.domain.PlanningRules;
import fr.cdg.medtravail.planning.domain.Shift;
import fr.cdg.medtravail.planning.domain.Slot;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.tri.TriConstraintStream;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * The convention's rules as constraint streams, named and weighted by {@link PlanningConstraint}. Hard: never broken
 * in a returned feasible plan. Medium: unmet demand, weighted by priority. Soft: quality of the plan.
 */
public class PlanningConstraints implements ConstraintProvider {


    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                cabinetWithinTravel(factory), professionalKind(factory), teleconsultation(factory),
                professionalWorks(factory),
                oneCabinetPerHalfDay(factory), sessionCapacity(factory), lunchTrip(factory), cabinetRooms(factory),
                cabinetOpen(factory), tiersTemps(factory), notice(factory),
                unmetDemand(factory),
                sectorContinuity(factory), homeTravel(factory), loadBalance(factory), spread(factory),
                ownCabinet(factory), stability(factory), preferredKind(factory), fullSessions(factory)
        };
    }

    private static UniConstraintStream<DemandUnit> assigned(ConstraintFactory factory) {
        return factory.forEach(DemandUnit.class).filter(DemandUnit::isAssigned);
    }

    /** Each session (a shift with visits) with its visit minutes, next to the rules. */
    private static TriConstraintStream<Shift, Integer, PlanningRules> sessionMinutes(ConstraintFactory factory) {
        return assigned(factory)
                .groupBy(DemandUnit::getShift, sum(DemandUnit::getMinutes))
                .join(PlanningRules.class);
    }

    Constraint cabinetWithinTravel(ConstraintFactory factory) {
        return assigned(factory)
                .join(PlanningRules.class)
                .filter((unit, rules) -> unit.getCollectivite().minutesTo(unit.getCabinet()) > rules.maxTravelMinutes())
                .penalize(CABINET_WITHIN_TRAVEL.weight())
                .asConstraint(CABINET_WITHIN_TRAVEL.id());
    }

    Constraint professionalKind(ConstraintFactory factory) {
        return assigned(factory)
                .filter(unit -> !unit.mayBeHeldBy(unit.getShift().professional().kind()))
                .penalize(PROFESSIONAL_KIND.weight())
                .asConstraint(PROFESSIONAL_KIND.id());
    }

    Constraint teleconsultation(ConstraintFactory factory) {
        return assigned(factory)
                .filter(unit -> unit.getCabinet().teleconsultation() && !HardRules.teleconsultationAllowed(unit,
                        unit.getShift().professional()))
                .penalize(TELECONSULTATION.weight())
                .asConstraint(TELECONSULTATION.id());
    }

    /** Shifts exist only on pattern half-days that are not public holidays; leave makes them unavailable. */
    Constraint professionalWorks(ConstraintFactory factory) {
        return assigned(factory)
                .filter(unit -> !unit.getShift().available())
                .penalize(PROFESSIONAL_WORKS.weight())
                .asConstraint(PROFESSIONAL_WORKS.id());
    }

    Constraint oneCabinetPerHalfDay(ConstraintFactory factory) {
        return assigned(factory)
                .groupBy(DemandUnit::getShift, countDistinct(DemandUnit::getCabinet))
                .filter((shift, cabinets) -> cabinets > 1)
                .penalizeLong(ONE_CABINET_PER_HALF_DAY.weight(), (shift, cabinets) -> cabinets - 1)
                .asConstraint(ONE_CABINET_PER_HALF_DAY.id());
    }

    /** Visits of a shared session must fit one half-day; penalised per half-hour over. */
    Constraint sessionCapacity(ConstraintFactory factory) {
        return sessionMinutes(factory)
                .filter((shift, minutes, rules) -> minutes > rules.sessionMinutes())
                .penalizeLong(SESSION_CAPACITY.weight(),
                        (shift, minutes, rules) -> (minutes - rules.sessionMinutes() + 29) / 30)
                .asConstraint(SESSION_CAPACITY.id());
    }

    /** Once per pair of sessions (morning, afternoon), whatever the number of units in each. */
    Constraint lunchTrip(ConstraintFactory factory) {
        return sessions(factory, Half.AM)
                .join(sessions(factory, Half.PM),
                        Joiners.equal(Slot::professional),
                        Joiners.equal(slot -> slot.halfDay().date()))
                .join(PlanningRules.class)
                .filter((am, pm, rules) -> am.cabinet().minutesTo(pm.cabinet()) > rules.lunchTripMinutes())
                .penalize(LUNCH_TRIP.weight())
                .asConstraint(LUNCH_TRIP.id());
    }

    private static UniConstraintStream<Slot> sessions(ConstraintFactory factory, Half half) {
        return assigned(factory).filter(unit -> unit.getShift().halfDay().half() == half).groupBy(DemandUnit::getSlot);
    }

    Constraint cabinetRooms(ConstraintFactory factory) {
        return assigned(factory)
                .groupBy(DemandUnit::getCabinet, unit -> unit.getShift().halfDay(), countDistinct(DemandUnit::getShift))
                .filter((cabinet, halfDay, sessions) -> sessions > cabinet.rooms())
                .penalizeLong(CABINET_ROOMS.weight(),
                        (cabinet, halfDay, sessions) -> sessions - cabinet.rooms())
                .asConstraint(CABINET_ROOMS.id());
    }

    Constraint cabinetOpen(ConstraintFactory factory) {
        return assigned(factory)
                .filter(unit -> !unit.getCabinet().isOpen(unit.getShift().halfDay()))
                .penalize(CABINET_OPEN.weight())
                .asConstraint(CABINET_OPEN.id());
    }

    /**
     * At most two thirds of a month's working half-days planned as sessions (MEDPREV: tiers temps). A session on a
     * half-day no longer worked is "Professional works that half-day"'s alone, so it is not counted here.
     */
    Constraint tiersTemps(ConstraintFactory factory) {
        return assigned(factory)
                .filter(unit -> unit.getShift().available())
                .groupBy(DemandUnit::getShift)
                .groupBy(Shift::month, count())
                .filter((month, sessions) -> sessions > month.maxSessions())
                .penalizeLong(TIERS_TEMPS.weight(), (month, sessions) -> sessions - month.maxSessions())
                .asConstraint(TIERS_TEMPS.id());
    }

    /**
     * Nothing created, moved, reassigned or cancelled before the notice date (MEDPREV art. 2.4). Only what was
     * announced (published) is bound: a draft inside the window was never told to anyone.
     */
    Constraint notice(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(DemandUnit.class)
                .filter(unit -> unit.isAssigned() ? !unit.getSlot().equals(unit.getOriginalSlot())
                        : unit.getOriginalSlot() != null)
                .join(PlanningRules.class)
                .filter((unit, rules) -> touchesBefore(unit, rules.noticeDate()))
                .penalize(NOTICE.weight())
                .asConstraint(NOTICE.id());
    }

    private static boolean touchesBefore(DemandUnit unit, LocalDate noticeDate) {
        return (unit.isAssigned() && unit.getShift().halfDay().date().isBefore(noticeDate))
                || (unit.isOriginalPublished() && unit.getOriginalSlot().halfDay().date().isBefore(noticeDate));
    }

    Constraint unmetDemand(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(DemandUnit.class)
                .filter(unit -> !unit.isAssigned())
                .penalizeLong(UNMET_DEMAND.weight(), DemandUnit::unmetWeight)
                .asConstraint(UNMET_DEMAND.id());
    }

    /** Each extra professional serving the same collectivité for the same kind of visit. */
    Constraint sectorContinuity(ConstraintFactory factory) {
        return assigned(factory)
                .groupBy(DemandUnit::getCollectivite, DemandUnit::getPreferredKind,
                        countDistinct(unit -> unit.getShift().professional()))
                .filter((collectivite, kind, professionals) -> professionals > 1)
                .penalizeLong(SECTOR_CONTINUITY.weight(),
                        (collectivite, kind, professionals) -> professionals - 1)
                .asConstraint(SECTOR_CONTINUITY.id());
    }

    /** Minutes from the professional's home base to the session's cabinet, once per session. */
    Constraint homeTravel(ConstraintFactory factory) {
        return assigned(factory)
                .groupBy(DemandUnit::getSlot)
                .penalizeLong(HOME_TRAVEL.weight(), slot -> slot.professional().homeMinutesTo(slot.cabinet()))
                .asConstraint(HOME_TRAVEL.id());
    }

    /** Sum over professionals of sessions² / working ratio: minimal when sessions are proportional to the ratio. */
    Constraint loadBalance(ConstraintFactory factory) {
        return assigned(factory)
                .groupBy(unit -> unit.getShift().professional(), countDistinct(DemandUnit::getShift))
                .penalizeLong(LOAD_BALANCE.weight(),
                        (professional, sessions) -> Math.round(sessions * sessions / professional.workingRatio()))
                .asConstraint(LOAD_BALANCE.id());
    }

    /** Squared half-days per collectivité and week: sessions bunched in a few weeks cost more. */
    Constraint spread(ConstraintFactory factory) {
        return assigned(factory)
                .groupBy(DemandUnit::getCollectivite, unit -> unit.getShift().halfDay().weekKey(), count())
                .penalizeLong(SPREAD.weight(), (collectivite, week, units) -> (long) units * units)
                .asConstraint(SPREAD.id());
    }

    Constraint ownCabinet(ConstraintFactory factory) {
        return assigned(factory)
                .filter(unit -> unit.getCollectivite().ownCabinetId() != null
                        && unit.getCollectivite().ownCabinetId() != unit.getCabinet().id())
                .penalize(OWN_CABINET.weight())
                .asConstraint(OWN_CABINET.id());
    }

    /**
     * Visits either kind may hold go to the preferred one when possible (nurses for VIP, so doctors keep their time
     * for doctors' visits): per minute held by the other kind, below any unmet demand (medium).
     */
    Constraint preferredKind(ConstraintFactory factory) {
        return assigned(factory)
                .filter(unit -> !unit.isHeldByPreferredKind())
                .penalizeLong(PREFERRED_KIND.weight(), DemandUnit::getMinutes)
                .asConstraint(PREFERRED_KIND.id());
    }

    /** Re-planning changes as little as possible of the stored plan. */
    Constraint stability(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(DemandUnit.class)
                .filter(DemandUnit::isChanged)
                .penalize(STABILITY.weight())
                .asConstraint(STABILITY.id());
    }

    /**
     * A half-day is either a full session or none: used × free minutes per session, in quarter-hours², is 0 for a full
     * session and largest for a half-full one. Free minutes gather into sessions that can then be given up, which is
     * what makes room for a long unit when demand is near capacity, and spares professionals half-empty trips.
     */
    Constraint fullSessions(ConstraintFactory factory) {
        return sessionMinutes(factory)
                .filter((shift, minutes, rules) -> minutes < rules.sessionMinutes())
                .penalizeLong(FULL_SESSIONS.weight(),
                        (shift, minutes, rules) -> (long) minutes * (rules.sessionMinutes() - minutes) / 225)
                .asConstraint(FULL_SESSIONS.id());
    }
}
