package fr.cdg.medtravail.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cdg.medtravail.support.IntegrationTest;

/** A database migrated from a migration's earlier wording starts; one migrated from any other text does not. */
class RewordedMigrationsTest extends IntegrationTest {

    @Autowired
    Flyway flyway;

    /** The history table belongs to the schema's owner. */
    @Autowired
    @FlywayDataSource
    DataSource owner;

    private final RewordedMigrations.Reworded v10 = RewordedMigrations.REWORDED.get(0);

    private void storeChecksum(int checksum) {
        JdbcClient.create(owner).sql("UPDATE flyway_schema_history SET checksum = ? WHERE version = ?")
                .params(checksum, v10.version()).update();
    }

    private int storedChecksum() {
        return JdbcClient.create(owner).sql("SELECT checksum FROM flyway_schema_history WHERE version = ?")
                .param(v10.version()).query(Integer.class).single();
    }

    @AfterEach
    void restore() {
        storeChecksum(v10.checksum());
    }

    @Test
    void theNewWordingIsWhatTheDatabaseHolds() {
        assertThat(storedChecksum()).isEqualTo(v10.checksum());
    }

    @Test
    void aDatabaseMigratedFromTheEarlierWordingValidatesAndMigrates() {
        storeChecksum(v10.earlierChecksum());
        flyway.validate();
        assertThat(storedChecksum()).isEqualTo(v10.checksum());

        storeChecksum(v10.earlierChecksum());
        flyway.migrate();
        assertThat(storedChecksum()).isEqualTo(v10.checksum());
    }

    @Test
    void anyOtherTextIsStillRefused() {
        storeChecksum(12345);
        assertThatThrownBy(flyway::validate).isInstanceOf(FlywayValidateException.class);
        assertThat(storedChecksum()).isEqualTo(12345);
    }
}
