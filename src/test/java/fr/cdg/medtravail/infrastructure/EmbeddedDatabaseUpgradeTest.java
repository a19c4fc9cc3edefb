package fr.cdg.medtravail.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Test;

/**
 * A data directory created by an earlier version (initdb's trust, everything owned by the superuser) is secured at
 * its first start with this version, and starts again afterwards with the kept passwords.
 */
class EmbeddedDatabaseUpgradeTest {

    @Test
    void aTrustingDataDirectoryOfAnEarlierVersionGetsRolesAndPasswordsAndRestarts() throws Exception {
        var dataDir = Files.createTempDirectory("medtravail-pg-upgrade");
        try {
            try (var old = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60)).start();
                 var connection = old.getPostgresDatabase().getConnection()) {
                var statement = connection.createStatement();
                statement.execute("CREATE TABLE legacy (id bigint GENERATED ALWAYS AS IDENTITY)");
                statement.execute("CREATE VIEW legacy_view AS SELECT id FROM legacy");
                statement.execute("CREATE FUNCTION legacy_function() RETURNS int LANGUAGE sql AS 'SELECT 1'");
            }

            var roles = EmbeddedDatabaseRoles.of(dataDir);
            try (var upgraded = start(dataDir, roles)) {
                roles.secure(upgraded);
                int port = upgraded.getPort();
                assertThatThrownBy(() -> DriverManager.getConnection(url(port), "postgres", ""))
                        .isInstanceOf(SQLException.class);
                try (var owner = DriverManager.getConnection(url(port), EmbeddedDatabaseRoles.OWNER,
                        roles.password(EmbeddedDatabaseRoles.OWNER));
                     var result = owner.createStatement().executeQuery("""
                             SELECT (SELECT tableowner FROM pg_tables WHERE tablename = 'legacy'),
                                    (SELECT viewowner FROM pg_views WHERE viewname = 'legacy_view'),
                                    (SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE proname = 'legacy_function'),
                                    (SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public')""")) {
                    result.next();
                    for (int column = 1; column <= 4; column++) {
                        assertThat(result.getString(column)).as("owner %d", column).isEqualTo(EmbeddedDatabaseRoles.OWNER);
                    }
                }
            }

            var reread = EmbeddedDatabaseRoles.of(dataDir);
            assertThat(reread.password(EmbeddedDatabaseRoles.APP)).isEqualTo(roles.password(EmbeddedDatabaseRoles.APP));
            try (var restarted = start(dataDir, reread)) {
                reread.secure(restarted);
                DriverManager.getConnection(url(restarted.getPort()), EmbeddedDatabaseRoles.APP,
                        reread.password(EmbeddedDatabaseRoles.APP)).close();
            }
        } finally {
            FileUtils.deleteDirectory(dataDir.toFile());
        }
    }

    private static EmbeddedPostgres start(Path dataDir, EmbeddedDatabaseRoles roles) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setConnectConfig("password", roles.password(EmbeddedDatabaseRoles.SUPERUSER)).start();
    }

    private static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }
}
