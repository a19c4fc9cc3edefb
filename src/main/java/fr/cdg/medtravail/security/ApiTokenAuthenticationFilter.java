package fr.cdg.medtravail.security;

import java.io.IOException;
import java.util.Collection;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>}: the request acts as the token's account, for this request only (nothing is
 * kept in a session). A token that is unknown, expired or revoked is answered 401 and audited as a failed log-in.
 * Runs before the CSRF check, which a successful authentication by header makes pointless.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    /** Set on a request authenticated by its own header (Basic or token): it needs no CSRF token. */
    static final String AUTHENTICATED_BY_HEADER = ApiTokenAuthenticationFilter.class.getName() + ".authenticated";

    private static final String BEARER = "Bearer ";

    /** The authentication of a token's request: its account, and that it came from a token. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final CdgUser user;

        TokenAuthentication(CdgUser user, Collection<? extends GrantedAuthority> authorities) {
            super(authorities);
            this.user = user;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public CdgUser getPrincipal() {
            return user;
        }
    }

    private final SecurityContextRepository requestOnly = new RequestAttributeSecurityContextRepository();
    private final ApiTokenService tokens;
    private final AuthenticationEntryPoint entryPoint;
    private final ApplicationEventPublisher events;

    ApiTokenAuthenticationFilter(ApiTokenService tokens, AuthenticationEntryPoint entryPoint,
                                 ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var user = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            events.publishEvent(new CredentialsFailureEvent("InvalidApiToken"));
            entryPoint.commence(request, response, new BadCredentialsException("invalid token"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(user.get(), user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        // As HTTP Basic does: kept for this request only, so that no filter takes it for a log-in to put in a session.
        requestOnly.saveContext(context, request, response);
        request.setAttribute(AUTHENTICATED_BY_HEADER, Boolean.TRUE);
        chain.doFilter(request, response);
    }
}
