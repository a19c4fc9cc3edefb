package fr.cdg.medtravail.security;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Refuses log-ins for a username after too many failures in a short window, for a lock period, even with the right
 * password (form log-in and HTTP Basic alike). Failures are counted in the database so that the lock holds across
 * instances. Unknown usernames are counted too, so that the lock does not reveal which accounts exist.
 */
@Component
class LoginThrottle {

    /** As app_user.username allows. */
    private static final int MAX_USERNAME = 64;

    private final JdbcClient jdbc;
    private final SecuritySettings settings;

    LoginThrottle(JdbcClient jdbc, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Called before the password is checked. */
    void refuseIfLocked(String username) {
        boolean locked = jdbc.sql("""
                        SELECT count(*) >= :max AND max(at) > now() - make_interval(secs => :lock)
                        FROM login_failure WHERE username = :username AND at > now() - make_interval(secs => :window)""")
                .param("max", settings.maxFailedLogins())
                .param("lock", settings.lockDuration().toSeconds())
                .param("window", settings.failedLoginWindow().toSeconds())
                .param("username", username)
                .query(Boolean.class).single();
        if (locked) {
            throw new LockedException("too many failed log-ins");
        }
    }

    /**
     * Only wrong passwords count: refusals because of the lock itself would otherwise extend it for ever. The
     * attempted name is cut to the longest valid username, so that junk input cannot fill the table.
     */
    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        var attempted = event.getAuthentication().getName();
        var username = attempted.substring(0, Math.min(attempted.length(), MAX_USERNAME));
        var ip = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        jdbc.sql("DELETE FROM login_failure WHERE username = ? AND at < now() - make_interval(secs => ?)")
                .params(username, settings.failedLoginWindow().toSeconds()).update();
        jdbc.sql("INSERT INTO login_failure (username, client_ip) VALUES (?, ?)").params(username, ip).update();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("DELETE FROM login_failure WHERE username = ?").param(event.getAuthentication().getName()).update();
    }
}
