package fr.cdg.medtravail.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;

/**
 * A refused API credential that names no account: a malformed {@code Authorization: Basic} header, or an unknown,
 * expired or revoked bearer token. Spring Security publishes no event for them; audited as failed log-ins.
 */
public class CredentialsFailureEvent extends AbstractAuthenticationFailureEvent {

    /** Why it was refused, for the audit trail: {@code MalformedBasicHeader}, {@code InvalidApiToken}. */
    private final String reason;

    CredentialsFailureEvent(String reason) {
        super(UsernamePasswordAuthenticationToken.unauthenticated(null, null), new BadCredentialsException(reason));
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
