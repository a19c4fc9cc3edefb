package fr.cdg.medtravail.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import fr.cdg.medtravail.support.ApiSlice;

/** The feeds' controllers alone: parsing, statuses and headers; the rules are the service's (mocked here). */
@WebMvcTest({FeedApiController.class, FeedController.class})
class FeedApiControllerTest extends ApiSlice {

    private static final String TOKEN = "A".repeat(43);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    FeedService feeds;

    @MockitoBean
    FeedUrls urls;

    @Test
    void anUnknownScopeOrPrivacyIsRefusedNamingTheField() {
        assertThat(mvc.post().uri("/api/feeds").with(as(professional(2))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"scope\":\"EVERYTHING\",\"privacy\":\"BUSY_ONLY\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("scope");
        assertThat(mvc.post().uri("/api/feeds").with(as(professional(2))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"scope\":\"PROFESSIONAL\",\"privacy\":\"ALL\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("privacy");
        verifyNoInteractions(feeds);
    }

    @Test
    void aCreatedFeedIs201WithItsUrlAndLocation() {
        var feed = new Feed(7, 1, FeedScope.PROFESSIONAL, 2, "Anne Bernard", FeedPrivacy.DETAILED, Instant.now(), null);
        when(urls.base()).thenReturn("https://medtravail.example");
        when(feeds.create(any(), eq(new FeedForm(FeedScope.PROFESSIONAL, null, FeedPrivacy.DETAILED)),
                eq("https://medtravail.example"))).thenReturn(new IssuedFeed(feed,
                "https://medtravail.example/feeds/" + TOKEN + ".ics", "webcal://medtravail.example/feeds/" + TOKEN + ".ics"));

        var answer = mvc.post().uri("/api/feeds").with(as(professional(2))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"scope\":\"PROFESSIONAL\",\"privacy\":\"DETAILED\"}");
        assertThat(answer).hasStatus(201).hasHeader("Location", "/api/feeds/7");
        assertThat(answer).bodyJson().extractingPath("$.webcalUrl").asString().startsWith("webcal://");
    }

    @Test
    void subscriptionsNeedAnAccountButFeedsDoNot() {
        assertThat(mvc.get().uri("/api/feeds")).hasStatus(401);
        when(feeds.open(TOKEN, null, null)).thenReturn(Optional.empty());
        assertThat(mvc.get().uri("/feeds/" + TOKEN + ".ics")).hasStatus(404);
    }

    @Test
    void aTokenPastItsRateGets429WithRetryAfter() {
        var limited = new FeedService.Opened(7, FeedScope.PROFESSIONAL, 2, FeedPrivacy.BUSY_ONLY,
                new Window(LocalDate.now(), LocalDate.now()), null, null, Duration.ofSeconds(42));
        when(feeds.open(TOKEN, null, null)).thenReturn(Optional.of(limited));
        assertThat(mvc.get().uri("/feeds/" + TOKEN + ".ics")).hasStatus(429).hasHeader("Retry-After", "43");
    }
}
