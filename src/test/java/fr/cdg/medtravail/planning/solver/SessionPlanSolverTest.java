package fr.cdg.medtravail.planning.solver;

import static fr.cdg.medtravail.directory.professional.ProfessionalKind.NURSE;
import static fr.cdg.medtravail.directory.professional.ProfessionalKind.OCCUPATIONAL_DOCTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import fr.cdg.medtravail.planning.domain.DemandUnit;
import fr.cdg.medtravail.planning.domain.PlanningInputBuilder;
import fr.cdg.medtravail.planning.domain.SessionPlan;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;

/**
 * The solver configuration of solver-config/planning-solver.xml on a small generated instance, with every score
 * recomputed from scratch after each move (FULL_ASSERT): the incremental constraint streams and the first-fit phase
 * agree, and the plan is feasible.
 */
class SessionPlanSolverTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    static SessionPlan twoWeeks() {
        var builder = new PlanningInputBuilder(MONDAY, MONDAY.plusDays(11), MONDAY)
                .cabinet(1, 1, 45.76, 4.84, PlanningInputBuilder.WEEKDAYS)
                .cabinet(2, 2, 45.80, 4.82, PlanningInputBuilder.WEEKDAYS)
                .professional(100, NURSE, PlanningInputBuilder.WEEKDAYS)
                .professional(101, NURSE, PlanningInputBuilder.WEEKDAYS)
                .professional(200, OCCUPATIONAL_DOCTOR, PlanningInputBuilder.WEEKDAYS);
        long id = 1;
        for (long collectivite = 10; collectivite < 14; collectivite++) {
            builder.collectivite(collectivite, Map.of(1L, 10 + (int) collectivite, 2L, 25));
            for (int i = 0; i < 4; i++) {
                builder.unit(id++, collectivite, i == 0 ? OCCUPATIONAL_DOCTOR : NURSE, 60 + 30 * i, 1 + i);
            }
        }
        return builder.plan();
    }

    @Test
    void aShortRunInFullAssertModeEndsFeasible() {
        var config = PlanningSolverConfig.load(3).withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        var solved = SolverFactory.<SessionPlan>create(config).buildSolver().solve(twoWeeks());

        assertThat(solved.getScore().isSolutionInitialized()).isTrue();
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getUnits()).allMatch(DemandUnit::isAssigned);
    }
}
