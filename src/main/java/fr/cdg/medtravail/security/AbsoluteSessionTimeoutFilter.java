package fr.cdg.medtravail.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session a fixed time after it was created, however active it has been (the container's idle timeout
 * only ends inactive ones). Runs before the security context is read, so the request then proceeds anonymously:
 * screens are sent back to the log-in page, API calls get their usual 401.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

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
        if (session != null && clock.millis() - session.getCreationTime() > absoluteTimeout.toMillis()) {
            session.invalidate();
            if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
