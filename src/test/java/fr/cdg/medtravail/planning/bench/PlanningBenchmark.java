package fr.cdg.medtravail.planning.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import fr.cdg.medtravail.demo.DemoDataGenerator;
import fr.cdg.medtravail.demo.DemoDataLoader;
import fr.cdg.medtravail.demo.Preset;
import fr.cdg.medtravail.planning.domain.SessionPlan;
import fr.cdg.medtravail.planning.horizon.HorizonService;
import fr.cdg.medtravail.planning.run.PlanningRunService;
import fr.cdg.medtravail.planning.solver.DemandBound;
import fr.cdg.medtravail.planning.solver.FirstFitPlacer;
import fr.cdg.medtravail.planning.solver.PlanningSolverConfig;
import org.junit.jupiter.api.Tag;
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
 * side. Seconds per run: {@code <seconds>} of that file, or {@code -Dbench.seconds=…}.
 */
@Tag("bench")
@SpringBootTest
class PlanningBenchmark {

    record Instance(String preset, int weeks, long seed) {
    }

    /** The instances of solver-config/planning-benchmark.xml. */
    static Stream<Instance> instances() throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(PlanningBenchmark.class.getResourceAsStream("/solver-config/planning-benchmark.xml"));
        var nodes = document.getElementsByTagName("instance");
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i))
                .map(e -> new Instance(e.getAttribute("preset"), Integer.parseInt(e.getAttribute("weeks")),
                        Long.parseLong(e.getAttribute("seed"))));
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
        var start = LocalDate.now().plusDays(28);
        while (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            start = start.plusDays(1);
        }
        var horizon = horizons.create(instance.preset() + " bench", start,
                start.plusWeeks(instance.weeks()).minusDays(1));
        return runs.load(horizons.horizon(horizon.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void solverAgainstGreedyBaseline(Instance instance) throws Exception {
        long seconds = Long.getLong("bench.seconds", Long.parseLong(setting("seconds")));
        String preset = instance.preset();
        int weeks = instance.weeks();
        long loadStart = System.nanoTime();
        var greedy = loadInstance(instance);
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        var collectivites = greedy.getCollectivites().size();
        var cabinets = greedy.getCabinets().size();
        var professionals = greedy.getProfessionals().size();

        var solverFactory = SolverFactory.<SessionPlan>create(PlanningSolverConfig.load(seconds));
        SolutionManager<SessionPlan, HardMediumSoftLongScore> scores = SolutionManager.create(solverFactory);

        long bound = DemandBound.minutes(greedy);
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
        });
        long start = System.nanoTime();
        var solved = solver.solve(problem);
        long solveMillis = (System.nanoTime() - start) / 1_000_000;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        var scope = ((DefaultSolver<SessionPlan>) solver).getSolverScope();

        System.out.printf("%n=== planning benchmark: %s, %d weeks, %d collectivités, %d cabinets, %d professionals, "
                        + "%d demand units (%d min); generated and loaded in %d ms ===%n", preset, weeks, collectivites,
                cabinets, professionals, problem.getUnits().size(),
                problem.getUnits().stream().mapToLong(u -> u.getMinutes()).sum(), loadMillis);
        System.out.printf("max-flow upper bound            : %d min%n", bound);
        report("greedy first-fit by priority", greedyScore, DemandBound.assignedMinutes(greedy), bound, greedyMillis);
        report("solver (first fit + LA search)", solved.getScore(), DemandBound.assignedMinutes(solved), bound,
                solveMillis);
        System.out.printf("solver: first feasible after %d ms; >= 98 %% of bound after %s; score calc speed %d/s;"
                        + " peak heap %d MB%n", firstFeasible.get(),
                reached98.get() < 0 ? "never" : reached98.get() + " ms", scope.getScoreCalculationSpeed(),
                peakHeap / (1024 * 1024));
        System.out.printf("gain: assigned ×%.3f vs greedy; soft %d vs %d (%.2f× less penalty)%n",
                (double) DemandBound.assignedMinutes(solved) / Math.max(1, DemandBound.assignedMinutes(greedy)),
                solved.getScore().softScore(), greedyScore.softScore(),
                (double) greedyScore.softScore() / Math.min(-1, solved.getScore().softScore()));
    }

    private static void report(String label, HardMediumSoftLongScore score, long assigned, long bound, long millis) {
        System.out.printf("%-32s: score %s, assigned %d min = %.1f %% of bound, %d ms%n", label, score, assigned,
                100.0 * assigned / bound, millis);
    }

}
