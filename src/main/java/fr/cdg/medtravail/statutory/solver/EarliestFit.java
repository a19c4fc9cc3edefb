package fr.cdg.medtravail.statutory.solver;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Places requests one by one, in the given order, on their first candidate (earliest, then nearest) that the
 * requests placed before leave room for. The solver's construction (by deadline, mandatory ahead when needed) and
 * the benchmark's earliest-deadline-first baseline both use it.
 */
public final class EarliestFit {

    /** Mandatory first (convention MSC, article 1), then the nearest deadline, then the oldest. */
    public static final Comparator<OpenRequest> MANDATORY_FIRST = Comparator.comparing(OpenRequest::isMandatory).reversed()
            .thenComparing(OpenRequest::getDueOn).thenComparing(OpenRequest::getReceivedOn).thenComparing(OpenRequest::getId);
    /** The baseline: the nearest deadline first, mandatory or not. */
    public static final Comparator<OpenRequest> EARLIEST_DEADLINE =
            Comparator.comparing(OpenRequest::getDueOn).thenComparing(OpenRequest::getReceivedOn).thenComparing(OpenRequest::getId);

    private EarliestFit() {
    }

    /**
     * The solver's construction: earliest deadline first, which packs the most requests in time; a mandatory request
     * that finds no room that way goes ahead of all the others (taking the place of optional proposals), again until
     * no mandatory request is left out that this priority could place. Answers the placements, assigns nothing.
     */
    public static Map<OpenRequest, Placement> deadlineFirstMandatoryWhenNeeded(StatutoryPlan plan) {
        var ahead = new HashSet<OpenRequest>();
        while (true) {
            var placed = new HashMap<OpenRequest, Placement>();
            place(plan, Comparator.comparing((OpenRequest r) -> !ahead.contains(r)).thenComparing(EARLIEST_DEADLINE), placed::put);
            var leftOut = plan.getRequests().stream()
                    .filter(r -> r.isMandatory() && r.getPlacement() == null && !placed.containsKey(r) && !ahead.contains(r))
                    .toList();
            if (leftOut.isEmpty()) {
                return placed;
            }
            ahead.addAll(leftOut);
        }
    }

    public static void place(StatutoryPlan plan, Comparator<OpenRequest> order, BiConsumer<OpenRequest, Placement> assign) {
        var usedMinutes = new HashMap<DoctorHalfDay, Integer>();
        var placeOf = new HashMap<DoctorHalfDay, Long>();
        var doctorsAt = new HashMap<PlaceHalfDay, Set<Long>>();
        for (var request : plan.getRequests()) {
            if (request.getPlacement() != null) {
                take(request, request.getPlacement(), usedMinutes, placeOf, doctorsAt);
            }
        }
        plan.getRequests().stream().filter(r -> r.getPlacement() == null).sorted(order).forEach(request -> {
            for (var candidate : request.getCandidates()) {
                if (fits(request, candidate, usedMinutes, placeOf, doctorsAt)) {
                    take(request, candidate, usedMinutes, placeOf, doctorsAt);
                    assign.accept(request, candidate);
                    return;
                }
            }
        });
    }

    private static boolean fits(OpenRequest request, Placement candidate, Map<DoctorHalfDay, Integer> usedMinutes,
                                Map<DoctorHalfDay, Long> placeOf, Map<PlaceHalfDay, Set<Long>> doctorsAt) {
        var halfDay = candidate.doctorHalfDay();
        if (usedMinutes.getOrDefault(halfDay, 0) + request.getMinutes() > halfDay.freeMinutes()) {
            return false;
        }
        Long place = placeOf.containsKey(halfDay) ? placeOf.get(halfDay) : halfDay.pinnedCabinetId();
        if (place != null && place != candidate.cabinetId()) {
            return false;
        }
        var doctors = new HashSet<>(doctorsAt.getOrDefault(candidate.place(), Set.of()));
        doctors.add(candidate.doctorId());
        return candidate.place().roomsTakenWith(doctors) <= candidate.place().rooms();
    }

    private static void take(OpenRequest request, Placement placement, Map<DoctorHalfDay, Integer> usedMinutes,
                             Map<DoctorHalfDay, Long> placeOf, Map<PlaceHalfDay, Set<Long>> doctorsAt) {
        usedMinutes.merge(placement.doctorHalfDay(), request.getMinutes(), Integer::sum);
        placeOf.put(placement.doctorHalfDay(), placement.cabinetId());
        doctorsAt.computeIfAbsent(placement.place(), p -> new HashSet<>()).add(placement.doctorId());
    }
}
