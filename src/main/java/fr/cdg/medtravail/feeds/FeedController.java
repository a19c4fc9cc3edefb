package fr.cdg.medtravail.feeds;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The feeds themselves, public: the token in the path is the credential (calendar clients send no other). Unknown,
 * rotated and revoked tokens get the same bare 404; the path is masked wherever requests are recorded.
 */
@RestController
class FeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final FeedService feeds;

    FeedController(FeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/feeds/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token, @RequestParam(required = false) Integer pastDays,
                                @RequestParam(required = false) Integer aheadMonths, ServletWebRequest request) {
        var opened = feeds.open(token, pastDays, aheadMonths).orElse(null);
        if (opened == null) {
            return ResponseEntity.notFound().build();
        }
        if (opened.limited()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, opened.retryAfter().toSeconds() + 1)))
                    .build();
        }
        // Sets ETag and Last-Modified, and the 304 when the client's copy is current.
        if (request.checkNotModified(opened.etag(), opened.lastModified().toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .body(feeds.build(opened));
    }
}
