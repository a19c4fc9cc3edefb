package fr.cdg.medtravail.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.cdg.medtravail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;

/** Log-in over real HTTP: form and Basic, session fixation, log-out, throttling, disabling, headers. */
class LoginSecurityTest extends IntegrationTest {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @Autowired
    private AccountService accounts;

    @Test
    void passwordsAreStoredWithTheDelegatingEncodersBcryptPrefix() {
        var username = newAccount(Role.SECRETARIAT);
        var hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username)
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
    }

    @Test
    void formLogInGivesANewSessionIdAndIsAudited() {
        var username = newAccount(Role.SECRETARIAT);
        var page = loginPage();
        var login = postLogin(page, username, PASSWORD);
        assertThat(login.getStatus().value()).isEqualTo(302);
        assertThat(login.getResponseHeaders().getLocation()).hasPath("/");
        var session = session(login);
        assertThat(session).isNotNull().isNotEqualTo(page.session());

        http.get().uri("/api/audit").cookie("JSESSIONID", session).exchange().expectStatus().isOk();
        assertThat(auditCount(username, "LOGIN_SUCCESS")).isEqualTo(1);
        // The session is not anonymous any more, and a pre-log-in cookie does not reach the account.
        http.get().uri("/api/audit").cookie("JSESSIONID", page.session()).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void logOutEndsTheSession() {
        var username = newAccount(Role.SECRETARIAT);
        var page = loginPage();
        var session = session(postLogin(page, username, PASSWORD));
        var home = http.get().uri("/admin/audit").cookie("JSESSIONID", session).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        var logout = new LinkedMultiValueMap<String, String>();
        logout.add("_csrf", csrf(home));
        http.post().uri("/logout").cookie("JSESSIONID", session).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(logout).exchange()
                .expectStatus().isFound().expectHeader().value(HttpHeaders.LOCATION, location ->
                        assertThat(location).endsWith("/login?logout"));
        http.get().uri("/admin/audit").cookie("JSESSIONID", session).exchange().expectStatus().isFound();
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndRefusesItsBasicRequests() {
        var username = newAccount(Role.SECRETARIAT);
        var session = session(postLogin(loginPage(), username, PASSWORD));
        http.get().uri("/api/audit").cookie("JSESSIONID", session).exchange().expectStatus().isOk();
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();

        as(Role.ADMIN).post().uri("/api/accounts/{id}/disable", id).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.enabled").isEqualTo(false);

        http.get().uri("/api/audit").cookie("JSESSIONID", session).exchange()
                .expectStatus().isFound().expectHeader().value(HttpHeaders.LOCATION, location ->
                        assertThat(location).endsWith("/login?expired"));
        http.get().uri("/api/audit").headers(h -> h.setBasicAuth(username, PASSWORD)).exchange()
                .expectStatus().isUnauthorized();
        assertThat(auditCount(username, "LOGIN_FAILURE")).isEqualTo(1);
    }

    @Test
    void repeatedFailedBasicLogInsLockTheUsernameEvenWithTheRightPassword() {
        var username = newAccount(Role.SECRETARIAT);
        for (int attempt = 0; attempt < 5; attempt++) {
            var wrong = "wrong-password-" + attempt;
            http.get().uri("/api/audit").headers(h -> h.setBasicAuth(username, wrong))
                    .exchange().expectStatus().isUnauthorized();
        }
        http.get().uri("/api/audit").headers(h -> h.setBasicAuth(username, PASSWORD)).exchange()
                .expectStatus().isUnauthorized();
        assertThat(auditCount(username, "LOGIN_FAILURE")).isEqualTo(6);
        assertThat(jdbc.sql("""
                        SELECT detail->>'reason' FROM audit_event WHERE username = ? AND action = 'LOGIN_FAILURE'
                        ORDER BY id DESC LIMIT 1""").param(username).query(String.class).single())
                .isEqualTo("LockedException");

        // Once the lock period is over, the right password works again and clears the failures.
        jdbc.sql("UPDATE login_failure SET at = at - interval '1 hour' WHERE username = ?").param(username).update();
        http.get().uri("/api/audit").headers(h -> h.setBasicAuth(username, PASSWORD)).exchange()
                .expectStatus().isOk();
        assertThat(jdbc.sql("SELECT count(*) FROM login_failure WHERE username = ?").param(username)
                .query(Long.class).single()).isZero();
    }

    @Test
    void repeatedFailedFormLogInsLockTheUsernameEvenWithTheRightPassword() {
        var username = newAccount(Role.REFERENT);
        var page = loginPage();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(postLogin(page, username, "wrong-password").getResponseHeaders().getLocation())
                    .hasPath("/login").hasQuery("error");
        }
        assertThat(postLogin(page, username, PASSWORD).getResponseHeaders().getLocation())
                .hasPath("/login").hasQuery("error");
        // Another username from the same place is not affected.
        var other = newAccount(Role.REFERENT);
        assertThat(postLogin(loginPage(), other, PASSWORD).getResponseHeaders().getLocation()).hasPath("/");
    }

    @Test
    void withoutAClientRegistrationTheLogInPageOffersNoOpenIdConnect() {
        var page = http.get().uri("/login").exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(page).contains("name=\"password\"").doesNotContain("/oauth2/authorization", "Se connecter avec");
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        http.get().uri("/login").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "same-origin");
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                .contains("script-src 'self';", "frame-ancestors 'none'").doesNotContain("unsafe-eval");
    }

    private String newAccount(Role role) {
        var username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        var collectivites = role == Role.REFERENT
                ? List.of(fr.cdg.medtravail.support.PersonalDataRows.collectivite(jdbc, "Commune " + username))
                : List.<Long>of();
        accounts.create(username, "Test " + username, PASSWORD, role, null, collectivites);
        return username;
    }

    private long auditCount(String username, String action) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE username = ? AND action = ?")
                .params(username, action).query(Long.class).single();
    }

    record LoginPage(String session, String csrf) {
    }

    private LoginPage loginPage() {
        var page = http.get().uri("/login").exchange().expectStatus().isOk().expectBody(String.class).returnResult();
        return new LoginPage(session(page), csrf(page.getResponseBody()));
    }

    private EntityExchangeResult<String> postLogin(LoginPage page, String username, String password) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", username);
        form.add("password", password);
        form.add("_csrf", page.csrf());
        return http.post().uri("/login").cookie("JSESSIONID", page.session())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .exchange().expectBody(String.class).returnResult();
    }

    private static String session(EntityExchangeResult<?> result) {
        return result.getResponseHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(SESSION::matcher).filter(java.util.regex.Matcher::find).map(m -> m.group(1))
                .findFirst().orElse(null);
    }

    private static String csrf(String html) {
        var matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("CSRF token in the page").isTrue();
        return matcher.group(1);
    }
}
