package fr.cdg.medtravail.infrastructure;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the embedded PostgreSQL server keeps its data.
 *
 * @param dataDir directory of the PostgreSQL cluster; kept across restarts unless {@code ephemeral}
 * @param port    TCP port on localhost; 0 picks a free one (tests)
 * @param ephemeral delete the cluster when the application stops (tests)
 */
@ConfigurationProperties("medtravail.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDir, int port, boolean ephemeral) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data", "postgres");
        }
    }
}
