package fr.cdg.medtravail.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Log-in and session limits. The idle timeout is the servlet container's ({@code server.servlet.session.timeout}).
 *
 * @param absoluteSessionTimeout a session ends this long after it was created, however active it is
 * @param maxFailedLogins        failed log-ins for one username, within {@code failedLoginWindow}, that lock it
 * @param failedLoginWindow      how far back failed log-ins count
 * @param lockDuration           how long a locked username is refused, even with the right password
 * @param adminUsername          the bootstrap administrator created at start-up when no administrator exists…
 * @param adminPassword          …with this password (environment variable MEDTRAVAIL_ADMIN_PASSWORD), never in the repo
 */
@ConfigurationProperties("medtravail.security")
public record SecuritySettings(@DefaultValue("10h") Duration absoluteSessionTimeout,
                               @DefaultValue("5") int maxFailedLogins,
                               @DefaultValue("15m") Duration failedLoginWindow,
                               @DefaultValue("15m") Duration lockDuration,
                               @DefaultValue("admin") String adminUsername,
                               String adminPassword) {

    @Override
    public String toString() {
        return "SecuritySettings[absoluteSessionTimeout=" + absoluteSessionTimeout + ", maxFailedLogins="
                + maxFailedLogins + ", failedLoginWindow=" + failedLoginWindow + ", lockDuration=" + lockDuration
                + ", adminUsername=" + adminUsername + ", adminPassword=" + (adminPassword == null ? "unset" : "***") + "]";
    }
}
