package fr.cdg.medtravail.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

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

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

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
        // Sets ETag and Last-Modified, and the 304 when the client's copy is current. Clients must ask again
        // (no-cache), and keep no copy elsewhere than their own calendar (private).
        request.getResponse().setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        if (request.checkNotModified(opened.etag(), opened.lastModified().toEpochMilli())) {
            return null;
        }
        var built = feeds.build(opened);
        var answer = ResponseEntity.ok().contentType(CALENDAR).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            return answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(built.gzipped());
        }
        return answer.body(gunzip(built.gzipped(), built.length()));
    }

    /** Whether the client takes gzip (every calendar client does; {@code gzip;q=0} refuses it). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (var part : acceptEncoding.split(",")) {
            var coding = part.trim().split(";");
            if (coding[0].trim().equalsIgnoreCase("gzip") || coding[0].trim().equals("*")) {
                return coding.length < 2 || !coding[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static byte[] gunzip(byte[] gzipped, int length) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readNBytes(length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
