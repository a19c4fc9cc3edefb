package fr.cdg.medtravail.planning.solver;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import fr.cdg.medtravail.calendar.DatedHalfDay;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.planning.domain.ConsultingProfessional;
import fr.cdg.medtravail.planning.domain.DemandUnit;
import fr.cdg.medtravail.planning.domain.PlanningRules;
import fr.cdg.medtravail.planning.domain.ProfessionalMonth;
import fr.cdg.medtravail.planning.domain.SessionCabinet;
import fr.cdg.medtravail.planning.domain.SessionPlan;
import fr.cdg.medtravail.planning.domain.Shift;
import fr.cdg.medtravail.planning.domain.Slot;

/**
 * The hard rules of {@link PlanningConstraints} checked one placement at a time against what is already booked:
 * the first-fit construction, the explanation of unmet demand and the secretariat's moves all ask this class, so a
 * move is refused for exactly the rules the solver keeps. Plain bookkeeping, no score calculation. The notice rule is
 * not here: candidate slots start at the notice date, and a move inside the window is an explicit recorded decision.
 */
public final class HardRules {

    private record CabinetHalfDay(SessionCabinet cabinet, DatedHalfDay halfDay) {
    }

    /** What is booked on one shift; {@code monthSessions} is shared by the shifts of the same month. */
    private static final class ShiftState {
        SessionCabinet cabinet;
        int minutes;
        final int[] monthSessions;

        ShiftState(int[] monthSessions) {
            this.monthSessions = monthSessions;
        }
    }

    private final PlanningRules rules;
    private final Map<Shift, ShiftState> shifts = new HashMap<>();
    private final Map<ProfessionalMonth, int[]> months = new HashMap<>();
    private final Map<CabinetHalfDay, Integer> sessionsInCabinet = new HashMap<>();
    // Candidate lists run shift by shift (several cabinets per shift): remember the last shift looked up.
    private Shift lastShift;
    private ShiftState lastState;

    private HardRules(PlanningRules rules) {
        this.rules = rules;
    }

    /** The rules with every assigned unit of {@code plan} booked. */
    public static HardRules of(SessionPlan plan) {
        return of(plan, unit -> true);
    }

    /** The rules with the assigned units of {@code plan} that {@code booked} accepts. */
    public static HardRules of(SessionPlan plan, Predicate<DemandUnit> booked) {
        var rules = new HardRules(plan.getRules());
        plan.getUnits().stream().filter(unit -> unit.isAssigned() && booked.test(unit))
                .forEach(unit -> rules.book(unit.getSlot(), unit));
        return rules;
    }

    /**
     * The rule a session move breaks, or null: the session's {@code units} are taken out of the plan and placed one
     * after the other on the professional's shift of {@code halfDay} at {@code cabinet}.
     */
    public static PlanningConstraint brokenByMove(SessionPlan plan, List<DemandUnit> units, ConsultingProfessional professional,
                                      DatedHalfDay halfDay, SessionCabinet cabinet) {
        if (halfDay.date().isBefore(plan.getStart()) || halfDay.date().isAfter(plan.getEnd())) {
            return PlanningConstraint.INSIDE_HORIZON;
        }
        // Shifts exist on the professional's working half-days that are not public holidays.
        var probe = new Shift(professional, halfDay, null, false);
        var shift = plan.getShifts().stream().filter(probe::equals).findFirst();
        if (shift.isEmpty()) {
            return PlanningConstraint.PROFESSIONAL_WORKS;
        }
        var others = of(plan, unit -> !units.contains(unit));
        var slot = new Slot(shift.get(), cabinet);
        for (var unit : units) {
            var broken = others.broken(slot, unit);
            if (broken != null) {
                return broken;
            }
            others.book(slot, unit);
        }
        // A session serving no collectivité still needs its professional, a room and an open cabinet.
        return units.isEmpty() ? others.brokenBySession(slot, 0) : null;
    }

    /** The hard rule that keeps {@code unit} out of {@code slot} given the units already booked, or null. */
    public PlanningConstraint broken(Slot slot, DemandUnit unit) {
        if (!unit.mayBeHeldBy(slot.professional().kind())) {
            return PlanningConstraint.PROFESSIONAL_KIND;
        }
        if (slot.cabinet().teleconsultation() && !teleconsultationAllowed(unit, slot.professional())) {
            return PlanningConstraint.TELECONSULTATION;
        }
        var rule = brokenBySession(slot, unit.getMinutes());
        if (rule != null) {
            return rule;
        }
        // Checked last because it costs a map lookup, and candidate lists already respect it.
        return unit.getCollectivite().minutesTo(slot.cabinet()) > rules.maxTravelMinutes()
                ? PlanningConstraint.CABINET_WITHIN_TRAVEL : null;
    }

    /** Teleconsultation is a doctor's decision, and a first hiring visit needs an examination in person. */
    static boolean teleconsultationAllowed(DemandUnit unit, ConsultingProfessional professional) {
        return professional.kind() == ProfessionalKind.OCCUPATIONAL_DOCTOR && unit.mayUseTeleconsultation();
    }

    /** The rules of the session held on {@code slot} once it has {@code minutes} more visit time. */
    private PlanningConstraint brokenBySession(Slot slot, int minutes) {
        var shift = slot.shift();
        if (!shift.available()) {
            return PlanningConstraint.PROFESSIONAL_WORKS;
        }
        var state = state(shift);
        if (state.cabinet != null && !state.cabinet.equals(slot.cabinet())) {
            return PlanningConstraint.ONE_CABINET_PER_HALF_DAY;
        }
        if (state.minutes + minutes > rules.sessionMinutes()) {
            return PlanningConstraint.SESSION_CAPACITY;
        }
        if (state.cabinet == null) {
            // A new session: it counts against the month, takes a room, and may follow another cabinet's morning.
            if (state.monthSessions[0] >= shift.month().maxSessions()) {
                return PlanningConstraint.TIERS_TEMPS;
            }
            if (sessionsInCabinet.getOrDefault(new CabinetHalfDay(slot.cabinet(), shift.halfDay()), 0)
                    >= slot.cabinet().rooms()) {
                return PlanningConstraint.CABINET_ROOMS;
            }
            var other = shifts.get(new Shift(shift.professional(), new DatedHalfDay(shift.halfDay().date(),
                    shift.halfDay().half().other()), null, false));
            if (other != null && other.cabinet != null
                    && other.cabinet.minutesTo(slot.cabinet()) > rules.lunchTripMinutes()) {
                return PlanningConstraint.LUNCH_TRIP;
            }
        }
        return slot.cabinet().isOpen(shift.halfDay()) ? null : PlanningConstraint.CABINET_OPEN;
    }

    /** Books {@code unit} on {@code slot}: the caller has checked {@link #broken}. */
    public void book(Slot slot, DemandUnit unit) {
        var state = state(slot.shift());
        if (state.cabinet == null) {
            state.cabinet = slot.cabinet();
            // As in the constraint: a half-day no longer worked breaks its own rule, not the month's budget.
            if (slot.shift().available()) {
                state.monthSessions[0]++;
            }
            sessionsInCabinet.merge(new CabinetHalfDay(slot.cabinet(), slot.halfDay()), 1, Integer::sum);
        }
        state.minutes += unit.getMinutes();
    }

    private ShiftState state(Shift shift) {
        if (shift != lastShift) {
            lastShift = shift;
            lastState = shifts.computeIfAbsent(shift,
                    s -> new ShiftState(months.computeIfAbsent(s.month(), m -> new int[1])));
        }
        return lastState;
    }
}
