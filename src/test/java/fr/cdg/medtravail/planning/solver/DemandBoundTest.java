package fr.cdg.medtravail.planning.solver;

import static fr.cdg.medtravail.directory.professional.ProfessionalKind.NURSE;
import static fr.cdg.medtravail.directory.professional.ProfessionalKind.OCCUPATIONAL_DOCTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import fr.cdg.medtravail.calendar.WeeklyHalfDay;
import fr.cdg.medtravail.planning.domain.PlanningInputBuilder;
import org.junit.jupiter.api.Test;

/** The max-flow bound on an instance small enough to compute by hand. */
class DemandBoundTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    /**
     * Collectivité 10 (300 min) reaches cabinets 1 and 2, collectivité 11 (200 min) only cabinet 2. Each cabinet has
     * one room open one half-day: 210 min each. The nurse works four half-days: a budget of two sessions, 420 min.
     * Cabinet 1 serves 210 min of collectivité 10; cabinet 2 is shared by the remaining 90 + 200 min but holds 210:
     * 420 min at most, of 500 asked.
     */
    @Test
    void boundIsTheMaximumFlowThroughCabinetsAndBudgets() {
        var plan = new PlanningInputBuilder(MONDAY, MONDAY.plusDays(4), MONDAY)
                .collectivite(10, Map.of(1L, 10, 2L, 20))
                .collectivite(11, Map.of(1L, 90, 2L, 10))
                .cabinet(1, 1, 45.76, 4.84, WeeklyHalfDay.parseAll("MON-AM"))
                .cabinet(2, 1, 45.77, 4.85, WeeklyHalfDay.parseAll("MON-PM"))
                .professional(100, NURSE, WeeklyHalfDay.parseAll("MON-AM MON-PM TUE-AM TUE-PM"))
                .unit(1, 10, NURSE, 210, 2)
                .unit(2, 10, NURSE, 90, 2)
                .unit(3, 11, NURSE, 200, 2)
                .plan();

        assertThat(DemandBound.minutes(plan)).isEqualTo(420);
        assertThat(DemandBound.assignedMinutes(plan)).isZero();
    }

    /**
     * One cabinet with one room, open on Monday morning only; a doctor and a nurse both work that half-day. Each kind
     * alone could fill the room (420 min with the kinds apart), but they share it: one session, 210 min.
     */
    @Test
    void doctorsAndNursesShareTheRooms() {
        var plan = new PlanningInputBuilder(MONDAY, MONDAY.plusDays(4), MONDAY)
                .collectivite(10, Map.of(1L, 10))
                .cabinet(1, 1, 45.76, 4.84, WeeklyHalfDay.parseAll("MON-AM"))
                .professional(100, NURSE, WeeklyHalfDay.parseAll("MON-AM"))
                .professional(101, OCCUPATIONAL_DOCTOR, WeeklyHalfDay.parseAll("MON-AM"))
                .unit(1, 10, NURSE, 210, 2)
                .unit(2, 10, OCCUPATIONAL_DOCTOR, 210, 2)
                .plan();

        assertThat(DemandBound.minutes(plan)).isEqualTo(210);
    }
}
