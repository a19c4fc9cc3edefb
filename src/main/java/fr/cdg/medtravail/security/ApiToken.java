package fr.cdg.medtravail.security;

import java.time.Instant;

/** A personal API token as listed: never the token itself, which is shown once, when created. */
public record ApiToken(long id, long userId, String username, String name, Instant createdAt, Instant expiresAt,
                       Instant lastUsedAt, Instant revokedAt) {

    /** The answer of a creation: the token, to be copied now. */
    public record Created(long id, String name, String token, Instant createdAt, Instant expiresAt) {
    }
}
