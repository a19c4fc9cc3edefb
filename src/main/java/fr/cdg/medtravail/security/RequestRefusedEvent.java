package fr.cdg.medtravail.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;

/**
 * A request refused by the security filters: 401 (or the log-in page) for a caller without credentials, 403 for a
 * role the route is not open to or a missing CSRF token. Published once per refused request, for the audit trail.
 *
 * @param authentication the caller, null or anonymous when none
 * @param status         the status answered (302 when a screen sends to the log-in page)
 */
public record RequestRefusedEvent(Authentication authentication, HttpServletRequest request, int status,
                                  String reason) {
}
