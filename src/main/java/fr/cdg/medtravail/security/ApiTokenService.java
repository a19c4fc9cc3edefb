package fr.cdg.medtravail.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import fr.cdg.medtravail.web.FieldProblem;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
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

    static final Duration REMEMBERED = Duration.ofSeconds(10);
    private static final int MAX_REMEMBERED = 10_000;

    private final ApiTokenRepository tokens;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

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
        var token = PREFIX + SecretTokens.generate();
        var stored = tokens.insert(owner.id(), name.strip(), hash(token), clock.instant().plus(Duration.ofDays(days)));
        return new ApiToken.Created(stored.id(), stored.name(), token, stored.createdAt(), stored.expiresAt());
    }

    public List<ApiToken> list(CdgUser owner) {
        return tokens.findByUser(owner.id());
    }

    /** An administrator lists anyone's tokens, to revoke one; others only their own. */
    public List<ApiToken> list(CdgUser caller, String username) {
        if (username == null || username.equals(caller.username())) {
            return list(caller);
        }
        if (caller.role() != Role.ADMIN) {
            throw new AccessDeniedException("only administrators list other accounts' tokens");
        }
        return tokens.findByUsername(username);
    }

    /** Revokes one of the caller's tokens; an administrator may revoke anyone's. Others' tokens do not exist. */
    public void revoke(CdgUser caller, long id) {
        var token = tokens.find(id)
                .filter(found -> found.userId() == caller.id() || caller.role() == Role.ADMIN)
                .orElseThrow(() -> new NotFoundException("Token", id));
        tokens.revoke(token.id());
        remembered.values().removeIf(known -> known.tokenId() == token.id());
    }

    /**
     * The account of a live token, noting its use at most once a minute; empty for an unknown, expired or revoked
     * one. A token found is remembered for {@link #REMEMBERED} so that a script's requests cost no extra query
     * (a session cookie costs none either, and keeps its account as it was at log-in for hours): revoking it here
     * forgets it at once, other changes to the account apply within that delay.
     */
    Optional<CdgUser> authenticate(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        var hash = hash(token);
        var key = HexFormat.of().formatHex(hash);
        var now = clock.instant();
        var known = remembered.get(key);
        if (known == null || known.until().isBefore(now)) {
            var holder = tokens.findLive(hash);
            if (holder.isEmpty()) {
                remembered.remove(key);
                return Optional.empty();
            }
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            var until = now.plus(REMEMBERED);
            known = new Remembered(holder.get().user(), holder.get().tokenId(),
                    until.isAfter(holder.get().expiresAt()) ? holder.get().expiresAt() : until,
                    new AtomicReference<>(holder.get().lastUsedAt()));
            remembered.put(key, known);
        }
        var lastUsed = known.lastUsedAt().get();
        if ((lastUsed == null || lastUsed.isBefore(now.minusSeconds(60)))
                && known.lastUsedAt().compareAndSet(lastUsed, now)) {
            tokens.touch(known.tokenId());
        }
        return Optional.of(known.user());
    }

    /** A live token seen lately: its account, until when it may be used without asking the database again. */
    private record Remembered(CdgUser user, long tokenId, Instant until, AtomicReference<Instant> lastUsedAt) {
    }

    static byte[] hash(String token) {
        return SecretTokens.sha256(token);
    }
}
