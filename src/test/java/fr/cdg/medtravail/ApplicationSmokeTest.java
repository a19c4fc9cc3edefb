package fr.cdg.medtravail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class ApplicationSmokeTest {

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void migratesAnEmptyDatabaseToHeadAndReportsHealthy() {
        var pending = jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success").query(Integer.class).single();
        assertThat(pending).isZero();
        assertThat(jdbc.sql("SELECT to_regclass('public.travel_time') IS NOT NULL").query(Boolean.class).single()).isTrue();

        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
