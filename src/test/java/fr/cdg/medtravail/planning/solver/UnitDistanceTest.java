package fr.cdg.medtravail.planning.solver;

import static fr.cdg.medtravail.directory.professional.ProfessionalKind.OCCUPATIONAL_DOCTOR;
import static fr.cdg.medtravail.planning.domain.PlanningInputBuilder.WEEKDAYS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import fr.cdg.medtravail.planning.domain.DemandUnit;
import fr.cdg.medtravail.planning.domain.SessionPlan;
import fr.cdg.medtravail.planning.domain.PlanningInputBuilder;
import org.junit.jupiter.api.Test;

/** Which units nearby swaps pair: neighbours through a cabinet both may use, teleconsultation aside. */
class UnitDistanceTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    /**
     * Collectivités 10 and 11 share cabinet 2 (20 + 15 min); 12 reaches only cabinet 3. All are doctors' visits, so
     * every unit may also use the teleconsultation room 9, at 0 minutes.
     */
    private final SessionPlan plan = new PlanningInputBuilder(MONDAY, MONDAY.plusDays(4), MONDAY)
            .collectivite(10, Map.of(1L, 10, 2L, 20))
            .collectivite(11, Map.of(2L, 15))
            .collectivite(12, Map.of(3L, 5))
            .cabinet(1, 1, 45.76, 4.84, WEEKDAYS)
            .cabinet(2, 1, 45.77, 4.85, WEEKDAYS)
            .cabinet(3, 1, 45.90, 4.70, WEEKDAYS)
            .teleconsultation(9, WEEKDAYS)
            .professional(100, OCCUPATIONAL_DOCTOR, WEEKDAYS)
            .unit(1, 10, OCCUPATIONAL_DOCTOR, 60, 2)
            .unit(2, 10, OCCUPATIONAL_DOCTOR, 90, 2)
            .unit(3, 11, OCCUPATIONAL_DOCTOR, 60, 2)
            .unit(4, 12, OCCUPATIONAL_DOCTOR, 60, 2)
            .plan();

    private final UnitDistance distance = new UnitDistance();

    @Test
    void unitsOfTheSameCollectiviteAreNeighbours() {
        assertThat(distance.getNearbyDistance(unit(1), unit(2))).isZero();
    }

    @Test
    void collectivitesSharingACabinetAreAsFarAsBothTripsToIt() {
        assertThat(distance.getNearbyDistance(unit(1), unit(3))).isEqualTo(35);
        assertThat(distance.getNearbyDistance(unit(3), unit(1))).isEqualTo(35);
    }

    @Test
    void teleconsultationAloneDoesNotMakeNeighbours() {
        assertThat(distance.getNearbyDistance(unit(1), unit(4)))
                .isGreaterThan(distance.getNearbyDistance(unit(1), unit(3)));
        assertThat(unit(4).getCandidateSlots().cabinetIds()).contains(9L);
    }

    private DemandUnit unit(long id) {
        return plan.getUnits().stream().filter(u -> u.getId() == id).findFirst().orElseThrow();
    }
}
