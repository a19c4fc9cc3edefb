package fr.cdg.medtravail.statutory.bench;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import fr.cdg.medtravail.calendar.FrenchCalendar;
import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.calendar.WeeklyHalfDay;
import fr.cdg.medtravail.directory.professional.Leave;
import fr.cdg.medtravail.statutory.domain.ApprovedDoctor;
import fr.cdg.medtravail.statutory.domain.PlanDecision;
import fr.cdg.medtravail.statutory.domain.RequestToPlace;
import fr.cdg.medtravail.statutory.domain.StatutoryAppointment;
import fr.cdg.medtravail.statutory.domain.StatutoryDeadlines;
import fr.cdg.medtravail.statutory.domain.StatutoryKind;
import fr.cdg.medtravail.statutory.domain.StatutoryPlace;
import fr.cdg.medtravail.statutory.domain.VisitWeight;
import fr.cdg.medtravail.statutory.solver.EarliestFit;
import fr.cdg.medtravail.statutory.solver.PlanInput;
import fr.cdg.medtravail.statutory.solver.StatutoryPlanner;
import fr.cdg.medtravail.statutory.solver.Timetable;

/**
 * A generated year of statutory requests at {@code cig} scale (8 % of 145,000 agents, about 11,600 requests spread
 * over the working days, some after the cut-off), planned as they arrive: each new request triggers a solve over the
 * open requests, confirmed appointments pinned; at the end of each day the convocations of the visits within the
 * notice go out (confirmed), later proposals stay open, and what got no appointment is missed. A capacity bound is
 * printed beside the figures. The same arrivals go through the earliest-deadline-first greedy (same candidates, each
 * request on its earliest one, no mandatory priority, no local search). Prints figures, asserts nothing.
 * Run: {@code ./mvnw -B -ntp -Pbench verify -Dtest=StatutoryBenchmark} ({@code -Dbench.statutory.doctors=15},
 * {@code -Dbench.statutory.millis=20}, {@code -Dbench.statutory.notice=2}, {@code -Dbench.statutory.months=1-12});
 * {@code -Dbench.statutory.scan=true} prints only the capacity bound of the same requests for 12 to 22 doctors.
 */
@Tag("bench")
class StatutoryBenchmark {

    static final int YEAR = 2027;
    static final int AGENTS = 145_000;
    static final int COLLECTIVITES = 321;
    static final int CABINETS = 12;
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Share of each kind 1..17 among requests (per mille): controls of sick leave dominate. */
    static final int[] KIND_SHARE = {150, 50, 80, 50, 30, 20, 50, 50, 30, 30, 40, 200, 50, 50, 50, 30, 40};

    record Arrival(long id, long collectiviteId, StatutoryKind kind, boolean rpiAti, Instant at) {
    }

    record Figures(String method, int total, int placed, int mandatory, int mandatoryPlaced, long nanos, long maxNanos,
                   int[] missedByMonth) {

        void print() {
            System.out.printf("%-32s all %6.2f %% (%d/%d)   mandatory %6.2f %% (%d/%d)   optional %6.2f %% (%d/%d)   "
                            + "mean placing %.1f ms, max %.1f ms%n", method, 100.0 * placed / total, placed, total,
                    100.0 * mandatoryPlaced / mandatory, mandatoryPlaced, mandatory,
                    100.0 * (placed - mandatoryPlaced) / (total - mandatory), placed - mandatoryPlaced, total - mandatory,
                    nanos / 1e6 / total, maxNanos / 1e6);
            System.out.printf("%-32s missed by month of receipt: %s%n", "", Arrays.toString(missedByMonth));
        }
    }

    interface Method {
        List<PlanDecision> place(PlanInput input);
    }

    @Test
    void aYearOfRequests() {
        int doctors = Integer.getInteger("bench.statutory.doctors", 15);
        long millis = Long.getLong("bench.statutory.millis", 20L);
        // Convocations go out this many working days before the visit; until then a proposal may still move.
        int notice = Integer.getInteger("bench.statutory.notice", 2);
        var calendar = FrenchCalendar.metropolitan();
        var deadlines = new StatutoryDeadlines(calendar, LocalTime.of(17, 0), PARIS);
        // Two streams of draws, so that the same requests arrive whatever the number of doctors.
        var world = new World(new Random(7), doctors);
        // To iterate quickly on part of the year (e.g. 6-9 for the summer), same draws: -Dbench.statutory.months=6-9.
        var months = System.getProperty("bench.statutory.months", "1-12").split("-");
        var arrivals = arrivals(new Random(42), calendar).stream().filter(a -> {
            int month = a.at().atZone(PARIS).getMonthValue();
            return month >= Integer.parseInt(months[0]) && month <= Integer.parseInt(months[1]);
        }).toList();
        System.out.printf("%nStatutory benchmark: %d requests over the working days of %d, %d collectivités, %d approved "
                + "doctors, %d cabinets + CDG premises, local search %d ms without improvement, convocation %d working days ahead%n",
                arrivals.size(), YEAR, COLLECTIVITES, doctors, CABINETS, millis, notice);
        var bound = CapacityBound.of(arrivals, world, deadlines);
        // How many doctors the same requests need: the staffing at which capacity allows them all.
        if (Boolean.getBoolean("bench.statutory.scan")) {
            for (int n = 12; n <= 22; n++) {
                System.out.print(n + " doctors: ");
                CapacityBound.of(arrivals, new World(new Random(7), n), deadlines).print();
            }
            return;
        }
        var planner = new StatutoryPlanner(millis);
        var solver = simulate("OptaPlanner, mandatory when needed", input -> planner.plan(input), arrivals, world, deadlines, notice);
        var greedy = simulate("Earliest-deadline-first greedy",
                input -> StatutoryPlanner.placeInOrder(input, EarliestFit.EARLIEST_DEADLINE), arrivals, world, deadlines, notice);
        bound.print();
        solver.print();
        greedy.print();
        System.out.printf("Ratios solver / greedy: all %.4f, mandatory %.4f, optional %.4f, placing time %.2f%n",
                (double) solver.placed() / greedy.placed(), (double) solver.mandatoryPlaced() / greedy.mandatoryPlaced(),
                (double) (solver.placed() - solver.mandatoryPlaced()) / (greedy.placed() - greedy.mandatoryPlaced()),
                (double) solver.nanos() / greedy.nanos());
        System.out.printf("Share of the capacity bound placed: solver %.4f, greedy %.4f%n%n",
                (double) solver.placed() / bound.placed(), (double) greedy.placed() / bound.placed());
    }

    private static Figures simulate(String name, Method method, List<Arrival> arrivals, World world,
                                    StatutoryDeadlines deadlines, int notice) {
        var calendar = deadlines.calendar();
        var confirmed = new ArrayList<StatutoryAppointment>();
        var open = new HashMap<Long, RequestToPlace>();
        var proposals = new HashMap<Long, StatutoryAppointment>();
        int placed = 0;
        int mandatory = 0;
        int mandatoryPlaced = 0;
        long nanos = 0;
        long maxNanos = 0;
        int next = 0;
        var missedByMonth = new int[12];
        for (var day = LocalDate.of(YEAR, 1, 1); day.getYear() == YEAR; day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            var today = day;
            confirmed.removeIf(a -> !a.startsAt().toLocalDate().isAfter(today));
            while (next < arrivals.size() && !arrivals.get(next).at().atZone(PARIS).toLocalDate().isAfter(day)) {
                var arrival = arrivals.get(next++);
                var receivedOn = deadlines.receivedOn(arrival.at());
                var due = deadlines.deadline(receivedOn, arrival.kind(), world.doctors).dueOn();
                open.put(arrival.id(), new RequestToPlace(arrival.id(), arrival.collectiviteId(), arrival.kind().mandatory(),
                        receivedOn, due, VisitWeight.visitMinutes(arrival.kind(), arrival.rpiAti())));
                var input = new PlanInput(day, calendar, world.doctors, world.places, world.travel, List.copyOf(confirmed),
                        List.copyOf(open.values()), 60);
                long start = System.nanoTime();
                var decisions = method.place(input);
                long spent = System.nanoTime() - start;
                nanos += spent;
                maxNanos = Math.max(maxNanos, spent);
                proposals.clear();
                decisions.stream().filter(d -> d.appointment() != null).forEach(d -> proposals.put(d.requestId(), d.appointment()));
            }
            // End of the day: the convocations of visits within the notice go out (confirmed, they never move again);
            // later proposals stay movable; a request left without a proposal is missed.
            var convokeUpTo = calendar.addWorkingDays(day, notice);
            for (var request : List.copyOf(open.values())) {
                var appointment = proposals.get(request.id());
                if (appointment != null && appointment.startsAt().toLocalDate().isAfter(convokeUpTo)) {
                    continue;
                }
                open.remove(request.id());
                if (appointment != null) {
                    confirmed.add(appointment);
                    placed++;
                    mandatoryPlaced += request.mandatory() ? 1 : 0;
                } else {
                    missedByMonth[request.receivedOn().getMonthValue() - 1]++;
                }
                mandatory += request.mandatory() ? 1 : 0;
            }
        }
        // Proposals still movable when the year's days run out are kept: their convocation goes out in time.
        for (var request : open.values()) {
            boolean has = proposals.containsKey(request.id());
            placed += has ? 1 : 0;
            mandatoryPlaced += has && request.mandatory() ? 1 : 0;
            mandatory += request.mandatory() ? 1 : 0;
            missedByMonth[request.receivedOn().getMonthValue() - 1] += has ? 0 : 1;
        }
        return new Figures(name, arrivals.size(), placed, mandatory, mandatoryPlaced, nanos, maxNanos, missedByMonth);
    }

    /** 8 % of the agents, each collectivité's share by its headcount, on random working days and hours. */
    private static List<Arrival> arrivals(Random random, FrenchCalendar calendar) {
        int total = AGENTS * 8 / 100;
        var days = new ArrayList<LocalDate>();
        for (var day = LocalDate.of(YEAR, 1, 1); day.getYear() == YEAR; day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                days.add(day);
            }
        }
        var cumulative = new int[KIND_SHARE.length];
        for (int i = 0, sum = 0; i < KIND_SHARE.length; i++) {
            sum += KIND_SHARE[i];
            cumulative[i] = sum;
        }
        var arrivals = new ArrayList<Arrival>();
        for (int i = 0; i < total; i++) {
            var day = days.get(random.nextInt(days.size() - 15));
            // Office hours 8:00–18:30: the last hour and a half comes after the cut-off.
            var at = day.atTime(8, 0).plusMinutes(random.nextInt(630)).atZone(PARIS).toInstant();
            int pick = random.nextInt(cumulative[cumulative.length - 1]);
            int kind = 1 + (int) Arrays.stream(cumulative).filter(c -> c <= pick).count();
            var statutoryKind = StatutoryKind.ofNumber(kind).orElseThrow();
            boolean rpiAti = statutoryKind.expertise() && random.nextInt(4) == 0;
            // Collectivités of skewed sizes: the first ones are the large employers.
            long collectivite = 1 + (long) Math.floor(COLLECTIVITES * Math.pow(random.nextDouble(), 2));
            arrivals.add(new Arrival(i + 1, collectivite, statutoryKind, rpiAti, at));
        }
        arrivals.sort((a, b) -> a.at().compareTo(b.at()));
        return arrivals;
    }

    /**
     * An upper bound on what any method can place in time: each request needs its minutes of doctor time between the
     * day after its receipt (or filing) and its deadline; a working half-day offers 210 minutes for each doctor who
     * works it and finds a room (the premises' and the open cabinets' rooms together), places and travel ignored, a
     * visit splittable. Earliest deadline first over the days gives the most minutes such a relaxation can place
     * (Glover's rule for intervals); the minutes it leaves over need at least as many requests as the largest ones that
     * add up to them. The same relaxation is run a second time in whole hours: a half-day holds at most three (3 × 60
     * + 30, 120 + 60 + 30, 150 + 60), because the whole hours of visits sharing a half-day add up to at most those of
     * its 210 minutes (⌊a/60⌋ + ⌊b/60⌋ ≤ ⌊(a+b)/60⌋); a half-hour visit needs none. The bound is the tighter of the two.
     * Computed for all requests and, with the whole capacity, for the mandatory ones alone.
     */
    record CapacityBound(int total, int leastMissed, int mandatory, int leastMandatoryMissed, long[] demandByMonth,
                         long[] capacityByMonth, long[] overflowByMonth) {

        /** Whole hours a doctor's half-day holds: ⌊210 / 60⌋. */
        static final int HOURS_PER_HALF_DAY = Timetable.HALF_DAY_MINUTES / 60;

        record Need(LocalDate from, LocalDate dueOn, int minutes, boolean mandatory) {

            int hours() {
                return minutes / 60;
            }
        }

        static CapacityBound of(List<Arrival> arrivals, World world, StatutoryDeadlines deadlines) {
            var calendar = deadlines.calendar();
            var needs = new ArrayList<Need>();
            for (var arrival : arrivals) {
                var receivedOn = deadlines.receivedOn(arrival.at());
                var filedOn = arrival.at().atZone(PARIS).toLocalDate();
                var from = calendar.addWorkingDays(receivedOn, 1);
                var afterFiling = calendar.addWorkingDays(filedOn, 1);
                needs.add(new Need(from.isAfter(afterFiling) ? from : afterFiling,
                        deadlines.deadline(receivedOn, arrival.kind(), world.doctors).dueOn(),
                        VisitWeight.visitMinutes(arrival.kind(), arrival.rpiAti()), arrival.kind().mandatory()));
            }
            var capacity = new TreeMap<LocalDate, Integer>();
            for (var day = LocalDate.of(YEAR, 1, 1); day.isBefore(LocalDate.of(YEAR + 1, 2, 1)); day = day.plusDays(1)) {
                if (!calendar.isWorkingDay(day)) {
                    continue;
                }
                int halfDays = 0;
                for (var half : Half.values()) {
                    var today = day;
                    long doctors = world.doctors.stream().filter(d -> d.works(today, half)).count();
                    var weekly = new WeeklyHalfDay(day.getDayOfWeek(), half);
                    int rooms = world.places.stream().filter(p -> p.openHalfDays().isEmpty() || p.openHalfDays().contains(weekly))
                            .mapToInt(StatutoryPlace::rooms).sum();
                    halfDays += (int) Math.min(doctors, rooms);
                }
                capacity.put(day, halfDays);
            }
            var demandByMonth = new long[12];
            var capacityByMonth = new long[12];
            needs.forEach(n -> demandByMonth[n.from().getMonthValue() - 1] += n.minutes());
            capacity.forEach((day, halfDays) -> capacityByMonth[day.getMonthValue() - 1] += day.getYear() == YEAR
                    ? (long) halfDays * Timetable.HALF_DAY_MINUTES : 0);
            var mandatory = needs.stream().filter(Need::mandatory).toList();
            var overflowByMonth = new long[12];
            var hoursOverflowByMonth = new long[12];
            int leastMissed = Math.max(
                    leastRequests(needs, Need::minutes, overflow(needs, Need::minutes, capacity, Timetable.HALF_DAY_MINUTES, overflowByMonth)),
                    leastRequests(needs, Need::hours, overflow(needs, Need::hours, capacity, HOURS_PER_HALF_DAY, hoursOverflowByMonth)));
            int leastMandatoryMissed = Math.max(
                    leastRequests(mandatory, Need::minutes, overflow(mandatory, Need::minutes, capacity, Timetable.HALF_DAY_MINUTES, new long[12])),
                    leastRequests(mandatory, Need::hours, overflow(mandatory, Need::hours, capacity, HOURS_PER_HALF_DAY, new long[12])));
            for (int m = 0; m < 12; m++) {
                overflowByMonth[m] = Math.max(overflowByMonth[m], hoursOverflowByMonth[m] * 60);
            }
            return new CapacityBound(needs.size(), leastMissed, mandatory.size(), leastMandatoryMissed,
                    demandByMonth, capacityByMonth, overflowByMonth);
        }

        /**
         * What earliest deadline first leaves over, day by day, in the unit of {@code size} ({@code perHalfDay} of it
         * in each doctor's half-day), each left-over counted in its receipt month.
         */
        private static long overflow(List<Need> needs, ToIntFunction<Need> size, TreeMap<LocalDate, Integer> capacity,
                                     int perHalfDay, long[] byMonth) {
            var byStart = needs.stream().sorted(Comparator.comparing(Need::from)).toList();
            var waiting = new PriorityQueue<int[]>(Comparator.comparing(w -> byStart.get(w[0]).dueOn()));
            long overflow = 0;
            int next = 0;
            for (var entry : capacity.entrySet()) {
                var day = entry.getKey();
                while (next < byStart.size() && !byStart.get(next).from().isAfter(day)) {
                    waiting.add(new int[] {next, size.applyAsInt(byStart.get(next))});
                    next++;
                }
                int free = entry.getValue() * perHalfDay;
                while (!waiting.isEmpty() && (free > 0 || byStart.get(waiting.peek()[0]).dueOn().isBefore(day))) {
                    var head = waiting.peek();
                    var need = byStart.get(head[0]);
                    if (need.dueOn().isBefore(day)) {
                        waiting.poll();
                        overflow += head[1];
                        byMonth[need.from().getMonthValue() - 1] += head[1];
                        continue;
                    }
                    int given = Math.min(free, head[1]);
                    head[1] -= given;
                    free -= given;
                    if (head[1] == 0) {
                        waiting.poll();
                    }
                }
            }
            for (var left : waiting) {
                overflow += left[1];
            }
            return overflow;
        }

        /** The fewest requests whose sizes add up to the overflow: the largest ones. */
        private static int leastRequests(List<Need> needs, ToIntFunction<Need> size, long overflow) {
            var largest = needs.stream().mapToInt(size).boxed().sorted(Comparator.reverseOrder()).toList();
            int count = 0;
            for (long covered = 0; covered < overflow; covered += largest.get(count++)) {
            }
            return count;
        }

        int placed() {
            return total - leastMissed;
        }

        void print() {
            System.out.printf("%-32s all %6.2f %% (%d/%d)   mandatory %6.2f %% (%d/%d)   (doctor time, rooms, whole hours per half-day)%n",
                    "Capacity bound", 100.0 * placed() / total, placed(), total,
                    100.0 * (mandatory - leastMandatoryMissed) / mandatory, mandatory - leastMandatoryMissed, mandatory);
            System.out.printf("%-32s doctor-hours by month, demand received / capacity: %s%n", "", byMonth());
            System.out.printf("%-32s hours no method can place in time, by month of receipt: %s%n", "",
                    Arrays.toString(Arrays.stream(overflowByMonth).map(m -> m / 60).toArray()));
        }

        private String byMonth() {
            var parts = new ArrayList<String>();
            for (int m = 0; m < 12; m++) {
                parts.add(demandByMonth[m] / 60 + "/" + capacityByMonth[m] / 60);
            }
            return String.join(" ", parts);
        }
    }

    /** Doctors with weekly patterns and leaves (a summer break for most), places and travel times. */
    static final class World {
        final List<ApprovedDoctor> doctors = new ArrayList<>();
        final List<StatutoryPlace> places = new ArrayList<>();
        final Map<Long, Map<Long, Integer>> travel = new HashMap<>();

        World(Random random, int count) {
            var halfDays = new ArrayList<WeeklyHalfDay>();
            for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                halfDays.add(new WeeklyHalfDay(day, Half.AM));
                halfDays.add(new WeeklyHalfDay(day, Half.PM));
            }
            // Places and travel first: the same ones whatever the number of doctors.
            places.add(new StatutoryPlace(1000, "Locaux du CDG", 5, Set.of(), true));
            double[][] cabinetAt = new double[CABINETS][];
            for (int c = 0; c < CABINETS; c++) {
                cabinetAt[c] = new double[] {random.nextDouble() * 40, random.nextDouble() * 40};
                var open = new HashSet<WeeklyHalfDay>();
                while (open.size() < 4) {
                    open.add(halfDays.get(random.nextInt(halfDays.size())));
                }
                places.add(new StatutoryPlace(1001 + c, "Cabinet " + c, 1 + random.nextInt(2), open, false));
            }
            for (long id = 1; id <= COLLECTIVITES; id++) {
                double x = random.nextDouble() * 40;
                double y = random.nextDouble() * 40;
                var minutes = new HashMap<Long, Integer>();
                minutes.put(1000L, 5 + (int) (1.8 * Math.hypot(x - 20, y - 20)));
                for (int c = 0; c < CABINETS; c++) {
                    minutes.put(1001L + c, 5 + (int) (1.8 * Math.hypot(x - cabinetAt[c][0], y - cabinetAt[c][1])));
                }
                travel.put(id, minutes);
            }
            for (int d = 1; d <= count; d++) {
                var pattern = new HashSet<>(halfDays);
                pattern.remove(halfDays.get(random.nextInt(halfDays.size())));
                pattern.remove(halfDays.get(random.nextInt(halfDays.size())));
                var leaves = new ArrayList<Leave>();
                // Three weeks in summer (half the doctors in July, half in August), two more random weeks.
                var summer = LocalDate.of(YEAR, d % 2 == 0 ? 7 : 8, 1 + random.nextInt(10));
                leaves.add(leave(d, summer, summer.plusDays(18)));
                for (int w = 0; w < 2; w++) {
                    var start = LocalDate.of(YEAR, 1, 4).plusWeeks(random.nextInt(48));
                    if (start.getMonthValue() != 7 && start.getMonthValue() != 8) {
                        leaves.add(leave(d, start, start.plusDays(4)));
                    }
                }
                doctors.add(new ApprovedDoctor(d, "Dr " + d, pattern, leaves));
            }
        }

        private static Leave leave(long doctor, LocalDate from, LocalDate to) {
            return new Leave(0, doctor, Leave.Kind.LEAVE, from, Half.AM, to, Half.PM);
        }
    }
}
