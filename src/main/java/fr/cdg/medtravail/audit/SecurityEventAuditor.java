package fr.cdg.medtravail.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.cdg.medtravail.security.CredentialsFailureEvent;
import fr.cdg.medtravail.security.RequestRefusedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Log-ins and refusals into the audit trail. Only interactive (form) log-ins are recorded as successes: an API
 * client using HTTP Basic or a token authenticates on every request. Every failure is recorded, whatever the
 * mechanism, and every refusal of the security filters once; refusals by scope (404) are the {@link AuditInterceptor}'s.
 */
@Component
class SecurityEventAuditor {

    private final AuditTrail trail;

    SecurityEventAuditor(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        trail.record(event.getAuthentication(), AuditAction.LOGIN_SUCCESS, null, null, null, null);
    }

    /**
     * The attempted username is kept (the password never is), with why it failed: bad credentials, locked, a
     * malformed Basic header, an invalid API token…
     */
    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        var reason = event instanceof CredentialsFailureEvent credentials ? credentials.reason()
                : event.getException().getClass().getSimpleName();
        trail.record(event.getAuthentication(), AuditAction.LOGIN_FAILURE, null, null, null, Map.of("reason", reason));
    }

    /** Refusals of the security filters (401, 403, the log-in page), once each, with the route and the target. */
    @EventListener
    void refused(RequestRefusedEvent event) {
        var request = event.request();
        var detail = new LinkedHashMap<String, Object>();
        var path = SecretPaths.mask(request.getRequestURI());
        detail.put("route", request.getMethod() + " " + path);
        detail.put("status", event.status());
        detail.put("reason", event.reason());
        trail.record(event.authentication(), AuditAction.ACCESS_DENIED, "ROUTE", path, null,
                detail);
    }
}
