package fr.cdg.medtravail.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import fr.cdg.medtravail.web.FieldProblem;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens: 256 random bits, shown once, kept as their SHA-256 only. A hash is cheap to compute, unlike
 * the bcrypt of a password, which is what makes a token fast enough to send on every request of a script; a token
 * is long and random, so a fast hash loses nothing against guessing. A token acts as its account (role, scope, enabled
 * or not, read afresh on every request) until it expires or is revoked.
 */
@Service
public class ApiTokenService {

    /** Every token starts so, which lets secret scanners find leaked ones. */
    static final String PREFIX = "mtk_";
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 365;
    private static final int MAX_NAME = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final Clock clock = Clock.systemUTC();

    ApiTokenService(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    public ApiToken.Created create(CdgUser owner, String name, Integer expiresInDays) {
        var problems = new ArrayList<FieldProblem>();
        if (name == null || name.isBlank()) {
            problems.add(FieldProblem.of("name", "is required"));
        } else if (name.strip().length() > MAX_NAME) {
            problems.add(FieldProblem.of("name", "is longer than " + MAX_NAME + " characters"));
        }
        int days = expiresInDays == null ? DEFAULT_DAYS : expiresInDays;
        if (days < 1 || days > MAX_DAYS) {
            problems.add(FieldProblem.of("expiresInDays", "must be between 1 and " + MAX_DAYS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var stored = tokens.insert(owner.id(), name.strip(), hash(token), clock.instant().plus(Duration.ofDays(days)));
        return new ApiToken.Created(stored.id(), stored.name(), token, stored.createdAt(), stored.expiresAt());
    }

    public List<ApiToken> list(CdgUser owner) {
        return tokens.findByUser(owner.id());
    }

    /** Revokes one of the caller's tokens; an administrator may revoke anyone's. Others' tokens do not exist. */
    public void revoke(CdgUser caller, long id) {
        var token = tokens.find(id)
                .filter(found -> found.userId() == caller.id() || caller.role() == Role.ADMIN)
                .orElseThrow(() -> new NotFoundException("Token", id));
        tokens.revoke(token.id());
    }

    /** The account of a live token, noting its use; empty for an unknown, expired or revoked one. */
    Optional<CdgUser> authenticate(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findLive(hash(token)).map(holder -> {
            if (holder.lastUsedAt() == null || holder.lastUsedAt().isBefore(clock.instant().minusSeconds(60))) {
                tokens.touch(holder.tokenId());
            }
            return holder.user();
        });
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
