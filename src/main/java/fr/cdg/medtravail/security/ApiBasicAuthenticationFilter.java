package fr.cdg.medtravail.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * HTTP Basic, kept for compatibility, placed before the CSRF check so that only a successful authentication exempts
 * a request from it. A header that cannot even be decoded is audited as a failed log-in, as a wrong password is.
 */
class ApiBasicAuthenticationFilter extends BasicAuthenticationFilter {

    ApiBasicAuthenticationFilter(AuthenticationManager authentications, AuthenticationEntryPoint entryPoint,
                                 ApplicationEventPublisher events) {
        super(authentications, entryPoint);
        var converter = new BasicAuthenticationConverter();
        setAuthenticationConverter(request -> {
            try {
                return converter.convert(request);
            } catch (AuthenticationException e) {
                events.publishEvent(new CredentialsFailureEvent("MalformedBasicHeader"));
                throw e;
            }
        });
    }

    @Override
    protected void onSuccessfulAuthentication(HttpServletRequest request, HttpServletResponse response,
                                              Authentication authentication) {
        request.setAttribute(ApiTokenAuthenticationFilter.AUTHENTICATED_BY_HEADER, Boolean.TRUE);
    }
}
