package fr.cdg.medtravail.security;

import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** A refused OpenID Connect log-in, which Spring Security publishes no event for by default: audited as a failure. */
public class OidcLogInFailureEvent extends AbstractAuthenticationFailureEvent {

    public OidcLogInFailureEvent(Authentication authentication, AuthenticationException exception) {
        super(authentication, exception);
    }
}
