package fr.cdg.medtravail.infrastructure;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The roles and passwords of the embedded server. initdb trusts every local connection; at the first start (or the
 * first start of a data directory created by an earlier version) the superuser gets a password, the owner role
 * ({@value #OWNER}, which runs the migrations and owns the schema) and the application role ({@value #APP}, neither
 * superuser nor owner) are created, existing objects are given to the owner, and pg_hba.conf is replaced so that every
 * connection needs its password (scram-sha-256) and comes from this machine. The passwords are generated once and kept
 * in {@value #PASSWORD_FILE} in the data directory, readable by its owner only.
 */
final class EmbeddedDatabaseRoles {

    static final String SUPERUSER = "postgres";
    static final String OWNER = "medtravail_owner";
    static final String APP = "medtravail_app";
    static final String DATABASE = "postgres";
    static final String PASSWORD_FILE = "medtravail-passwords.properties";

    /** First line of the pg_hba.conf we write: tells a secured data directory from one initdb left trusting. */
    private static final String HBA_MARKER = "# medtravail: passwords (scram-sha-256), from this machine only";
    private static final String HBA = HBA_MARKER + """

            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseRoles.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dataDir;
    private final Properties passwords;

    private EmbeddedDatabaseRoles(Path dataDir, Properties passwords) {
        this.dataDir = dataDir;
        this.passwords = passwords;
    }

    /** The passwords kept in the data directory, or new ones (written by {@link #secure}) when it has none yet. */
    static EmbeddedDatabaseRoles of(Path dataDir) {
        var file = dataDir.resolve(PASSWORD_FILE);
        var passwords = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                passwords.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        } else {
            for (var role : new String[] {SUPERUSER, OWNER, APP}) {
                passwords.setProperty(role, newPassword());
            }
        }
        return new EmbeddedDatabaseRoles(dataDir, passwords);
    }

    Path dataDir() {
        return dataDir;
    }

    String password(String role) {
        return passwords.getProperty(role);
    }

    /** Creates the roles and requires passwords, unless an earlier start did. Runs on the freshly started server. */
    void secure(EmbeddedPostgres postgres) throws IOException {
        var hba = dataDir.resolve("pg_hba.conf");
        if (Files.readString(hba).startsWith(HBA_MARKER)) {
            if (!Files.exists(dataDir.resolve(PASSWORD_FILE))) {
                throw new IllegalStateException("The embedded database in " + dataDir + " requires passwords but "
                        + PASSWORD_FILE + " is missing");
            }
            return;
        }
        log.info("Securing the embedded PostgreSQL in {}: roles {} and {}, passwords required", dataDir, OWNER, APP);
        // The file first: if the start is interrupted below, the next one finds the same passwords and redoes the rest.
        writePasswordFile();
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password(SUPERUSER) + "'");
            for (var role : new String[] {OWNER, APP}) {
                statement.execute("""
                        DO $$ BEGIN
                            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                                CREATE ROLE %1$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
                            END IF;
                        END $$""".formatted(role));
                statement.execute("ALTER ROLE " + role + " PASSWORD '" + password(role) + "'");
            }
            // Data directories of earlier versions: the superuser owned everything, the owner role takes it over.
            statement.execute("""
                    DO $$ DECLARE object record; BEGIN
                        FOR object IN SELECT c.relname, c.relkind FROM pg_class c
                                JOIN pg_namespace n ON n.oid = c.relnamespace
                                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') LOOP
                            EXECUTE format('ALTER %s %I OWNER TO OWNER_ROLE',
                                    CASE object.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                    ELSE 'TABLE' END, object.relname);
                        END LOOP;
                        FOR object IN SELECT p.oid::regprocedure AS signature FROM pg_proc p
                                JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' LOOP
                            EXECUTE format('ALTER ROUTINE %s OWNER TO OWNER_ROLE', object.signature);
                        END LOOP;
                    END $$""".replace("OWNER_ROLE", OWNER));
            statement.execute("ALTER SCHEMA public OWNER TO " + OWNER);
            statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            statement.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
            statement.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + DATABASE + " TO " + OWNER + ", " + APP);
            // As if it owned the database (db/roles.sql): migrations may add the trusted extensions they need.
            statement.execute("GRANT CREATE ON DATABASE " + DATABASE + " TO " + OWNER);
            statement.execute("GRANT USAGE ON SCHEMA public TO " + APP);
            writeHba(hba);
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the roles of the embedded database", e);
        }
    }

    private void writePasswordFile() throws IOException {
        var file = dataDir.resolve(PASSWORD_FILE);
        var temporary = dataDir.resolve(PASSWORD_FILE + ".tmp");
        Files.deleteIfExists(temporary);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temporary);
        }
        try (Writer writer = Files.newBufferedWriter(temporary)) {
            passwords.store(writer, "Passwords of the embedded PostgreSQL roles; generated at its first start");
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writeHba(Path hba) throws IOException {
        var temporary = hba.resolveSibling("pg_hba.conf.tmp");
        Files.writeString(temporary, HBA);
        Files.move(temporary, hba, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** 256 random bits; URL-safe Base64, so that it can be written into SQL and a properties file as it is. */
    private static String newPassword() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
