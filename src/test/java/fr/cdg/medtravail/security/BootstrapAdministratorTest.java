package fr.cdg.medtravail.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import fr.cdg.medtravail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator comes from the environment, only when no enabled administrator exists. Runs on the real
 * accounts table inside a rolled-back transaction, where the administrators other tests created are disabled.
 */
@Transactional
class BootstrapAdministratorTest extends IntegrationTest {

    private static final String ENVIRONMENT_PASSWORD = "a-password-from-the-environment";

    @Autowired
    private AccountRepository repository;

    @Autowired
    private PasswordEncoder passwordEncoder;

    private final String username = "boot-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void noEnabledAdministrator() {
        jdbc.sql("UPDATE app_user SET enabled = false WHERE role = 'ADMIN'").update();
    }

    @Test
    void createsTheConfiguredAdministratorWhenThereIsNone() {
        service(ENVIRONMENT_PASSWORD).bootstrapAdministrator();

        var hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ? AND role = 'ADMIN' AND enabled")
                .param(username).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches(ENVIRONMENT_PASSWORD, hash)).isTrue();
    }

    @Test
    void doesNothingWhenNoPasswordIsConfigured() {
        service("").bootstrapAdministrator();

        assertThat(repository.exists(username)).isFalse();
    }

    @Test
    void doesNothingWhenAnEnabledAdministratorExists() {
        as(Role.ADMIN);
        jdbc.sql("UPDATE app_user SET enabled = true WHERE username = 'admin'").update();

        service(ENVIRONMENT_PASSWORD).bootstrapAdministrator();

        assertThat(repository.exists(username)).isFalse();
    }

    private AccountService service(String adminPassword) {
        var settings = new SecuritySettings(Duration.ofHours(10), 5, Duration.ofMinutes(15), Duration.ofMinutes(15),
                username, adminPassword);
        return new AccountService(repository, passwordEncoder, new SessionRegistryImpl(), settings);
    }
}
