package fr.cdg.medtravail.feeds;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param pastDays         default days before today a feed starts at
 * @param aheadMonths      default months after today it ends at
 * @param maxPastDays      most days back a subscriber may ask for ({@code ?pastDays=})
 * @param maxAheadMonths   most months ahead ({@code ?aheadMonths=})
 * @param cancelledDays    days a cancelled item stays in feeds as cancelled, so that calendars remove it
 * @param refresh          refresh hint given to calendar clients (REFRESH-INTERVAL, X-PUBLISHED-TTL)
 * @param requestsPerToken requests one token may make per {@code ratePeriod}…
 * @param ratePeriod       …refilled evenly over this period
 * @param cacheMegabytes   memory for built feeds (gzipped), reused while their ETag holds
 * @param cachedEvents     events whose written text is kept for the next build of their feeds (about 1.3 KB each)
 */
@ConfigurationProperties("medtravail.feeds")
public record FeedSettings(Integer pastDays, Integer aheadMonths, Integer maxPastDays, Integer maxAheadMonths,
                           Integer cancelledDays, Duration refresh, Integer requestsPerToken, Duration ratePeriod,
                           Integer cacheMegabytes, Integer cachedEvents) {

    public FeedSettings {
        pastDays = pastDays == null ? 30 : pastDays;
        aheadMonths = aheadMonths == null ? 12 : aheadMonths;
        maxPastDays = maxPastDays == null ? 366 : maxPastDays;
        maxAheadMonths = maxAheadMonths == null ? 24 : maxAheadMonths;
        cancelledDays = cancelledDays == null ? 30 : cancelledDays;
        refresh = refresh == null ? Duration.ofHours(1) : refresh;
        requestsPerToken = requestsPerToken == null ? 60 : requestsPerToken;
        ratePeriod = ratePeriod == null ? Duration.ofHours(1) : ratePeriod;
        cacheMegabytes = cacheMegabytes == null ? 64 : cacheMegabytes;
        cachedEvents = cachedEvents == null ? 20_000 : cachedEvents;
    }

    public static FeedSettings defaults() {
        return new FeedSettings(null, null, null, null, null, null, null, null, null, null);
    }
}
