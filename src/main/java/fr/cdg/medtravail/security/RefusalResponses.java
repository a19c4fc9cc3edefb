package fr.cdg.medtravail.security;

import java.io.IOException;
import java.util.LinkedHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the security filters refuse: RFC 9457 problem documents for the API (401, 403), the log-in page or the error
 * page for screens; every refusal published once ({@link RequestRefusedEvent}) for the audit trail. A 401 after wrong
 * or malformed credentials is not published again: the failed log-in already was.
 */
final class RefusalResponses {

    private final RequestMatcher api;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    RefusalResponses(RequestMatcher api, JsonMapper json, ApplicationEventPublisher events) {
        this.api = api;
        this.json = json;
        this.events = events;
    }

    /** 401 for the API; no Basic challenge, so that browsers never pop up their own log-in box. */
    AuthenticationEntryPoint api() {
        return (request, response, exception) -> {
            if (exception instanceof InsufficientAuthenticationException) {
                refused(request, HttpStatus.UNAUTHORIZED.value(), "authentication required");
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"medtravail\"");
            write(request, response, HttpStatus.UNAUTHORIZED, exception instanceof InsufficientAuthenticationException
                    ? "Authentication required: log in, or send an API token (Authorization: Bearer) or HTTP Basic credentials"
                    : "The credentials were refused");
        };
    }

    /** Screens: the log-in page. */
    AuthenticationEntryPoint screens(AuthenticationEntryPoint logInPage) {
        return (request, response, exception) -> {
            if (exception instanceof InsufficientAuthenticationException) {
                refused(request, HttpStatus.FOUND.value(), "authentication required");
            }
            logInPage.commence(request, response, exception);
        };
    }

    AccessDeniedHandler accessDenied() {
        var screens = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            var csrf = exception instanceof CsrfException;
            refused(request, HttpStatus.FORBIDDEN.value(), csrf ? "missing or invalid CSRF token" : "role not allowed");
            if (api.matches(request)) {
                write(request, response, HttpStatus.FORBIDDEN, csrf
                        ? "Missing or invalid CSRF token: send the session's token, or authenticate the request itself"
                        : "Access denied: your role does not give access to this route");
            } else {
                screens.handle(request, response, exception);
            }
        };
    }

    private void refused(HttpServletRequest request, int status, String reason) {
        events.publishEvent(new RequestRefusedEvent(SecurityContextHolder.getContext().getAuthentication(), request,
                status, reason));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
