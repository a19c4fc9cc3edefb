package fr.cdg.medtravail.planning.solver;

import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** The solver configuration of solver-config/planning-solver.xml with the termination of one run. */
public final class PlanningSolverConfig {

    public static final String RESOURCE = "solver-config/planning-solver.xml";

    private PlanningSolverConfig() {
    }

    public static SolverConfig load(long seconds) {
        return load(RESOURCE, seconds);
    }

    /** Another configuration of the same model (the benchmark compares variants with {@code -Dbench.config}). */
    public static SolverConfig load(String resource, long seconds) {
        return SolverConfig.createFromXmlResource(resource)
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(seconds));
    }
}
