package fr.cdg.medtravail.planning.solver;

import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** The solver configuration of solver-config/planning-solver.xml with the termination of one run. */
public final class PlanningSolverConfig {

    public static final String RESOURCE = "solver-config/planning-solver.xml";

    private PlanningSolverConfig() {
    }

    public static SolverConfig load(long seconds) {
        return SolverConfig.createFromXmlResource(RESOURCE)
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(seconds));
    }
}
