package fr.cdg.medtravail.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import fr.cdg.medtravail.support.IntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded server trusts no one: a password for every role, from this machine only. */
class EmbeddedDatabaseSecurityTest extends IntegrationTest {

    @Autowired
    private EmbeddedPostgres postgres;

    @Autowired
    private EmbeddedDatabaseRoles roles;

    @Test
    void theServerRefusesEveryRoleWithoutItsPassword() {
        for (var role : new String[] {"postgres", EmbeddedDatabaseRoles.OWNER, EmbeddedDatabaseRoles.APP}) {
            assertThatThrownBy(() -> connect(role, null)).as(role).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> connect(role, "wrong")).as(role).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void theApplicationsRoleIsNeitherSuperuserNorOwner() throws SQLException {
        try (var connection = connect(EmbeddedDatabaseRoles.APP, roles.password(EmbeddedDatabaseRoles.APP));
             var result = connection.createStatement().executeQuery("""
                     SELECT r.rolsuper, r.rolcreaterole, r.rolcreatedb,
                            (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                             WHERE n.nspname = 'public' AND c.relowner = r.oid) AS owned,
                            has_schema_privilege('public', 'CREATE') AS can_create,
                            (SELECT setting FROM pg_settings WHERE name = 'listen_addresses') AS listen
                     FROM pg_roles r WHERE r.rolname = current_user""")) {
            result.next();
            assertThat(result.getBoolean("rolsuper")).isFalse();
            assertThat(result.getBoolean("rolcreaterole")).isFalse();
            assertThat(result.getBoolean("rolcreatedb")).isFalse();
            assertThat(result.getLong("owned")).isZero();
            assertThat(result.getBoolean("can_create")).isFalse();
            assertThat(result.getString("listen")).isEqualTo("localhost");
        }
    }

    @Test
    void thePasswordsAreKeptInTheDataDirectoryForItsOwnerOnly() throws Exception {
        var file = roles.dataDir().resolve(EmbeddedDatabaseRoles.PASSWORD_FILE);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        var kept = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            kept.load(reader);
        }
        assertThat(kept.getProperty(EmbeddedDatabaseRoles.APP)).isEqualTo(roles.password(EmbeddedDatabaseRoles.APP))
                .hasSizeGreaterThanOrEqualTo(43);
        assertThat(Files.readString(roles.dataDir().resolve("pg_hba.conf"))).doesNotContain("trust");
    }

    private java.sql.Connection connect(String user, String password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", properties);
    }
}
