package fr.cdg.medtravail.planning.solver;

import fr.cdg.medtravail.calendar.Half;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import fr.cdg.medtravail.planning.domain.Cabinet;
import fr.cdg.medtravail.planning.domain.DemandUnit;
import fr.cdg.medtravail.calendar.DatedHalfDay;
import fr.cdg.medtravail.planning.domain.PlanningProblem;
import fr.cdg.medtravail.planning.domain.PlanningRules;
import fr.cdg.medtravail.planning.domain.ProfessionalMonth;
import fr.cdg.medtravail.planning.domain.Shift;
import fr.cdg.medtravail.planning.domain.Slot;

/**
 * Greedy first fit by priority: each unmet unit, highest priority first, takes the first candidate slot that keeps
 * every hard rule. Plain bookkeeping instead of score calculation, so it places thousands of units in seconds. It is
 * both the solver's construction heuristic (a custom phase) and the benchmark's baseline.
 */
public final class FirstFitPlacer {

    private record CabinetHalfDay(Cabinet cabinet, DatedHalfDay halfDay) {
    }

    /** What is booked on one shift; {@code monthSessions} is shared by the shifts of the same month. */
    private static final class ShiftState {
        Cabinet cabinet;
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

    private FirstFitPlacer(PlanningRules rules) {
        this.rules = rules;
    }

    private ShiftState state(Shift shift) {
        if (shift != lastShift) {
            lastShift = shift;
            lastState = shifts.computeIfAbsent(shift,
                    s -> new ShiftState(months.computeIfAbsent(s.month(), m -> new int[1])));
        }
        return lastState;
    }

    /**
     * Places the unassigned units of {@code problem}; {@code assign} sets the variable (through the score director
     * when run as a phase). Returns the number of units placed.
     */
    public static int place(PlanningProblem problem, BiConsumer<DemandUnit, Slot> assign) {
        var placer = of(problem);
        var order = problem.getUnits().stream()
                .filter(unit -> !unit.isAssigned() && !unit.isPinned())
                .sorted(Comparator.comparingInt(DemandUnit::getPriority).reversed()
                        .thenComparing(Comparator.comparingInt(DemandUnit::getMinutes).reversed())
                        .thenComparingLong(DemandUnit::getId))
                .toList();
        int placed = 0;
        for (var unit : order) {
            for (var slot : unit.getCandidateSlots().slots()) {
                if (placer.blocker(slot, unit) == null) {
                    placer.book(slot, unit);
                    assign.accept(unit, slot);
                    placed++;
                    break;
                }
            }
        }
        return placed;
    }

    /** The hard rule that keeps {@code unit} out of {@code slot} given the units already placed, or null. */
    public String blocker(Slot slot, DemandUnit unit) {
        var shift = slot.shift();
        if (shift.professional().kind() != unit.getKind()) {
            return PlanningConstraints.PROFESSIONAL_KIND;
        }
        if (!shift.available()) {
            return PlanningConstraints.PROFESSIONAL_WORKS;
        }
        var state = state(shift);
        if (state.cabinet != null && !state.cabinet.equals(slot.cabinet())) {
            return PlanningConstraints.ONE_CABINET_PER_HALF_DAY;
        }
        if (state.minutes + unit.getMinutes() > rules.sessionMinutes()) {
            return PlanningConstraints.SESSION_CAPACITY;
        }
        if (state.cabinet != null) {
            return placeRule(slot, unit);
        }
        if (state.monthSessions[0] >= shift.month().maxSessions()) {
            return PlanningConstraints.TIERS_TEMPS;
        }
        if (sessionsInCabinet.getOrDefault(new CabinetHalfDay(slot.cabinet(), shift.halfDay()), 0)
                >= slot.cabinet().rooms()) {
            return PlanningConstraints.CABINET_ROOMS;
        }
        var otherPart = shift.halfDay().half() == Half.AM ? Half.PM : Half.AM;
        var other = shifts.get(new Shift(shift.professional(), new DatedHalfDay(shift.halfDay().date(), otherPart), null, false));
        if (other != null && other.cabinet != null && other.cabinet.minutesTo(slot.cabinet()) > rules.lunchTripMinutes()) {
            return PlanningConstraints.LUNCH_TRIP;
        }
        return placeRule(slot, unit);
    }

    /** Rules the candidate lists already respect; checked last because they cost map lookups. */
    private String placeRule(Slot slot, DemandUnit unit) {
        if (unit.getCollectivite().minutesTo(slot.cabinet()) > rules.maxTravelMinutes()) {
            return PlanningConstraints.CABINET_WITHIN_TRAVEL;
        }
        if (!slot.cabinet().isOpen(slot.halfDay())) {
            return PlanningConstraints.CABINET_OPEN;
        }
        return slot.halfDay().date().isBefore(rules.noticeDate()) ? PlanningConstraints.NOTICE : null;
    }

    private void book(Slot slot, DemandUnit unit) {
        var state = state(slot.shift());
        if (state.cabinet == null) {
            state.cabinet = slot.cabinet();
            state.monthSessions[0]++;
            sessionsInCabinet.merge(new CabinetHalfDay(slot.cabinet(), slot.halfDay()), 1, Integer::sum);
        }
        state.minutes += unit.getMinutes();
    }

    /** A placer that knows the units already assigned in {@code problem}. */
    public static FirstFitPlacer of(PlanningProblem problem) {
        var placer = new FirstFitPlacer(problem.getRules());
        problem.getUnits().stream().filter(DemandUnit::isAssigned).forEach(unit -> placer.book(unit.getSlot(), unit));
        return placer;
    }
}
