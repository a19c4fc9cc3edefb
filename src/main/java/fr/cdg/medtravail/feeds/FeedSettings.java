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
 */
@ConfigurationProperties("medtravail.feeds")
public record FeedSettings(Integer pastDays, Integer aheadMonths, Integer maxPastDays, Integer maxAheadMonths,
                           Integer cancelledDays, Duration refresh, Integer requestsPerToken, Duration ratePeriod,
                           Integer cacheMegabytes) {

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
    }

    public static FeedSettings defaults() {
        return new FeedSettings(null, null, null, null, null, null, null, null, null);
    }
}
