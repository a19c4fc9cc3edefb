package fr.cdg.medtravail.statutory.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import fr.cdg.medtravail.calendar.DatedHalfDay;
import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.calendar.WeeklyHalfDay;
import fr.cdg.medtravail.statutory.domain.Obstacle;
import fr.cdg.medtravail.statutory.domain.PlanDecision;
import fr.cdg.medtravail.statutory.domain.RequestToPlace;
import fr.cdg.medtravail.statutory.domain.StatutoryAppointment;
import fr.cdg.medtravail.statutory.domain.StatutoryPlace;

/**
 * Gives each open request an appointment with an approved doctor before its deadline, mandatory first, without
 * moving confirmed appointments: a short solve over the open requests, the confirmed ones taken out of the doctors'
 * time and the places' rooms. A request left without appointment gets the obstacle that explains it.
 */
public class StatutoryPlanner {

    public static final String RESOURCE = "solver-config/statutory-solver.xml";

    private final SolverFactory<StatutoryPlan> solverFactory;

    /** {@code unimprovedMillis}: local search stops after that long without a better plan (and after 10 times that). */
    public StatutoryPlanner(long unimprovedMillis) {
        this.solverFactory = SolverFactory.create(SolverConfig.createFromXmlResource(RESOURCE)
                .withTerminationConfig(new TerminationConfig()
                        .withUnimprovedMillisecondsSpentLimit(unimprovedMillis)
                        .withMillisecondsSpentLimit(unimprovedMillis * 10)));
    }

    public List<PlanDecision> plan(PlanInput input) {
        var problem = new Problem(input);
        var solved = problem.plan.getRequests().isEmpty() ? problem.plan : solverFactory.buildSolver().solve(problem.plan);
        return problem.decisions(solved);
    }

    /** The baseline of the benchmark: requests placed in the given order, no local search. */
    public static List<PlanDecision> placeInOrder(PlanInput input, Comparator<OpenRequest> order) {
        var problem = new Problem(input);
        EarliestFit.inOrder(problem.plan, order).forEach(OpenRequest::setPlacement);
        return problem.decisions(problem.plan);
    }

    /** Builds the facts and candidates of a solve, and turns its result into decisions with start times. */
    static final class Problem {

        private final PlanInput input;
        private final Map<Long, RequestToPlace> requests = new HashMap<>();
        private final Map<String, DoctorHalfDay> doctorHalfDays = new HashMap<>();
        private final Map<String, PlaceHalfDay> placeHalfDays = new HashMap<>();
        private final Map<Long, List<StatutoryPlace>> reachable = new HashMap<>();
        final StatutoryPlan plan;

        Problem(PlanInput input) {
            this.input = input;
            var pinnedMinutes = new HashMap<String, Integer>();
            var pinnedPlace = new HashMap<String, Long>();
            var pinnedDoctors = new HashMap<String, Set<Long>>();
            for (var appointment : input.confirmed()) {
                var halfDay = Timetable.halfDayOf(appointment.startsAt());
                var key = appointment.doctorId() + "@" + halfDay;
                pinnedMinutes.merge(key, appointment.minutes(), Integer::sum);
                pinnedPlace.put(key, appointment.cabinetId());
                pinnedDoctors.computeIfAbsent(appointment.cabinetId() + "@" + halfDay, k -> new HashSet<>())
                        .add(appointment.doctorId());
            }
            var entities = new ArrayList<OpenRequest>();
            for (var request : input.open()) {
                requests.put(request.id(), request);
                var candidates = new ArrayList<Placement>();
                for (var halfDay : halfDays(earliest(request), request.dueOn())) {
                    for (var doctor : input.doctors()) {
                        if (!doctor.works(halfDay.date(), halfDay.half())) {
                            continue;
                        }
                        var doctorKey = doctor.id() + "@" + halfDay;
                        var doctorHalfDay = doctorHalfDays.computeIfAbsent(doctorKey, k -> new DoctorHalfDay(doctor.id(),
                                halfDay, Timetable.HALF_DAY_MINUTES - pinnedMinutes.getOrDefault(k, 0), pinnedPlace.get(k)));
                        if (doctorHalfDay.freeMinutes() < request.minutes()) {
                            continue;
                        }
                        for (var place : reachable(request.collectiviteId())) {
                            if (!open(place, halfDay) || doctorHalfDay.pinnedCabinetId() != null
                                    && doctorHalfDay.pinnedCabinetId() != place.cabinetId()) {
                                continue;
                            }
                            var placeKey = place.cabinetId() + "@" + halfDay;
                            var placeHalfDay = placeHalfDays.computeIfAbsent(placeKey, k -> new PlaceHalfDay(
                                    place.cabinetId(), halfDay, place.rooms(), pinnedDoctors.getOrDefault(k, Set.of())));
                            candidates.add(new Placement(doctorHalfDay, placeHalfDay, minutes(request.collectiviteId(), place)));
                        }
                    }
                }
                candidates.sort(Comparator.comparing(Placement::halfDay).thenComparingInt(Placement::travelMinutes)
                        .thenComparingLong(Placement::doctorId));
                entities.add(new OpenRequest(request.id(), request.mandatory(), request.receivedOn(), request.dueOn(),
                        request.minutes(), candidates));
            }
            plan = new StatutoryPlan(new ArrayList<>(doctorHalfDays.values()), new ArrayList<>(placeHalfDays.values()), entities);
        }

        List<PlanDecision> decisions(StatutoryPlan solved) {
            var timetables = new HashMap<DoctorHalfDay, Timetable>();
            var confirmedByKey = new HashMap<String, List<StatutoryAppointment>>();
            input.confirmed().forEach(a -> confirmedByKey
                    .computeIfAbsent(a.doctorId() + "@" + Timetable.halfDayOf(a.startsAt()), k -> new ArrayList<>()).add(a));
            var decisions = new ArrayList<PlanDecision>();
            solved.getRequests().stream().sorted(EarliestFit.MANDATORY_FIRST).forEach(request -> {
                var placement = request.getPlacement();
                if (placement == null) {
                    decisions.add(new PlanDecision(request.getId(), null, obstacle(requests.get(request.getId()))));
                    return;
                }
                var timetable = timetables.computeIfAbsent(placement.doctorHalfDay(), halfDay -> {
                    var fresh = new Timetable(halfDay.halfDay());
                    confirmedByKey.getOrDefault(halfDay.doctorId() + "@" + halfDay.halfDay(), List.of())
                            .forEach(a -> fresh.book(a.startsAt(), a.minutes()));
                    return fresh;
                });
                var startsAt = timetable.bookFirstGap(request.getMinutes());
                decisions.add(new PlanDecision(request.getId(),
                        new StatutoryAppointment(request.getId(), placement.doctorId(), placement.cabinetId(), startsAt,
                                request.getMinutes()), null));
            });
            return decisions;
        }

        /** Why nothing was found: no doctor at all, doctors on leave, no place, or no time left. */
        private Obstacle obstacle(RequestToPlace request) {
            var halfDays = halfDays(earliest(request), request.dueOn());
            var doctors = input.doctors();
            if (halfDays.stream().noneMatch(h -> doctors.stream().anyMatch(d -> d.scheduled(h.date(), h.half())))) {
                return Obstacle.NO_DOCTOR;
            }
            var working = halfDays.stream().filter(h -> doctors.stream().anyMatch(d -> d.works(h.date(), h.half()))).toList();
            if (working.isEmpty()) {
                return Obstacle.LEAVE;
            }
            var places = reachable(request.collectiviteId());
            if (working.stream().noneMatch(h -> places.stream().anyMatch(p -> open(p, h)))) {
                return Obstacle.NO_ROOM;
            }
            return Obstacle.NO_TIME;
        }

        private LocalDate earliest(RequestToPlace request) {
            var calendar = input.calendar();
            var afterReceipt = calendar.addWorkingDays(request.receivedOn(), 1);
            var afterToday = calendar.addWorkingDays(input.today(), 1);
            return afterReceipt.isAfter(afterToday) ? afterReceipt : afterToday;
        }

        private List<DatedHalfDay> halfDays(LocalDate from, LocalDate to) {
            var result = new ArrayList<DatedHalfDay>();
            for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
                if (input.calendar().isWorkingDay(day)) {
                    result.add(new DatedHalfDay(day, Half.AM));
                    result.add(new DatedHalfDay(day, Half.PM));
                }
            }
            return result;
        }

        /** The CDG's premises always; other cabinets within the travel limit of the collectivité. */
        private List<StatutoryPlace> reachable(long collectiviteId) {
            return reachable.computeIfAbsent(collectiviteId, id -> input.places().stream()
                    .filter(place -> place.premises() || minutes(id, place) <= input.maxTravelMinutes())
                    .toList());
        }

        private int minutes(long collectiviteId, StatutoryPlace place) {
            var known = input.travel().getOrDefault(collectiviteId, Map.of()).get(place.cabinetId());
            return known != null ? known : place.premises() ? 0 : Integer.MAX_VALUE;
        }

        /** A place with no opening half-days recorded is taken as open on every working half-day. */
        private static boolean open(StatutoryPlace place, DatedHalfDay halfDay) {
            return place.openHalfDays().isEmpty()
                    || place.openHalfDays().contains(new WeeklyHalfDay(halfDay.date().getDayOfWeek(), halfDay.half()));
        }
    }

}
