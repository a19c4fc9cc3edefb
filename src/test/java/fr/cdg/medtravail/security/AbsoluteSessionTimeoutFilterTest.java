package fr.cdg.medtravail.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class AbsoluteSessionTimeoutFilterTest {

    @Test
    void aSessionOlderThanTheAbsoluteTimeoutIsEndedAndTheScreenSentToLogIn() throws Exception {
        var session = new MockHttpSession();
        var request = request("/admin/audit", session);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filterAt(Duration.ofHours(10).plusMinutes(1)).doFilter(request, response, chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void anExpiredSessionOnTheApiGoesOnAnonymouslyForItsUsual401() throws Exception {
        var session = new MockHttpSession();
        var chain = new MockFilterChain();

        filterAt(Duration.ofHours(11)).doFilter(request("/api/audit", session), new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void aYoungerSessionIsKept() throws Exception {
        var session = new MockHttpSession();
        var chain = new MockFilterChain();

        filterAt(Duration.ofHours(9)).doFilter(request("/admin/audit", session), new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isFalse();
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void theTimeoutCountsFromTheLogInWhenTheSessionWasCreatedEarlierOnTheLogInPage() throws Exception {
        var session = new MockHttpSession();
        var chain = new MockFilterChain();
        var now = Instant.now().plus(Duration.ofHours(11));
        session.setAttribute(AbsoluteSessionTimeoutFilter.LOGGED_IN_AT, now.minus(Duration.ofHours(1)).toEpochMilli());

        new AbsoluteSessionTimeoutFilter(Duration.ofHours(10), Clock.fixed(now, ZoneOffset.UTC))
                .doFilter(request("/admin/audit", session), new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isFalse();
        assertThat(chain.getRequest()).isNotNull();
    }

    /** The filter as it runs {@code elapsed} after the session was created. */
    private static AbsoluteSessionTimeoutFilter filterAt(Duration elapsed) {
        var now = Instant.now().plus(elapsed);
        return new AbsoluteSessionTimeoutFilter(Duration.ofHours(10), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static MockHttpServletRequest request(String uri, MockHttpSession session) {
        var request = new MockHttpServletRequest("GET", uri);
        request.setSession(session);
        return request;
    }
}
