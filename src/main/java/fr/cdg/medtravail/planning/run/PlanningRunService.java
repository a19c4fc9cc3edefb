package fr.cdg.medtravail.planning.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import fr.cdg.medtravail.calendar.CalendarSettings;
import fr.cdg.medtravail.planning.PlanningSettings;
import fr.cdg.medtravail.planning.domain.PlanningRules;
import fr.cdg.medtravail.planning.domain.ProblemBuilder;
import fr.cdg.medtravail.planning.domain.SessionPlan;
import fr.cdg.medtravail.planning.horizon.Horizon;
import fr.cdg.medtravail.planning.solver.ConstraintLine;
import fr.cdg.medtravail.planning.solver.PlanningSolverConfig;
import fr.cdg.medtravail.travel.TravelTimeModel;
import fr.cdg.medtravail.web.ConflictException;
import jakarta.annotation.PreDestroy;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Planning runs as jobs: one SolverManager per run (its termination is the run's), one run per horizon. Every new
 * best solution is stored (at most one per {@code saveIntervalMillis}; the solver manager hands the consumer only the
 * latest one), so a crash loses at most the last improvement and the next run resumes from the stored draft.
 */
@Service
public class PlanningRunService {

    private static final Logger log = LoggerFactory.getLogger(PlanningRunService.class);

    /** A run in progress. {@code best} is a planning clone handed over by the solver, safe to read. */
    static final class ActiveRun {
        final long runId;
        final Instant startedAt;
        final SolverManager<SessionPlan, Long> manager;
        final AtomicBoolean stopRequested = new AtomicBoolean();
        volatile SessionPlan best;
        volatile long lastSave;

        ActiveRun(long runId, Instant startedAt, SolverManager<SessionPlan, Long> manager, SessionPlan start) {
            this.runId = runId;
            this.startedAt = startedAt;
            this.manager = manager;
            this.best = start;
        }
    }

    private final RunRepository repository;
    private final SolverInputReader input;
    private final PlanStore store;
    private final PlanningSettings settings;
    private final Clock clock;
    private final TravelTimeModel travel;
    private final CalendarSettings calendar;
    private final Map<Long, ActiveRun> active = new ConcurrentHashMap<>();
    private final SolutionManager<SessionPlan, HardMediumSoftLongScore> solutionManager;

    PlanningRunService(RunRepository repository, SolverInputReader input, PlanStore store, PlanningSettings settings,
                       Clock clock, TravelTimeModel travel, CalendarSettings calendar) {
        this.repository = repository;
        this.calendar = calendar;
        this.input = input;
        this.travel = travel;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.solutionManager = SolutionManager.create(SolverFactory.create(PlanningSolverConfig.load(1)));
        int interrupted = repository.interruptSolving();
        if (interrupted > 0) {
            log.warn("{} planning run(s) were interrupted by a stop of the application; restart resumes from the stored draft",
                    interrupted);
        }
    }

    public boolean isSolving(long horizonId) {
        return active.containsKey(horizonId);
    }

    /** Changes of a horizon's plan wait for its run to end: the run would overwrite them. */
    public void requireIdle(long horizonId) {
        if (isSolving(horizonId)) {
            throw new ConflictException("A planning run is solving this horizon: stop it first");
        }
    }

    /** Loads the stored plan of a horizon (draft and published) as a planning problem with its score. */
    public SessionPlan load(Horizon horizon) {
        var rules = new PlanningRules(settings.maxTravelMinutes(), settings.lunchTripMinutes(),
                settings.sessionMinutes(), settings.noticeDate(LocalDate.now(clock)));
        var problem = new ProblemBuilder(travel::minutes, calendar.calendar(),
                settings.cabinetsPerCollectivite()).build(input.read(horizon, rules));
        solutionManager.update(problem);
        return problem;
    }

    public SolutionManager<SessionPlan, HardMediumSoftLongScore> solutionManager() {
        return solutionManager;
    }

    /** Score per constraint of a plan, worst first: a full score calculation with constraint matches. */
    public List<ConstraintLine> constraints(SessionPlan plan) {
        return ConstraintLine.of(solutionManager.explain(plan, SolutionUpdatePolicy.UPDATE_SCORE_ONLY)
                .getConstraintMatchTotalMap().values());
    }

    /** The constraint totals stored with the latest best solution of a run. */
    public List<ConstraintLine> storedConstraints(long runId) {
        return repository.constraints(runId);
    }

    /** The best solution of the running job, or null. */
    public SessionPlan currentBest(long horizonId) {
        var run = active.get(horizonId);
        return run == null ? null : run.best;
    }

    public synchronized long start(Horizon horizon, int seconds) {
        if (active.containsKey(horizon.id())) {
            throw new ConflictException("A planning run is already solving this horizon");
        }
        var problem = load(horizon);
        long runId = repository.insert(horizon.id(), seconds);
        SolverManager<SessionPlan, Long> manager = SolverManager.create(PlanningSolverConfig.load(seconds));
        var run = new ActiveRun(runId, clock.instant(), manager, problem);
        active.put(horizon.id(), run);
        manager.solveAndListen(horizon.id(), id -> problem,
                best -> saveThrottled(run, best),
                finalBest -> finish(horizon.id(), run, finalBest),
                (id, error) -> fail(horizon.id(), run, error));
        return runId;
    }

    public boolean stop(long horizonId) {
        var run = active.get(horizonId);
        if (run == null) {
            return false;
        }
        run.stopRequested.set(true);
        run.manager.terminateEarly(horizonId);
        return true;
    }

    private void saveThrottled(ActiveRun run, SessionPlan best) {
        run.best = best;
        long wait = run.lastSave + settings.saveIntervalMillis() - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        store.store(best, run.runId, constraints(best));
        run.lastSave = System.currentTimeMillis();
    }

    private void finish(long horizonId, ActiveRun run, SessionPlan finalBest) {
        try {
            run.best = finalBest;
            store.storeFinal(finalBest, run.runId, constraints(finalBest));
            repository.finish(run.runId, run.stopRequested.get() ? RunState.STOPPED : RunState.TERMINATED, null);
        } catch (RuntimeException e) {
            log.error("Storing the final plan of run {} failed", run.runId, e);
            repository.finish(run.runId, RunState.FAILED, e.getMessage());
        } finally {
            release(horizonId, run);
        }
    }

    private void fail(long horizonId, ActiveRun run, Throwable error) {
        log.error("Planning run {} failed", run.runId, error);
        repository.finish(run.runId, RunState.FAILED, String.valueOf(error.getMessage()));
        release(horizonId, run);
    }

    /** The manager's own thread is delivering this call: close it from another thread. */
    private void release(long horizonId, ActiveRun run) {
        active.remove(horizonId, run);
        var closer = new Thread(run.manager::close, "planning-run-" + run.runId + "-close");
        closer.setDaemon(true);
        closer.start();
    }

    /** The last run of a horizon, solving or ended. */
    public Optional<PlanningRun> lastRun(long horizonId) {
        return repository.last(horizonId);
    }

    public Duration elapsed(long horizonId) {
        var run = active.get(horizonId);
        return run == null ? Duration.ZERO : Duration.between(run.startedAt, clock.instant());
    }

    /** Stops the runs and waits (a little) for their final plans to be stored before the database goes. */
    @PreDestroy
    void stopAll() throws InterruptedException {
        active.keySet().forEach(this::stop);
        for (int i = 0; i < 100 && !active.isEmpty(); i++) {
            Thread.sleep(100);
        }
    }
}
