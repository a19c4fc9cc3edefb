package fr.cdg.medtravail.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import fr.cdg.medtravail.security.CdgUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records, without any change to the controllers: every successful change (POST, PUT, PATCH, DELETE answered below
 * 400) on any route; every successful read of a route that shows agents' personal data ({@link AgentData}); and
 * every 404 on those routes as a refused access (a référent asking for another collectivité's agent gets 404), and
 * every 404 answered to a référent or professional on a route naming a record (out of their scope). Refusals by the
 * security filters (401, 403) are recorded by {@link SecurityEventAuditor}.
 */
class AuditInterceptor implements HandlerInterceptor {

    /** How a route showing agents' data is recorded: the subject, the path variable naming it, the action of a GET. */
    record AgentData(String subjectType, String variable, AuditAction readAction) {

        /**
         * Every route with an {@code agents} segment shows agents' data, so that a new screen or API is audited
         * without a change here: {@code /api/agents/{id}…} and any {@code …/{agentId}…} name one agent, other
         * routes ({@code /collectivites/{id}/agents}) a collectivité's list. Booking's routes show agents too: the
         * agents to place, visit requests, appointments (one, or a professional's), a collectivité's sessions; so do
         * their screens ({@code /collectivites/{id}/rendez-vous}, {@code /rendez-vous/{id}…}, {@code …/journee}).
         */
        static AgentData of(String pattern) {
            if (!AGENT_ROUTES.matcher(pattern).matches()) {
                return null;
            }
            var action = pattern.endsWith("/export") ? AuditAction.EXPORT : AuditAction.READ;
            if (pattern.contains("{agentId}")) {
                return new AgentData("AGENT", "agentId", action);
            }
            if (pattern.startsWith("/api/agents/{id}") || pattern.startsWith("/agents/{id}")) {
                return new AgentData("AGENT", "id", action);
            }
            if (pattern.startsWith("/api/appointments") || pattern.startsWith("/rendez-vous")) {
                return new AgentData("APPOINTMENT", "id", action);
            }
            if (pattern.startsWith("/api/visit-requests")) {
                return new AgentData("VISIT_REQUEST", "id", action);
            }
            if (pattern.startsWith("/api/professionals/{id}") || pattern.startsWith("/professionnels/{id}")) {
                return new AgentData("PROFESSIONAL_APPOINTMENTS", "id", action);
            }
            return new AgentData("COLLECTIVITE_AGENTS", "id", action);
        }
    }

    private static final Pattern AGENT_ROUTES = Pattern.compile(
            ".*/(agents|agents-to-place|visit-requests|appointments|rendez-vous|journee)(/.*)?"
                    + "|/api/collectivites/\\{id}/sessions(/.*)?");

    private final AuditTrail trail;

    AuditInterceptor(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        var pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (!(handler instanceof HandlerMethod) || pattern == null || ex != null
                || request.getAttribute(AuditTrail.RECORDED) != null) {
            return;
        }
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        var agentData = AgentData.of(pattern);
        var action = action(request.getMethod(), response.getStatus(), agentData,
                variables != null && !variables.isEmpty() && !callerIsStaff());
        if (action == null) {
            return;
        }
        var id = variables == null ? null : variables.get(agentData == null ? "id" : agentData.variable());
        var detail = new LinkedHashMap<String, Object>();
        detail.put("route", request.getMethod() + " " + pattern);
        if (variables != null && !variables.isEmpty()) {
            detail.put("pathVariables", SecretPaths.mask(variables));
        }
        if (response.getHeader("Location") != null) {
            detail.put("location", SecretPaths.mask(response.getHeader("Location")));
        }
        if (action == AuditAction.ACCESS_DENIED) {
            detail.put("status", response.getStatus());
        }
        trail.record(action, agentData == null ? pattern : agentData.subjectType(), id,
                collectivite(pattern, id, agentData, action), detail);
    }

    /**
     * A 404 is a refusal when it hides agents' data, or answers a référent or professional asking for a record by
     * id: outside their scope, the services answer 404 as for a record that does not exist.
     */
    private static AuditAction action(String method, int status, AgentData agentData, boolean scopedCallerById) {
        if (status == HttpStatus.NOT_FOUND.value() && (agentData != null || scopedCallerById)) {
            return AuditAction.ACCESS_DENIED;
        }
        if (status >= 400) {
            return null;
        }
        return switch (method) {
            case "GET", "HEAD" -> agentData == null ? null : agentData.readAction();
            case "POST" -> AuditAction.CREATE;
            case "PUT", "PATCH" -> AuditAction.UPDATE;
            case "DELETE" -> AuditAction.DELETE;
            default -> null;
        };
    }

    private static boolean callerIsStaff() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CdgUser user && user.isStaff();
    }

    /** The collectivité concerned, so that the secretariat can search by collectivité. */
    private Long collectivite(String pattern, String id, AgentData agentData, AuditAction action) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return null;
        }
        if (agentData != null && agentData.subjectType().equals("AGENT")) {
            return action == AuditAction.DELETE ? null : trail.collectiviteOfAgent(Long.parseLong(id));
        }
        if (pattern.contains("/collectivites/{id}")) {
            return Long.valueOf(id);
        }
        return null;
    }
}
