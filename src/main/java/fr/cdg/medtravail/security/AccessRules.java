package fr.cdg.medtravail.security;

import static fr.cdg.medtravail.security.Role.ADMIN;
import static fr.cdg.medtravail.security.Role.PROFESSIONAL;
import static fr.cdg.medtravail.security.Role.REFERENT;
import static fr.cdg.medtravail.security.Role.SECRETARIAT;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one table of which roles may call which route, read top to bottom, first match wins. It only says whether a
 * role may use a route at all (otherwise 401 for anonymous, 403 for the role); which rows a référent or professional
 * then sees is decided in the services ({@link CdgUser#canSeeCollectivite}), answering 404 for data of another
 * collectivité. A route missing here falls to "any authenticated user" and makes {@code AuthorizationMatrixTest} fail.
 */
public final class AccessRules {

    private static final Role[] STAFF = Access.STAFF_ROLES.toArray(Role[]::new);
    private static final Role[] EVERYONE = Role.values();

    /** One line of the table; {@code method} null means any method, {@code roles} empty means public. */
    public record Rule(HttpMethod method, String pattern, Set<Role> roles) {

        public boolean isPublic() {
            return roles.isEmpty();
        }

        /** A GET rule also covers HEAD, which answers the same without a body. */
        RequestMatcher matcher() {
            var matcher = PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
            return method == GET ? new OrRequestMatcher(matcher,
                    PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.HEAD, pattern)) : matcher;
        }
    }

    public static final List<Rule> RULES = List.of(
            open(null, "/login"), open(null, "/error"), open(GET, "/css/**"), open(GET, "/js/**"),
            open(GET, "/webjars/**"), open(GET, "/favicon.ico"), open(GET, "/actuator/health/**"),
            // OpenID Connect, when configured: redirect to the provider, and its answer (filters, not controllers).
            open(GET, "/oauth2/authorization/**"), open(GET, "/login/oauth2/**"),
            // Description of the API and home page: nothing personal.
            rule(GET, "/v3/api-docs/**", EVERYONE), rule(GET, "/v3/api-docs.yaml", EVERYONE),
            rule(GET, "/swagger-ui/**", EVERYONE),
            rule(GET, "/swagger-ui.html", EVERYONE), rule(GET, "/", EVERYONE),

            // Accounts, GDPR retention: administrators. Audit trail: the secretariat too.
            rule(null, "/api/accounts/**", ADMIN), rule(null, "/admin/comptes/**", ADMIN),
            rule(null, "/api/gdpr/**", ADMIN),
            rule(GET, "/api/audit/**", STAFF), rule(GET, "/admin/audit/**", STAFF),
            // Personal API tokens: everyone manages their own (administrators may revoke anyone's).
            rule(null, "/api/tokens/**", EVERYONE),
            // Calendar feeds: the token in the path is the credential (calendar clients send no other); everyone
            // manages their own subscriptions, what each may follow is the feeds service's rule.
            open(GET, "/feeds/**"),
            rule(null, "/api/feeds/**", EVERYONE), rule(null, "/agenda/**", EVERYONE),

            // Agents: référents manage those of their own collectivités; professionals will see the agents booked
            // with them once bookings exist, not before.
            rule(GET, "/api/agents/{id}/export", STAFF, REFERENT),
            rule(GET, "/api/agents/{id}", STAFF, REFERENT), rule(PUT, "/api/agents/{id}", STAFF, REFERENT),
            rule(null, "/api/agents/**", STAFF),
            rule(GET, "/api/collectivites/{id}/agents", STAFF, REFERENT),
            rule(POST, "/api/collectivites/{id}/agents", STAFF, REFERENT),
            rule(GET, "/api/collectivites/{id}/reachable-cabinets", STAFF, REFERENT),
            // Booking: référents place their own agents; the session's professional records attendance.
            rule(GET, "/api/collectivites/{id}/sessions", STAFF, REFERENT),
            rule(POST, "/api/collectivites/{id}/sessions/{sessionId}/releases", STAFF, REFERENT),
            rule(GET, "/api/collectivites/{id}/agents-to-place", STAFF, REFERENT),
            rule(POST, "/api/collectivites/{id}/waitlist", STAFF, REFERENT),
            rule(GET, "/api/collectivites/{id}/visit-requests", STAFF, REFERENT),
            rule(null, "/api/visit-requests/**", STAFF, REFERENT),
            rule(POST, "/api/appointments/{id}/attendance", STAFF, PROFESSIONAL),
            rule(GET, "/api/appointments/{id}", EVERYONE),
            rule(null, "/api/appointments/**", STAFF, REFERENT),
            rule(GET, "/api/professionals/{id}/appointments", STAFF, PROFESSIONAL),
            rule(null, "/api/booking/**", STAFF),
            rule(GET, "/api/collectivites", EVERYONE), rule(GET, "/api/collectivites/{id}", EVERYONE),
            rule(GET, "/api/collectivites/{id}/memberships", EVERYONE),
            // The référent keeps the headcount current (convention MEDPREV).
            rule(PUT, "/api/collectivites/{id}/headcounts/{year}", STAFF, REFERENT),
            rule(null, "/api/collectivites/**", STAFF),
            // A leave's kind may be SICK: health data of a colleague, not for other professionals.
            rule(GET, "/api/professionals/{id}/leaves", STAFF),
            rule(GET, "/api/professionals/**", STAFF, PROFESSIONAL), rule(null, "/api/professionals/**", STAFF),
            // Cabinets are places, nothing personal: everyone reads them.
            rule(GET, "/api/cabinets/**", EVERYONE), rule(null, "/api/cabinets/**", STAFF),
            rule(null, "/api/imports/**", STAFF), rule(null, "/api/travel-times/**", STAFF),
            // Published sessions are visible to the référents of the collectivités they serve.
            rule(GET, "/api/planning/collectivites/{id}/sessions", STAFF, REFERENT),
            rule(null, "/api/planning/**", STAFF),
            // Statutory medicine: a deadline is calendar arithmetic, nothing personal. Requests are agent data: the
            // service answers 404 for another collectivité's, or for a doctor's other than one's own.
            rule(GET, "/api/statutory/deadline", EVERYONE),
            rule(GET, "/api/statutory/requests/{id}", EVERYONE),
            rule(GET, "/api/statutory/requests", STAFF, REFERENT), rule(POST, "/api/statutory/requests", STAFF, REFERENT),
            rule(POST, "/api/statutory/requests/{id}/cancel", STAFF, REFERENT),
            rule(GET, "/api/statutory/collectivites/{id}/quota/{year}", STAFF, REFERENT),
            rule(GET, "/api/statutory/doctors/{id}/day", STAFF, PROFESSIONAL),
            rule(null, "/api/statutory/**", STAFF),
            // Billing: grids change what is billed (administrators); a référent reads their own collectivité's ledger,
            // drafts, statements and dashboard (the service answers 404 for another's); the rest is the staff's.
            rule(POST, "/api/billing/grids", ADMIN),
            rule(GET, "/api/billing/collectivites/{id}/**", STAFF, REFERENT),
            rule(GET, "/api/billing/statements/{id}/**", STAFF, REFERENT),
            rule(GET, "/api/billing/dashboard", STAFF, REFERENT),
            rule(null, "/api/billing/**", STAFF),

            // Screens, same policy as the API behind them.
            rule(GET, "/collectivites/{id}/agents/**", STAFF, REFERENT),
            rule(POST, "/collectivites/{id}/agents/**", STAFF, REFERENT),
            rule(POST, "/collectivites/{id}/headcounts", STAFF, REFERENT),
            // Booking screens: the référent's portal, convocations, certificates; the professional's day is under
            // /professionnels; the sessions' fill rate is the secretariat's.
            rule(GET, "/collectivites/{id}/rendez-vous/**", STAFF, REFERENT),
            rule(POST, "/collectivites/{id}/rendez-vous", STAFF, REFERENT),
            rule(POST, "/rendez-vous/{id}/presence", STAFF, PROFESSIONAL),
            rule(null, "/rendez-vous/**", STAFF, REFERENT),
            rule(GET, "/seances/**", STAFF),
            rule(GET, "/collectivites/new", STAFF), rule(GET, "/collectivites", EVERYONE), rule(GET, "/collectivites/{id}", EVERYONE),
            rule(null, "/collectivites/**", STAFF),
            rule(GET, "/professionnels/**", STAFF, PROFESSIONAL), rule(null, "/professionnels/**", STAFF),
            rule(GET, "/cabinets/**", EVERYONE), rule(null, "/cabinets/**", STAFF),
            rule(null, "/imports/**", STAFF), rule(null, "/planning/**", STAFF),
            rule(GET, "/statutaire/medecins/**", STAFF, PROFESSIONAL),
            rule(GET, "/statutaire/demandes", STAFF, REFERENT), rule(POST, "/statutaire/demandes", STAFF, REFERENT),
            rule(GET, "/statutaire/collectivites/{id}/quota", STAFF, REFERENT),
            rule(null, "/statutaire/**", STAFF),
            rule(GET, "/facturation", STAFF, REFERENT), rule(POST, "/facturation/grilles", ADMIN),
            rule(null, "/facturation/**", STAFF));

    private AccessRules() {
    }

    /** The first rule matching the request, as the filter chain applies it. */
    public static Optional<Rule> ruleFor(HttpServletRequest request) {
        return RULES.stream().filter(rule -> rule.matcher().matches(request)).findFirst();
    }

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        for (var rule : RULES) {
            var matched = requests.requestMatchers(rule.matcher());
            if (rule.isPublic()) {
                matched.permitAll();
            } else {
                matched.hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
            }
        }
        requests.anyRequest().authenticated();
    }

    private static Rule open(HttpMethod method, String pattern) {
        return new Rule(method, pattern, Set.of());
    }

    private static Rule rule(HttpMethod method, String pattern, Role... roles) {
        return new Rule(method, pattern, Set.copyOf(EnumSet.copyOf(Arrays.asList(roles))));
    }

    private static Rule rule(HttpMethod method, String pattern, Role[] some, Role other) {
        var roles = EnumSet.copyOf(Arrays.asList(some));
        roles.add(other);
        return new Rule(method, pattern, Set.copyOf(roles));
    }
}
