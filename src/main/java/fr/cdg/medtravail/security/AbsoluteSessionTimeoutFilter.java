package fr.cdg.medtravail.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session a fixed time after log-in, however active it has been (the container's idle timeout only ends
 * inactive ones). The session id changes at log-in but the session itself is older (it was created on the log-in
 * page), so the log-in time is kept in the session; a session without it counts from its creation. Runs before the
 * security context is read, so the request then proceeds anonymously: screens are sent back to the log-in page, API
 * calls get their usual 401.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

    static final String LOGGED_IN_AT = AbsoluteSessionTimeoutFilter.class.getName() + ".loggedInAt";

    private final Duration absoluteTimeout;
    private final Clock clock;

    AbsoluteSessionTimeoutFilter(Duration absoluteTimeout, Clock clock) {
        this.absoluteTimeout = absoluteTimeout;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && clock.millis() - start(session) > absoluteTimeout.toMillis()) {
            session.invalidate();
            if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Wraps a log-in success handler so that it first notes the log-in time in the session. */
    static AuthenticationSuccessHandler markingLogIn(AuthenticationSuccessHandler handler, Clock clock) {
        return (request, response, authentication) -> {
            request.getSession().setAttribute(LOGGED_IN_AT, clock.millis());
            handler.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private static long start(HttpSession session) {
        return session.getAttribute(LOGGED_IN_AT) instanceof Long loggedInAt ? loggedInAt : session.getCreationTime();
    }
}
