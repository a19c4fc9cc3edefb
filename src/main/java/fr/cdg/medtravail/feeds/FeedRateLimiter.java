package fr.cdg.medtravail.feeds;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * Requests per feed (so per token: a rotation starts afresh with the new one): a bucket of
 * {@code requestsPerToken}, refilled evenly over {@code ratePeriod}. Only existing feeds get a bucket, so unknown
 * tokens cannot fill the memory.
 */
@Component
class FeedRateLimiter {

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final FeedSettings settings;

    FeedRateLimiter(FeedSettings settings) {
        this.settings = settings;
    }

    /** Zero when the request may go, otherwise how long to wait before the next one. */
    Duration acquire(long feedId) {
        var bucket = buckets.computeIfAbsent(feedId, id -> Bucket.builder()
                .addLimit(limit -> limit.capacity(settings.requestsPerToken())
                        .refillGreedy(settings.requestsPerToken(), settings.ratePeriod()))
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    void forget(long feedId) {
        buckets.remove(feedId);
    }
}
