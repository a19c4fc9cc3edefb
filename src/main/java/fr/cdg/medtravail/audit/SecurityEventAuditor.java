package fr.cdg.medtravail.audit;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Log-ins and refusals into the audit trail. Only interactive (form) log-ins are recorded as successes: an API
 * client using HTTP Basic authenticates on every request. Every failure is recorded, whatever the mechanism.
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

    /** The attempted username is kept (the password never is), with why it failed: bad credentials, locked… */
    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        trail.record(event.getAuthentication(), AuditAction.LOGIN_FAILURE, null, null, null,
                Map.of("reason", event.getException().getClass().getSimpleName()));
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        var request = event.getObject() instanceof HttpServletRequest direct ? direct
                : RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
        var detail = request == null ? Map.<String, Object>of()
                : Map.<String, Object>of("route", request.getMethod() + " " + request.getRequestURI());
        trail.record(event.getAuthentication().get(), AuditAction.ACCESS_DENIED, null, null, null, detail);
    }
}
