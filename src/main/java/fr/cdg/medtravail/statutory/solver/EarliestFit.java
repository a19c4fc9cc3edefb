package fr.cdg.medtravail.statutory.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Places requests one by one, in the given order, on their first candidate (earliest, then nearest) that the
 * requests placed before leave room for. The solver's construction (by deadline, mandatory ahead when needed, making
 * room as Moore–Hodgson does) and the benchmark's earliest-deadline-first baseline both use it.
 */
public final class EarliestFit {

    /** Mandatory first (convention MSC, article 1), then the nearest deadline, then the oldest. */
    public static final Comparator<OpenRequest> MANDATORY_FIRST = Comparator.comparing(OpenRequest::isMandatory).reversed()
            .thenComparing(OpenRequest::getDueOn).thenComparing(OpenRequest::getReceivedOn).thenComparing(OpenRequest::getId);
    /** The baseline: the nearest deadline first, mandatory or not. */
    public static final Comparator<OpenRequest> EARLIEST_DEADLINE =
            Comparator.comparing(OpenRequest::getDueOn).thenComparing(OpenRequest::getReceivedOn).thenComparing(OpenRequest::getId);
    /** The request to leave out first: the longest (it frees the most time), then the one due last. */
    private static final Comparator<OpenRequest> FIRST_TO_LEAVE_OUT = Comparator.comparingInt(OpenRequest::getMinutes).reversed()
            .thenComparing(OpenRequest::getDueOn, Comparator.reverseOrder()).thenComparing(OpenRequest::getId);

    /**
     * Making room repeats for every request left out, and in an overloaded month for every mandatory one put ahead:
     * past this much time in one construction, the remaining requests take their first fit only, so that a new request
     * is still placed within a second.
     */
    static final Duration ROOM_MAKING = Duration.ofMillis(200);

    private EarliestFit() {
    }

    /**
     * The solver's construction: earliest deadline first, which packs the most requests in time; a request that finds
     * no room moves a placed one elsewhere, or else takes the place of a longer optional one (Moore–Hodgson: the
     * fewest requests left out), a mandatory one the place of any optional one. A mandatory request still left out goes
     * ahead of all the others, again until no mandatory request is left out that this priority could place. Answers
     * the placements, assigns nothing.
     */
    public static Map<OpenRequest, Placement> deadlineFirstMandatoryWhenNeeded(StatutoryPlan plan) {
        var ahead = new HashSet<OpenRequest>();
        long roomMakingUntil = System.nanoTime() + ROOM_MAKING.toNanos();
        while (true) {
            var bookings = new Bookings(plan);
            bookings.placeAll(plan, Comparator.comparing((OpenRequest r) -> !ahead.contains(r)).thenComparing(EARLIEST_DEADLINE),
                    () -> System.nanoTime() - roomMakingUntil < 0);
            var leftOut = plan.getRequests().stream()
                    .filter(r -> r.isMandatory() && r.getPlacement() == null && !bookings.placed.containsKey(r) && !ahead.contains(r))
                    .toList();
            if (leftOut.isEmpty()) {
                return bookings.placed;
            }
            ahead.addAll(leftOut);
        }
    }

    /** Each request on its first candidate that fits, in the given order; one that finds none is left out. */
    public static Map<OpenRequest, Placement> inOrder(StatutoryPlan plan, Comparator<OpenRequest> order) {
        var bookings = new Bookings(plan);
        bookings.placeAll(plan, order, () -> false);
        return bookings.placed;
    }

    /**
     * What the requests take: the minutes of each doctor's half-day, the place each doctor's half-day is spent at, the
     * doctors in each place's rooms. Requests placed before the construction stay; those it places may be moved.
     */
    private static final class Bookings {

        private final Map<DoctorHalfDay, Integer> usedMinutes = new HashMap<>();
        private final Map<DoctorHalfDay, List<OpenRequest>> on = new HashMap<>();
        private final Map<DoctorHalfDay, Long> placeOf = new HashMap<>();
        private final Map<PlaceHalfDay, Set<DoctorHalfDay>> doctorsAt = new HashMap<>();
        /** The placements of this construction, in the order they were made. */
        private final Map<OpenRequest, Placement> placed = new LinkedHashMap<>();

        Bookings(StatutoryPlan plan) {
            for (var request : plan.getRequests()) {
                if (request.getPlacement() != null) {
                    take(request, request.getPlacement());
                }
            }
        }

        /** A request left out makes room while {@code makeRoom} says so. */
        void placeAll(StatutoryPlan plan, Comparator<OpenRequest> order, BooleanSupplier makeRoom) {
            plan.getRequests().stream().filter(r -> r.getPlacement() == null).sorted(order).forEach(request -> {
                if (!placeFirstFit(request) && makeRoom.getAsBoolean()) {
                    makeRoomFor(request);
                }
            });
        }

        private boolean placeFirstFit(OpenRequest request) {
            for (var candidate : request.getCandidates()) {
                if (fits(request, candidate)) {
                    take(request, candidate);
                    placed.put(request, candidate);
                    return true;
                }
            }
            return false;
        }

        /**
         * Among the requests this construction placed that stand in the way (same doctor's half-day, same place's
         * rooms): one that can go elsewhere once the request has its place moves; otherwise the longest optional one
         * is left out when the request is mandatory or shorter. Nothing changes when neither helps.
         */
        private void makeRoomFor(OpenRequest request) {
            var roomMadeBy = new LinkedHashMap<OpenRequest, Placement>();
            for (var candidate : request.getCandidates()) {
                for (var other : standingIn(candidate)) {
                    if (!roomMadeBy.containsKey(other) && fitsWithout(request, candidate, other)) {
                        roomMadeBy.put(other, candidate);
                    }
                }
            }
            for (var entry : roomMadeBy.entrySet()) {
                var other = entry.getKey();
                var from = placed.get(other);
                replace(other, request, entry.getValue());
                if (placeFirstFit(other)) {
                    return;
                }
                replace(request, other, from);
            }
            roomMadeBy.keySet().stream()
                    .filter(other -> !other.isMandatory() && (request.isMandatory() || other.getMinutes() > request.getMinutes()))
                    .min(FIRST_TO_LEAVE_OUT)
                    .ifPresent(other -> replace(other, request, roomMadeBy.get(other)));
        }

        /** The movable requests on the candidate's doctor's half-day or at its place. */
        private Set<OpenRequest> standingIn(Placement candidate) {
            var halfDays = new HashSet<>(doctorsAt.getOrDefault(candidate.place(), Set.of()));
            halfDays.add(candidate.doctorHalfDay());
            var result = new HashSet<OpenRequest>();
            halfDays.forEach(h -> on.getOrDefault(h, List.of()).stream().filter(placed::containsKey).forEach(result::add));
            return result;
        }

        private boolean fitsWithout(OpenRequest request, Placement candidate, OpenRequest other) {
            var from = placed.get(other);
            release(other, from);
            boolean fits = fits(request, candidate);
            take(other, from);
            return fits;
        }

        /** {@code out} loses its placement, {@code in} takes {@code placement}. */
        private void replace(OpenRequest out, OpenRequest in, Placement placement) {
            release(out, placed.remove(out));
            take(in, placement);
            placed.put(in, placement);
        }

        private boolean fits(OpenRequest request, Placement candidate) {
            var halfDay = candidate.doctorHalfDay();
            if (usedMinutes.getOrDefault(halfDay, 0) + request.getMinutes() > halfDay.freeMinutes()) {
                return false;
            }
            Long place = placeOf.containsKey(halfDay) ? placeOf.get(halfDay) : halfDay.pinnedCabinetId();
            if (place != null && place != candidate.cabinetId()) {
                return false;
            }
            var here = doctorsAt.getOrDefault(candidate.place(), Set.of());
            if (here.contains(halfDay)) {
                return true;
            }
            var doctors = new HashSet<Long>();
            here.forEach(h -> doctors.add(h.doctorId()));
            doctors.add(candidate.doctorId());
            return candidate.place().roomsTakenWith(doctors) <= candidate.place().rooms();
        }

        private void take(OpenRequest request, Placement placement) {
            var halfDay = placement.doctorHalfDay();
            usedMinutes.merge(halfDay, request.getMinutes(), Integer::sum);
            on.computeIfAbsent(halfDay, h -> new ArrayList<>()).add(request);
            placeOf.put(halfDay, placement.cabinetId());
            doctorsAt.computeIfAbsent(placement.place(), p -> new HashSet<>()).add(halfDay);
        }

        private void release(OpenRequest request, Placement placement) {
            var halfDay = placement.doctorHalfDay();
            usedMinutes.merge(halfDay, -request.getMinutes(), Integer::sum);
            var requests = on.get(halfDay);
            requests.remove(request);
            if (requests.isEmpty()) {
                placeOf.remove(halfDay);
                doctorsAt.get(placement.place()).remove(halfDay);
            }
        }
    }
}
