package fr.cdg.medtravail.security;

import java.time.Instant;
import java.util.Set;

/**
 * An account as administrators see it: never its password hash. The e-mail, optional, is how an OpenID Connect
 * log-in finds the account.
 */
public record Account(long id, String username, String displayName, Role role, Set<Long> collectiviteIds,
                      Long professionalId, boolean enabled, Instant createdAt, String email) {

    /** A collectivité or professional an account may be bound to, as offered on the accounts screen. */
    public record Choice(long id, String name) {
    }
}
