package fr.cdg.medtravail.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.cdg.medtravail.security.AccountService;
import fr.cdg.medtravail.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Base of the tests that talk to the running application over real HTTP, on a real (embedded) PostgreSQL. All of
 * them share one Spring context, hence one server and one database: tests create their own rows with unique natural
 * keys rather than assume an empty database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
public abstract class IntegrationTest {

    protected static final String PASSWORD = "correct-horse-battery-staple";
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** Anonymous client; use {@link #as} for an authenticated one. */
    @Autowired
    protected RestTestClient http;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private AccountService accounts;

    /** The application's e-mails go to the tests' own SMTP server. */
    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        MailServer.register(registry);
    }

    /** A client logged in (HTTP Basic) as a staff member of the given role, or a référent of the given collectivités. */
    protected RestTestClient as(Role role, Long... collectiviteIds) {
        return withBasicAuth(account(role, collectiviteIds));
    }

    /** The username of the account {@link #as} uses, created if needed. */
    protected String account(Role role, Long... collectiviteIds) {
        var username = role.name().toLowerCase() + Arrays.stream(collectiviteIds).map(String::valueOf)
                .collect(Collectors.joining("-", collectiviteIds.length == 0 ? "" : "-", ""));
        ensureAccount(username, role, null, List.of(collectiviteIds));
        return username;
    }

    /** A new personal API token of the account {@link #as} uses, created over HTTP Basic. */
    protected String tokenOf(Role role, Long... collectiviteIds) {
        var created = as(role, collectiviteIds).post().uri("/api/tokens").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "test")).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("token");
    }

    /** A client sending the given API token. */
    protected RestTestClient withToken(String token) {
        return http.mutate().defaultHeaders(headers -> headers.setBearerAuth(token)).build();
    }

    /** The session cookie (JSESSIONID) of a form log-in of the given account. */
    protected String logIn(String username) {
        var page = http.get().uri("/login").exchange().expectStatus().isOk().expectBody(String.class).returnResult();
        var csrf = CSRF.matcher(page.getResponseBody());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the log-in page");
        }
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", username);
        form.add("password", PASSWORD);
        form.add("_csrf", csrf.group(1));
        var login = http.post().uri("/login").cookie("JSESSIONID", session(page))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .exchange().expectStatus().isFound().expectBody(String.class).returnResult();
        return session(login);
    }

    /** The CSRF token of a page, as its forms carry it. */
    protected static String csrfOf(String html) {
        var csrf = CSRF.matcher(html);
        return csrf.find() ? csrf.group(1) : null;
    }

    private static String session(EntityExchangeResult<?> result) {
        return result.getResponseHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(SESSION::matcher).filter(Matcher::find).map(m -> m.group(1))
                .findFirst().orElseThrow(() -> new IllegalStateException("no session cookie"));
    }

    /** A client logged in as the health professional with the given id. */
    protected RestTestClient asProfessional(long professionalId) {
        var username = "professional-" + professionalId;
        ensureAccount(username, Role.PROFESSIONAL, professionalId, List.of());
        return withBasicAuth(username);
    }

    private synchronized void ensureAccount(String username, Role role, Long professionalId, List<Long> collectivites) {
        if (!accounts.exists(username)) {
            accounts.create(username, username, PASSWORD, role, professionalId, collectivites);
        }
    }

    private RestTestClient withBasicAuth(String username) {
        return http.mutate().defaultHeaders(headers -> headers.setBasicAuth(username, PASSWORD)).build();
    }
}
