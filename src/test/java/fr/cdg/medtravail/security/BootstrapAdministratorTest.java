package fr.cdg.medtravail.security;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** The first administrator comes from the environment, only when no enabled administrator exists. */
class BootstrapAdministratorTest {

    private final AccountRepository repository = mock(AccountRepository.class);

    @Test
    void createsTheConfiguredAdministratorWhenThereIsNone() {
        when(repository.enabledAdminExists()).thenReturn(false);

        service("a-password-from-the-environment").bootstrapAdministrator();

        verify(repository).insert(eq("admin"), anyString(), startsWith("{bcrypt}"), eq(Role.ADMIN), eq(null),
                eq(List.of()), eq(null));
    }

    @Test
    void doesNothingWhenAnAdministratorExistsOrNoPasswordIsConfigured() {
        when(repository.enabledAdminExists()).thenReturn(true);
        service("a-password-from-the-environment").bootstrapAdministrator();
        when(repository.enabledAdminExists()).thenReturn(false);
        service("").bootstrapAdministrator();

        verify(repository, never()).insert(anyString(), anyString(), anyString(), any(), any(), any(), any());
    }

    private AccountService service(String adminPassword) {
        var settings = new SecuritySettings(Duration.ofHours(10), 5, Duration.ofMinutes(15), Duration.ofMinutes(15),
                "admin", adminPassword);
        return new AccountService(repository, PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                new SessionRegistryImpl(), settings);
    }
}
