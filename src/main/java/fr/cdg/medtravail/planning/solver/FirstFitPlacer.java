package fr.cdg.medtravail.planning.solver;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import fr.cdg.medtravail.planning.domain.Cabinet;
import fr.cdg.medtravail.planning.domain.DemandUnit;
import fr.cdg.medtravail.planning.domain.HalfDay;
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

    private record CabinetHalfDay(Cabinet cabinet, HalfDay halfDay) {
    }

    private record ProfessionalDate(long professionalId, LocalDate date, HalfDay.Part part) {
    }

    private final PlanningRules rules;
    private final Map<Shift, Cabinet> cabinetOfShift = new HashMap<>();
    private final Map<Shift, Integer> minutesOfShift = new HashMap<>();
    private final Map<CabinetHalfDay, Integer> sessionsInCabinet = new HashMap<>();
    private final Map<ProfessionalMonth, Integer> sessionsInMonth = new HashMap<>();
    private final Map<ProfessionalDate, Cabinet> cabinetOfHalf = new HashMap<>();

    private FirstFitPlacer(PlanningRules rules) {
        this.rules = rules;
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
        if (unit.getCollectivite().minutesTo(slot.cabinet()) > rules.maxTravelMinutes()) {
            return PlanningConstraints.CABINET_WITHIN_TRAVEL;
        }
        if (!slot.cabinet().isOpen(shift.halfDay())) {
            return PlanningConstraints.CABINET_OPEN;
        }
        if (shift.halfDay().date().isBefore(rules.noticeDate())) {
            return PlanningConstraints.NOTICE;
        }
        var current = cabinetOfShift.get(shift);
        if (current != null && !current.equals(slot.cabinet())) {
            return PlanningConstraints.ONE_CABINET_PER_HALF_DAY;
        }
        if (minutesOfShift.getOrDefault(shift, 0) + unit.getMinutes() > rules.sessionMinutes()) {
            return PlanningConstraints.SESSION_CAPACITY;
        }
        if (current != null) {
            return null;
        }
        if (sessionsInCabinet.getOrDefault(new CabinetHalfDay(slot.cabinet(), shift.halfDay()), 0)
                >= slot.cabinet().rooms()) {
            return PlanningConstraints.CABINET_ROOMS;
        }
        if (sessionsInMonth.getOrDefault(shift.month(), 0) >= shift.month().maxSessions()) {
            return PlanningConstraints.TIERS_TEMPS;
        }
        var otherPart = shift.halfDay().part() == HalfDay.Part.AM ? HalfDay.Part.PM : HalfDay.Part.AM;
        var otherCabinet = cabinetOfHalf.get(
                new ProfessionalDate(shift.professional().id(), shift.halfDay().date(), otherPart));
        return otherCabinet == null || otherCabinet.minutesTo(slot.cabinet()) <= rules.lunchTripMinutes()
                ? null : PlanningConstraints.LUNCH_TRIP;
    }

    private void book(Slot slot, DemandUnit unit) {
        var shift = slot.shift();
        if (cabinetOfShift.putIfAbsent(shift, slot.cabinet()) == null) {
            sessionsInCabinet.merge(new CabinetHalfDay(slot.cabinet(), shift.halfDay()), 1, Integer::sum);
            sessionsInMonth.merge(shift.month(), 1, Integer::sum);
            cabinetOfHalf.put(new ProfessionalDate(shift.professional().id(), shift.halfDay().date(),
                    shift.halfDay().part()), slot.cabinet());
        }
        minutesOfShift.merge(shift, unit.getMinutes(), Integer::sum);
    }

    /** A placer that knows the units already assigned in {@code problem}. */
    public static FirstFitPlacer of(PlanningProblem problem) {
        var placer = new FirstFitPlacer(problem.getRules());
        problem.getUnits().stream().filter(DemandUnit::isAssigned).forEach(unit -> placer.book(unit.getSlot(), unit));
        return placer;
    }
}
