package fr.cdg.medtravail.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import fr.cdg.medtravail.directory.DirectoryChangedEvent;
import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

class TravelTimeIntegrationTest extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private TransactionTemplate transaction;

    private long boulogne;
    private long montreuil;
    private long boulogneOffice;
    private long montreuilOffice;
    private long teleconsultation;

    @BeforeEach
    void directory() {
        boulogne = collectivite("Boulogne-Billancourt (test)", "92012", "92100", 48.8375, 2.24286);
        montreuil = collectivite("Montreuil (test)", "93048", "93100", 48.86375, 2.44906);
        boulogneOffice = cabinet("SHARED_OFFICE", "92100", 48.8380, 2.2440);
        montreuilOffice = cabinet("SHARED_OFFICE", "93100", 48.8630, 2.4480);
        teleconsultation = cabinet("TELECONSULTATION", null, null, null);
    }

    @Test
    void recomputeEstimatesEveryPhysicalPairAndKeepsImportedTimes() {
        jdbc.sql("INSERT INTO travel_time (collectivite_id, cabinet_id, minutes, source) VALUES (?, ?, 42, 'MATRIX')")
                .params(boulogne, montreuilOffice).update();

        as(Role.SECRETARIAT).post().uri("/api/travel-times/recompute").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.pairs").isNumber().jsonPath("$.matrixKept").isNumber();

        assertThat(minutes(boulogne, boulogneOffice)).isBetween(5, 8);
        assertThat(source(boulogne, boulogneOffice)).isEqualTo("ESTIMATE");
        assertThat(minutes(boulogne, montreuilOffice)).isEqualTo(42);
        assertThat(source(boulogne, montreuilOffice)).isEqualTo("MATRIX");
        assertThat(minutes(montreuil, boulogneOffice)).isBetween(60, 90);
        assertThat(jdbc.sql("SELECT count(*) FROM travel_time WHERE cabinet_id = ?").param(teleconsultation)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aCommittedDirectoryChangeRefreshesTheEstimatesOfWhatChanged() {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("UPDATE cabinet SET latitude = 48.8640, longitude = 2.4490, postal_code = '93100' WHERE id = ?")
                    .param(boulogneOffice).update();
            events.publishEvent(new DirectoryChangedEvent(Set.of(montreuil), Set.of(boulogneOffice)));
        });
        assertThat(minutes(montreuil, boulogneOffice)).isBetween(5, 8);
        assertThat(minutes(boulogne, boulogneOffice)).isGreaterThan(60);
        assertThat(minutes(montreuil, montreuilOffice)).isBetween(5, 8);
    }

    @Test
    void reachableCabinetsAreSortedByTimeAndScopedToTheReferentsCollectivite() {
        jdbc.sql("INSERT INTO travel_time (collectivite_id, cabinet_id, minutes, source) VALUES (?, ?, 50, 'MATRIX')")
                .params(boulogne, montreuilOffice).update();
        transaction.executeWithoutResult(status ->
                events.publishEvent(new DirectoryChangedEvent(Set.of(boulogne, montreuil), Set.of())));

        as(Role.REFERENT, boulogne).get().uri("/api/collectivites/{id}/reachable-cabinets", boulogne).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].cabinetId").isEqualTo(boulogneOffice)
                .jsonPath("$[0].source").isEqualTo("ESTIMATE")
                .jsonPath("$[?(@.cabinetId == %d)].minutes".formatted(montreuilOffice)).isEqualTo(50)
                .jsonPath("$[?(@.cabinetId == %d)].source".formatted(montreuilOffice)).isEqualTo("MATRIX")
                .jsonPath("$[?(@.cabinetId == %d)]".formatted(teleconsultation)).doesNotExist();
        as(Role.REFERENT, boulogne).get().uri("/api/collectivites/{id}/reachable-cabinets?maxMinutes=30", boulogne)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.cabinetId == %d)]".formatted(montreuilOffice)).doesNotExist()
                .jsonPath("$[?(@.minutes > 30)]").doesNotExist();
        as(Role.SECRETARIAT).get().uri("/api/collectivites/{id}/reachable-cabinets", montreuil).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[0].cabinetId").isEqualTo(montreuilOffice);

        // Another collectivité's référent and an unknown id get the same 404.
        as(Role.REFERENT, montreuil).get().uri("/api/collectivites/{id}/reachable-cabinets", boulogne).exchange()
                .expectStatus().isNotFound();
        as(Role.SECRETARIAT).get().uri("/api/collectivites/{id}/reachable-cabinets", Long.MAX_VALUE).exchange()
                .expectStatus().isNotFound();
        as(Role.SECRETARIAT).get().uri("/api/collectivites/{id}/reachable-cabinets?maxMinutes=-5", montreuil)
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("maxMinutes");
        http.get().uri("/api/collectivites/{id}/reachable-cabinets", boulogne).exchange().expectStatus().isUnauthorized();
    }

    private long collectivite(String name, String insee, String postalCode, double latitude, double longitude) {
        var siren = "%09d".formatted(900_000_000 + (System.nanoTime() % 1_000_000) * 100 + SEQUENCE.incrementAndGet() % 100);
        return jdbc.sql("""
                        INSERT INTO collectivite (siren, name, kind, affiliated, insee_code, postal_code, latitude, longitude)
                        VALUES (?, ?, 'COMMUNE', true, ?, ?, ?, ?) RETURNING id""")
                .params(siren, name, insee, postalCode, latitude, longitude).query(Long.class).single();
    }

    private long cabinet(String kind, String postalCode, Double latitude, Double longitude) {
        return jdbc.sql("""
                        INSERT INTO cabinet (code, name, kind, postal_code, latitude, longitude, rooms)
                        VALUES (?, ?, ?, ?, ?, ?, 1) RETURNING id""")
                .params("TT-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000, "Cabinet " + kind, kind,
                        postalCode, latitude, longitude)
                .query(Long.class).single();
    }

    private int minutes(long collectivite, long cabinet) {
        return jdbc.sql("SELECT minutes FROM travel_time WHERE collectivite_id = ? AND cabinet_id = ?")
                .params(collectivite, cabinet).query(Integer.class).single();
    }

    private String source(long collectivite, long cabinet) {
        return jdbc.sql("SELECT source FROM travel_time WHERE collectivite_id = ? AND cabinet_id = ?")
                .params(collectivite, cabinet).query(String.class).single();
    }
}
