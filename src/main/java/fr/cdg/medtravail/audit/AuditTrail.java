package fr.cdg.medtravail.audit;

import java.util.List;
import java.util.Map;

import fr.cdg.medtravail.security.CdgUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records who read or changed what, when and from where. The current user and request are taken from the context;
 * outside a request (scheduled jobs) the actor is {@value #SYSTEM}. Details name ids and counts, never a person's
 * name or a password.
 */
@Service
public class AuditTrail {

    static final String SYSTEM = "system";
    /** Set on a request whose handler recorded its own, more telling row: the generic one is then left out. */
    static final String RECORDED = AuditTrail.class.getName() + ".recorded";
    private static final int MAX_USERNAME = 64;
    private static final int MAX_USER_AGENT = 255;

    private final AuditRepository events;

    AuditTrail(AuditRepository events) {
        this.events = events;
    }

    /** Records an action of the current user (or of the system) on a subject. */
    public void record(AuditAction action, String subjectType, Object subjectId, Long collectiviteId,
                       Map<String, ?> detail) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        record(authentication, action, subjectType, subjectId, collectiviteId, detail);
    }

    /** Records an action of the given (possibly not yet or never authenticated) person. */
    void record(Authentication authentication, AuditAction action, String subjectType, Object subjectId,
                Long collectiviteId, Map<String, ?> detail) {
        String username = null;
        String role = null;
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && !authentication.getName().isBlank()) {
            // A failed log-in's attempted name may be anything: keep no more than a valid username's length.
            username = truncate(authentication.getName(), MAX_USERNAME);
            if (authentication.getPrincipal() instanceof CdgUser user) {
                role = user.role().name();
            }
        }
        var request = currentRequest();
        if (request == null && username == null) {
            username = SYSTEM;
        }
        if (request != null) {
            request.setAttribute(RECORDED, Boolean.TRUE);
        }
        var userAgent = request == null ? null : request.getHeader("User-Agent");
        events.insert(username, role, action, subjectType, subjectId == null ? null : subjectId.toString(),
                collectiviteId, request == null ? null : request.getRemoteAddr(),
                truncate(userAgent, MAX_USER_AGENT), detail);
    }

    /** A page of the search, newest first. */
    public record EventPage(List<AuditEvent> items, int page, int size, boolean hasNext) {
    }

    public EventPage search(AuditQuery query, int page, int size) {
        var found = events.search(query, page * size, size + 1);
        return new EventPage(found.subList(0, Math.min(size, found.size())), page, size, found.size() > size);
    }

    Long collectiviteOfAgent(long agentId) {
        return events.collectiviteOfAgent(agentId).orElse(null);
    }

    private static String truncate(String text, int length) {
        return text == null ? null : text.substring(0, Math.min(text.length(), length));
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
