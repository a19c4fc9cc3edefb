package fr.cdg.medtravail.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.security.SecretTokens;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.NotFoundException;

/**
 * Subscriptions (created, listed, rotated, revoked by their owner) and the serving of a feed to whoever holds its
 * token. Who may follow what: a professional their own sessions (an approved doctor also their statutory
 * appointments), a référent their own collectivités, the staff anything; each within the scope's privacy ceiling.
 */
@Service
public class FeedService {

    /** Bumped when the text written for the same rows changes, so that clients' copies are not kept. */
    private static final String FORMAT = "1";

    /** A feed opened by its token, with the validators of its current content. */
    public record Opened(long feedId, FeedScope scope, long targetId, FeedPrivacy privacy, Window window,
                         String etag, Instant lastModified, Duration retryAfter) {

        public boolean limited() {
            return !retryAfter.isZero();
        }
    }

    /**
     * A feed's validators as of a reading of the change clock. Reused while the clock has not moved, for a minute at
     * most: a change committed just after its tick was read would otherwise go unseen until the next one.
     */
    private record Validated(long clock, Window window, String etag, Instant lastModified, Instant at) {
    }

    private static final Duration MEMO_LIFETIME = Duration.ofMinutes(1);

    private final Map<Long, Validated> validators = new ConcurrentHashMap<>();
    private final FeedRepository repository;
    private final FeedRateLimiter limiter;
    private final FeedCache cache;
    private final FeedSettings settings;
    private final FeedWriter writer;
    private final Clock clock;

    FeedService(FeedRepository repository, FeedRateLimiter limiter, FeedCache cache, FeedSettings settings) {
        this.repository = repository;
        this.limiter = limiter;
        this.cache = cache;
        this.settings = settings;
        this.writer = new FeedWriter(settings.refresh(), settings.cachedEvents());
        this.clock = Clock.systemUTC();
    }

    public List<Feed> mine(CdgUser user) {
        return repository.ofOwner(user.id());
    }

    /** Creates a subscription; its URL is in this answer only. */
    @Transactional
    public IssuedFeed create(CdgUser user, FeedForm form, String baseUrl) {
        if (form == null || form.scope() == null) {
            throw new InvalidInputException("scope", "is required: PROFESSIONAL, CABINET, COLLECTIVITE or STATUTORY");
        }
        var scope = form.scope();
        var privacy = form.privacy() == null ? FeedPrivacy.BUSY_ONLY : form.privacy();
        if (!privacy.within(scope.most())) {
            throw new InvalidInputException("privacy", "a " + scope + " feed may be " + allowed(scope) + ", not "
                    + privacy);
        }
        long target = target(user, scope, form.targetId());
        var token = FeedTokens.generate();
        long id = repository.insert(user.id(), scope, target, privacy, FeedTokens.hash(token));
        return issued(repository.find(id).orElseThrow(), token, baseUrl);
    }

    /** A new URL for the feed; the old one answers 404 from now on. */
    @Transactional
    public IssuedFeed rotate(CdgUser user, long id, String baseUrl) {
        owned(user, id);
        var token = FeedTokens.generate();
        repository.rotate(id, FeedTokens.hash(token));
        limiter.forget(id);
        cache.forget(id);
        validators.remove(id);
        return issued(repository.find(id).orElseThrow(), token, baseUrl);
    }

    @Transactional
    public void revoke(CdgUser user, long id) {
        owned(user, id);
        repository.delete(id);
        limiter.forget(id);
        cache.forget(id);
        validators.remove(id);
    }

    /**
     * The feed a token opens and its validators, computed with one small query; empty for an unknown, revoked or
     * rotated token, or when its owner may no longer see the target (disabled account, unbound référent). No
     * transaction: each read is one statement, and the hourly poll of every calendar should cost no more.
     */
    public Optional<Opened> open(String token, Integer pastDays, Integer aheadMonths) {
        var window = window(pastDays, aheadMonths);
        if (!FeedTokens.wellFormed(token)) {
            return Optional.empty();
        }
        var hash = FeedTokens.hash(token);
        var found = repository.byTokenHash(hash)
                .filter(feed -> FeedTokens.matches(hash, feed.tokenHash()) && feed.entitled());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var feed = found.get();
        var wait = limiter.acquire(feed.id());
        if (!wait.isZero()) {
            return Optional.of(new Opened(feed.id(), feed.scope(), feed.targetId(), feed.privacy(), window, null,
                    null, wait));
        }
        var memo = validators.get(feed.id());
        var now = clock.instant();
        if (memo == null || memo.clock() != feed.clock() || !memo.window().equals(window)
                || memo.at().isBefore(now.minus(MEMO_LIFETIME))) {
            memo = validate(feed, window, now);
            validators.put(feed.id(), memo);
        }
        return Optional.of(new Opened(feed.id(), feed.scope(), feed.targetId(), feed.privacy(), window, memo.etag(),
                memo.lastModified(), Duration.ZERO));
    }

    /** The validators of a feed's content, from one query counting its items and finding the latest change. */
    private Validated validate(FeedRepository.Subscription feed, Window window, Instant now) {
        var validator = repository.validator(feed.scope(), feed.targetId(), window, keepCancelledSince());
        // The window moves every day: a copy from yesterday is not current even when nothing changed.
        var today = LocalDate.now(clock.withZone(FeedWriter.PARIS)).atStartOfDay(FeedWriter.PARIS).toInstant();
        var last = latest(latest(validator.lastModified(), feed.createdAt()), today).truncatedTo(ChronoUnit.SECONDS);
        var etag = "W/\"" + digest(String.join("|", FORMAT, String.valueOf(feed.id()), feed.privacy().name(),
                window.from().toString(), window.to().toString(), String.valueOf(validator.count()),
                String.valueOf(validator.lastModified()))) + "\"";
        return new Validated(feed.clock(), window, etag, last, now);
    }

    /** The feed's text, gzipped: the copy of this ETag, or built from one query of its items. */
    public FeedCache.Built build(Opened opened) {
        return cache.get(opened.feedId(), opened.etag(), () -> text(opened));
    }

    /** The feed's text, written from one query of its items. */
    byte[] text(Opened opened) {
        var entries = repository.entries(opened.scope(), opened.targetId(), opened.window(), keepCancelledSince());
        var name = repository.targetName(opened.scope(), opened.targetId()).orElse("");
        return writer.write(calendarName(opened.scope(), name), opened.scope(), opened.privacy(), current(entries));
    }

    /**
     * An item that left the feed is listed by its cancellation, unless it is back (a session handed back to its
     * professional): then the live row wins. Of several cancellations of one item, the latest.
     */
    static List<FeedEntry> current(List<FeedEntry> entries) {
        var chosen = new LinkedHashMap<String, FeedEntry>();
        for (var entry : entries) {
            chosen.merge(entry.uid(), entry, (kept, other) -> {
                if (kept.departed() != other.departed()) {
                    return kept.departed() ? other : kept;
                }
                return other.sequence() > kept.sequence() ? other : kept;
            });
        }
        return new ArrayList<>(chosen.values());
    }

    static String calendarName(FeedScope scope, String name) {
        return switch (scope) {
            case PROFESSIONAL -> "Séances — " + name;
            case CABINET -> "Cabinet — " + name;
            case COLLECTIVITE -> "Rendez-vous — " + name;
            case STATUTORY -> "Médecine statutaire — " + name;
        };
    }

    Window window(Integer pastDays, Integer aheadMonths) {
        int past = pastDays == null ? settings.pastDays() : pastDays;
        int ahead = aheadMonths == null ? settings.aheadMonths() : aheadMonths;
        if (past < 0 || past > settings.maxPastDays()) {
            throw new InvalidInputException("pastDays", "must be between 0 and " + settings.maxPastDays());
        }
        if (ahead < 1 || ahead > settings.maxAheadMonths()) {
            throw new InvalidInputException("aheadMonths", "must be between 1 and " + settings.maxAheadMonths());
        }
        var today = LocalDate.now(clock.withZone(FeedWriter.PARIS));
        return new Window(today.minusDays(past), today.plusMonths(ahead));
    }

    private Instant keepCancelledSince() {
        return clock.instant().minus(Duration.ofDays(settings.cancelledDays()));
    }

    /** The target a user may follow in a scope: theirs, or any for the staff; 404 as for a missing one otherwise. */
    private long target(CdgUser user, FeedScope scope, Long requested) {
        return switch (scope) {
            case PROFESSIONAL, STATUTORY -> {
                long id;
                if (user.role() == Role.PROFESSIONAL) {
                    if (requested != null && !requested.equals(user.professionalId())) {
                        throw new NotFoundException("Professional", requested);
                    }
                    id = user.professionalId();
                } else if (user.isStaff()) {
                    id = required(requested);
                } else {
                    throw notForRole(scope);
                }
                var kind = repository.professionalKind(id)
                        .orElseThrow(() -> new NotFoundException("Professional", id));
                if (scope == FeedScope.STATUTORY && kind != ProfessionalKind.APPROVED_DOCTOR) {
                    throw new InvalidInputException(requested == null ? "scope" : "targetId",
                            "statutory appointments are held by approved doctors only");
                }
                yield id;
            }
            case CABINET -> {
                if (!user.isStaff()) {
                    throw notForRole(scope);
                }
                long id = required(requested);
                if (!repository.cabinetExists(id)) {
                    throw new NotFoundException("Cabinet", id);
                }
                yield id;
            }
            case COLLECTIVITE -> {
                if (!user.isStaff() && user.role() != Role.REFERENT) {
                    throw notForRole(scope);
                }
                long id = requested == null && user.role() == Role.REFERENT && user.collectiviteIds().size() == 1
                        ? user.collectiviteIds().iterator().next() : required(requested);
                if (!user.canSeeCollectivite(id) || !repository.collectiviteExists(id)) {
                    throw new NotFoundException("Collectivite", id);
                }
                yield id;
            }
        };
    }

    private static long required(Long requested) {
        if (requested == null) {
            throw new InvalidInputException("targetId", "is required");
        }
        return requested;
    }

    private static InvalidInputException notForRole(FeedScope scope) {
        return new InvalidInputException("scope", scope + " feeds are not open to your role");
    }

    private static String allowed(FeedScope scope) {
        var names = new ArrayList<String>();
        for (var level : FeedPrivacy.values()) {
            if (level.within(scope.most())) {
                names.add(level.name());
            }
        }
        return String.join(" or ", names);
    }

    /** The caller's own feed (an administrator may manage anyone's); 404 as for a missing one otherwise. */
    private Feed owned(CdgUser user, long id) {
        return repository.find(id).filter(feed -> feed.ownerId() == user.id() || user.role() == Role.ADMIN)
                .orElseThrow(() -> new NotFoundException("Feed", id));
    }

    private static IssuedFeed issued(Feed feed, String token, String baseUrl) {
        var url = baseUrl + "/feeds/" + token + ".ics";
        return new IssuedFeed(feed, url, url.replaceFirst("^https?://", "webcal://"));
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static String digest(String text) {
        return HexFormat.of().formatHex(SecretTokens.sha256(text), 0, 16);
    }
}
