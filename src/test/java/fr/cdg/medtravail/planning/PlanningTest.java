package fr.cdg.medtravail.planning;

import java.util.ArrayList;
import java.util.List;

import fr.cdg.medtravail.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;

/** Base of the planning tests: each builds its own small directory and removes it afterwards (shared database). */
abstract class PlanningTest extends IntegrationTest {

    private final List<PlanningFixture> fixtures = new ArrayList<>();

    PlanningFixture fixture() {
        var fixture = new PlanningFixture(jdbc);
        fixtures.add(fixture);
        return fixture;
    }

    @AfterEach
    void removeFixtures() {
        fixtures.forEach(fixture -> fixture.remove(jdbc));
    }
}
