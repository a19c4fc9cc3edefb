package fr.cdg.medtravail.planning.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import fr.cdg.medtravail.demo.DemoDataGenerator;
import fr.cdg.medtravail.demo.DemoDataLoader;
import fr.cdg.medtravail.demo.Preset;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.planning.domain.ConsultingProfessional;
import fr.cdg.medtravail.planning.domain.DemandUnit;
import fr.cdg.medtravail.planning.domain.SessionPlan;
import fr.cdg.medtravail.planning.horizon.HorizonService;
import fr.cdg.medtravail.planning.run.PlanningRunService;
import fr.cdg.medtravail.planning.solver.DemandBound;
import fr.cdg.medtravail.planning.solver.FirstFitPlacer;
import fr.cdg.medtravail.planning.solver.PlanningSolverConfig;
import fr.cdg.medtravail.planning.HardRuleChecker;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolver;
import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Element;

/**
 * Benchmark harness (not a unit test: tag "bench", run with {@code ./mvnw -Pbench verify}). For each demo-generated
 * instance of solver-config/planning-benchmark.xml it prints the solver's and the greedy baseline's figures side by
 * side. Seconds per run: {@code <seconds>} of that file, or {@code -Dbench.seconds=…}; {@code -Dbench.instances=a,b}
 * keeps the named instances; {@code -Dbench.reference.seconds=…} first solves each instance that long as the reference
 * whose score the timed run must reach (99 %); {@code -Dbench.config=…} solves with another solver configuration.
 */
@Tag("bench")
@SpringBootTest
class PlanningBenchmark {

    /** The solver configuration under test: {@code -Dbench.config=solver-config/…xml}, the application's by default. */
    static final String CONFIG = System.getProperty("bench.config", PlanningSolverConfig.RESOURCE);

    /**
     * {@code demand}: when above 0, the derived demand is brought (units drawn at random with the seed, deleted or
     * copied) to this share of the doctors' and nurses' capacity; {@code rooms}: when above 0, no cabinet has more rooms. Both
     * make a near-capacity instance out of a demo preset, where travel and rooms bind.
     */
    record Instance(String name, String preset, int weeks, long seed, double demand, int rooms) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The instances of solver-config/planning-benchmark.xml (those of -Dbench.instances when given). */
    static Stream<Instance> instances() throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(PlanningBenchmark.class.getResourceAsStream("/solver-config/planning-benchmark.xml"));
        var nodes = document.getElementsByTagName("instance");
        var only = System.getProperty("bench.instances", "");
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i))
                .map(e -> new Instance(e.hasAttribute("name") ? e.getAttribute("name") : e.getAttribute("preset"),
                        e.getAttribute("preset"), Integer.parseInt(e.getAttribute("weeks")),
                        Long.parseLong(e.getAttribute("seed")),
                        e.hasAttribute("demand") ? Double.parseDouble(e.getAttribute("demand")) : 0,
                        e.hasAttribute("rooms") ? Integer.parseInt(e.getAttribute("rooms")) : 0))
                .filter(instance -> only.isBlank() || Arrays.asList(only.split(",")).contains(instance.name()));
    }

    private static String setting(String tag) throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(PlanningBenchmark.class.getResourceAsStream("/solver-config/planning-benchmark.xml"));
        return document.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @FlywayDataSource
    DataSource owner;

    @Autowired
    DemoDataLoader loader;

    @Autowired
    HorizonService horizons;

    @Autowired
    PlanningRunService runs;

    @Autowired
    TransactionTemplate transaction;

    /**
     * Generates the preset with the demo generator, loads it into the (ephemeral) database, creates a horizon of
     * {@code weeks} starting on the first Monday after the notice window (demand derived from the agents), and reads
     * it back as a planning problem: the same path as a run started from the API.
     */
    private SessionPlan loadInstance(Instance instance) throws Exception {
        // TRUNCATE is the owner's: the application's role only deletes rows.
        JdbcClient.create(owner).sql("TRUNCATE planning_horizon, visit_request, collectivite, professional, cabinet CASCADE")
                .update();
        var data = new DemoDataGenerator().generate(Preset.valueOf(instance.preset().toUpperCase()), instance.seed(),
                Optional.of(Path.of(setting("communes"))));
        transaction.executeWithoutResult(status -> loader.load(data));
        if (instance.rooms() > 0) {
            jdbc.sql("UPDATE cabinet SET rooms = least(rooms, ?)").param(instance.rooms()).update();
        }
        var start = LocalDate.now().plusDays(28);
        while (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            start = start.plusDays(1);
        }
        var horizon = horizons.create(instance.name() + " bench", start,
                start.plusWeeks(instance.weeks()).minusDays(1));
        var plan = runs.load(horizons.horizon(horizon.id()));
        if (instance.demand() > 0) {
            resize(plan, (long) (instance.demand() * capacity(plan)), instance.seed());
            plan = runs.load(horizons.horizon(horizon.id()));
        }
        return plan;
    }

    private static long capacity(SessionPlan plan) {
        return ConsultingProfessional.KINDS.stream().mapToLong(kind -> DemandBound.capacityMinutes(plan, kind)).sum();
    }

    /**
     * Brings the demand to about {@code minutes}: units drawn at random (with the seed) are deleted while there is too
     * much, or copied (same collectivité, kinds, reason, priority) while there is too little.
     */
    private void resize(SessionPlan plan, long minutes, long seed) {
        var units = new ArrayList<>(plan.getUnits());
        var random = new Random(seed);
        Collections.shuffle(units, random);
        long total = units.stream().mapToLong(DemandUnit::getMinutes).sum();
        var drawn = new ArrayList<Long>();
        for (int i = 0; total > minutes && i < units.size(); i++) {
            total -= units.get(i).getMinutes();
            drawn.add(units.get(i).getId());
        }
        if (!drawn.isEmpty()) {
            jdbc.sql("DELETE FROM planning_demand_unit WHERE id = ANY(?)").param(drawn.toArray(Long[]::new)).update();
            return;
        }
        while (total < minutes) {
            var unit = units.get(random.nextInt(units.size()));
            total += unit.getMinutes();
            drawn.add(unit.getId());
        }
        jdbc.sql("""
                INSERT INTO planning_demand_unit (horizon_id, collectivite_id, professional_kind, allowed_kinds, reason,
                                                  minutes, priority)
                SELECT u.horizon_id, u.collectivite_id, u.professional_kind, u.allowed_kinds, u.reason, u.minutes, u.priority
                FROM unnest(?::bigint[]) AS c (id) JOIN planning_demand_unit u ON u.id = c.id
                """).param(drawn.toArray(Long[]::new)).update();
    }

    /**
     * Within 1 % of the reference: feasible, and unmet demand no worse than 1 % above the reference's, quality too,
     * or strictly less unmet demand.
     */
    private static boolean near(HardMediumSoftLongScore score, HardMediumSoftLongScore reference) {
        return score.isSolutionInitialized() && score.hardScore() == 0
                && (score.mediumScore() > reference.mediumScore()
                || (score.mediumScore() >= reference.mediumScore() * 1.01
                && score.softScore() >= reference.softScore() * 1.01));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void solverAgainstGreedyBaseline(Instance instance) throws Exception {
        long seconds = Long.getLong("bench.seconds", Long.parseLong(setting("seconds")));
        String preset = instance.name();
        int weeks = instance.weeks();
        long loadStart = System.nanoTime();
        var greedy = loadInstance(instance);
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        var collectivites = greedy.getCollectivites().size();
        var cabinets = greedy.getCabinets().size();
        var professionals = greedy.getProfessionals().size();

        var solverFactory = SolverFactory.<SessionPlan>create(PlanningSolverConfig.load(CONFIG, seconds));
        SolutionManager<SessionPlan, HardMediumSoftLongScore> scores = SolutionManager.create(solverFactory);

        long bound = DemandBound.minutes(greedy);
        long demand = greedy.getUnits().stream().mapToLong(DemandUnit::getMinutes).sum();
        long capacity = capacity(greedy);
        long target = Math.min(demand, capacity);
        long referenceSeconds = Long.getLong("bench.reference.seconds", 0);
        HardMediumSoftLongScore reference = null;
        if (referenceSeconds > 0) {
            reference = SolverFactory.<SessionPlan>create(PlanningSolverConfig.load(CONFIG, referenceSeconds)).buildSolver()
                    .solve(runs.load(horizons.horizon(greedy.getHorizonId()))).getScore();
        }
        var referenceScore = reference;
        long greedyStart = System.nanoTime();
        FirstFitPlacer.place(greedy, (unit, slot) -> unit.setSlot(slot));
        long greedyMillis = (System.nanoTime() - greedyStart) / 1_000_000;
        var greedyScore = scores.update(greedy);

        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        var problem = runs.load(horizons.horizon(greedy.getHorizonId()));
        var firstFeasible = new AtomicLong(-1);
        var reached98 = new AtomicLong(-1);
        var reachedReference = new AtomicLong(-1);
        var solver = solverFactory.buildSolver();
        solver.addEventListener(event -> {
            var best = event.getNewBestSolution();
            var score = (HardMediumSoftLongScore) event.getNewBestScore();
            if (firstFeasible.get() < 0 && score.isSolutionInitialized() && score.hardScore() == 0) {
                firstFeasible.set(event.getTimeMillisSpent());
            }
            if (reached98.get() < 0 && score.hardScore() == 0
                    && DemandBound.assignedMinutes(best) >= 0.98 * bound) {
                reached98.set(event.getTimeMillisSpent());
            }
            if (referenceScore != null && reachedReference.get() < 0 && near(score, referenceScore)) {
                reachedReference.set(event.getTimeMillisSpent());
            }
        });
        long start = System.nanoTime();
        var solved = solver.solve(problem);
        long solveMillis = (System.nanoTime() - start) / 1_000_000;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        var scope = ((DefaultSolver<SessionPlan>) solver).getSolverScope();

        System.out.printf("%n=== planning benchmark (" + CONFIG + "): %s, %d weeks, %d collectivités, %d cabinets, %d professionals, "
                        + "%d demand units (%d min); generated and loaded in %d ms ===%n", preset, weeks, collectivites,
                cabinets, professionals, problem.getUnits().size(),
                problem.getUnits().stream().mapToLong(u -> u.getMinutes()).sum(), loadMillis);
        System.out.printf("demand %d min; doctors' and nurses' capacity %d min (doctors %d, nurses %d); "
                        + "min of both %d min%n", demand, capacity,
                DemandBound.capacityMinutes(greedy, ProfessionalKind.OCCUPATIONAL_DOCTOR),
                DemandBound.capacityMinutes(greedy, ProfessionalKind.NURSE), target);
        System.out.printf("max-flow upper bound (eligible kinds, rooms, travel): %d min = %.1f %% of min(demand, "
                + "capacity)%n", bound, 100.0 * bound / target);
        report("greedy first-fit by priority", greedyScore, greedy, bound, target, greedyMillis);
        report("solver (first fit + LA search)", solved.getScore(), solved, bound, target, solveMillis);
        if (referenceScore != null) {
            System.out.printf("reference run of %d s: %s; timed run within 1 %% of it after %s%n", referenceSeconds,
                    referenceScore, reachedReference.get() < 0 ? "never" : reachedReference.get() + " ms");
        }
        System.out.printf("solver: first feasible after %d ms; >= 98 %% of bound after %s; score calc speed %d/s;"
                        + " peak heap %d MB%n", firstFeasible.get(),
                reached98.get() < 0 ? "never" : reached98.get() + " ms", scope.getScoreCalculationSpeed(),
                peakHeap / (1024 * 1024));
        System.out.printf("gain: assigned ×%.3f vs greedy; soft %d vs %d (%.2f× less penalty)%n",
                (double) DemandBound.assignedMinutes(solved) / Math.max(1, DemandBound.assignedMinutes(greedy)),
                solved.getScore().softScore(), greedyScore.softScore(),
                (double) greedyScore.softScore() / Math.min(-1, solved.getScore().softScore()));
    }

    /**
     * The acceptance run: the instance of {@code -Dbench.stored.instance} (default cig) solved as the API does (a run
     * of bench.seconds, its plan stored), then re-checked from the stored tables by {@link HardRuleChecker}, and its
     * assigned minutes read back from them.
     */
    @Test
    void storedRunRecheckedFromTheTables() throws Exception {
        long seconds = Long.getLong("bench.seconds", Long.parseLong(setting("seconds")));
        var name = System.getProperty("bench.stored.instance", "cig");
        var instance = instances().filter(i -> i.name().equals(name)).findFirst()
                .orElseGet(() -> new Instance(name, name, 13, 42, 0, 0));
        var problem = loadInstance(instance);
        long horizon = problem.getHorizonId();
        long demand = problem.getUnits().stream().mapToLong(DemandUnit::getMinutes).sum();
        long target = Math.min(demand, capacity(problem));
        long bound = DemandBound.minutes(problem);
        runs.start(horizons.horizon(horizon), (int) seconds);
        while (runs.isSolving(horizon)) {
            Thread.sleep(500);
        }
        long stored = jdbc.sql("""
                SELECT coalesce(sum(u.minutes), 0) FROM planning_demand_unit u
                JOIN planning_session s ON s.id = u.session_id WHERE u.horizon_id = ?
                """).param(horizon).query(Long.class).single();
        var violations = HardRuleChecker.violations(jdbc, horizon);
        System.out.printf("%n=== stored run: %s, %d s, plan read back from the tables ===%n", name, seconds);
        System.out.printf("assigned %d min = %.2f %% of min(demand %d, capacity %d) = %.2f %% of the max-flow bound %d; "
                        + "hard rules broken (re-checked from the tables): %d%n", stored, 100.0 * stored / target, demand,
                capacity(problem), 100.0 * stored / bound, bound, violations.size());
        violations.stream().limit(20).forEach(System.out::println);
    }

    private static void report(String label, HardMediumSoftLongScore score, SessionPlan plan, long bound, long target,
                               long millis) {
        long assigned = DemandBound.assignedMinutes(plan);
        long video = plan.getUnits().stream().filter(u -> u.isAssigned() && u.getCabinet().teleconsultation())
                .mapToLong(DemandUnit::getMinutes).sum();
        long byDoctors = plan.getUnits().stream()
                .filter(u -> u.isAssigned() && u.getShift().professional().kind() == ProfessionalKind.OCCUPATIONAL_DOCTOR)
                .mapToLong(DemandUnit::getMinutes).sum();
        System.out.printf("%-32s: score %s, assigned %d min = %.1f %% of bound, %.1f %% of min(demand, capacity) "
                        + "(doctors %d min, of which teleconsultation %d min), %d ms%n", label, score, assigned,
                100.0 * assigned / bound, 100.0 * assigned / target, byDoctors, video, millis);
    }

}
