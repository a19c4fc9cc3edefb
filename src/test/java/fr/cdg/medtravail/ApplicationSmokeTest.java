package fr.cdg.medtravail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class ApplicationSmokeTest extends IntegrationTest {

    @Test
    void migratesAnEmptyDatabaseToHeadAndReportsHealthy() {
        var failed = jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success").query(Integer.class).single();
        assertThat(failed).isZero();
        assertThat(jdbc.sql("SELECT to_regclass('public.travel_time') IS NOT NULL").query(Boolean.class).single()).isTrue();

        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void apiNeedsAuthenticationAndTheOpenApiDescriptionIsServedToStaff() {
        http.get().uri("/v3/api-docs").exchange().expectStatus().isUnauthorized();
        as(Role.SECRETARIAT).get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.openapi").exists();
    }
}
