package fr.cdg.medtravail.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.cdg.medtravail.support.IntegrationTest;
import fr.cdg.medtravail.support.PersonalDataRows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * OpenID Connect log-in with one registration configured, its provider's endpoints given explicitly on a dummy local
 * address: no discovery, no network. The exchange with the provider itself is Spring Security's; tested here are the
 * way in (log-in page, redirect to the provider) and the mapping of the provider's user onto an account.
 */
@TestPropertySource(properties = {
        "spring.security.oauth2.client.registration.cdg.client-id=medtravail",
        "spring.security.oauth2.client.registration.cdg.client-secret=not-a-secret",
        "spring.security.oauth2.client.registration.cdg.client-name=Agents CDG",
        "spring.security.oauth2.client.registration.cdg.scope=openid,email,profile",
        "spring.security.oauth2.client.registration.cdg.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.cdg.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.cdg.authorization-uri=http://localhost:9/realms/cdg/auth",
        "spring.security.oauth2.client.provider.cdg.token-uri=http://localhost:9/realms/cdg/token",
        "spring.security.oauth2.client.provider.cdg.jwk-set-uri=http://localhost:9/realms/cdg/certs",
        "spring.security.oauth2.client.provider.cdg.user-info-uri=http://localhost:9/realms/cdg/userinfo",
        "spring.security.oauth2.client.provider.cdg.user-name-attribute=sub"})
class OidcLoginTest extends IntegrationTest {

    @Autowired
    private AccountService accounts;

    @Autowired
    private AccountOidcUserService oidcUsers;

    @Autowired
    private AuthenticationEventPublisher events;

    @Test
    void theLogInPageOffersTheProviderBesideTheForm() {
        var page = http.get().uri("/login").exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(page).contains("name=\"password\"", "href=\"/oauth2/authorization/cdg\"",
                "Se connecter avec Agents CDG");
    }

    @Test
    void theProviderLinkRedirectsToItsAuthorizationEndpoint() {
        var result = http.get().uri("/oauth2/authorization/cdg").exchange().expectStatus().isFound()
                .expectBody().returnResult();
        var location = result.getResponseHeaders().getLocation();
        assertThat(location).hasScheme("http").hasHost("localhost").hasPort(9).hasPath("/realms/cdg/auth");
        var query = UriComponentsBuilder.fromUri(location).build().getQueryParams();
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(query.getFirst("client_id")).isEqualTo("medtravail");
        assertThat(query.getFirst("state")).isNotBlank();
        assertThat(query.getFirst("nonce")).isNotBlank();
        assertThat(decoded(query.getFirst("scope"))).contains("openid");
        assertThat(decoded(query.getFirst("redirect_uri"))).endsWith("/login/oauth2/code/cdg");
    }

    @Test
    void anAnswerWithoutAPendingRequestLandsOnTheLogInPageWithAnError() {
        var result = http.get().uri("/login/oauth2/code/cdg?code=forged&state=forged").exchange()
                .expectStatus().isFound().expectBody().returnResult();
        assertThat(result.getResponseHeaders().getLocation()).hasPath("/login").hasQuery("error");
    }

    @Test
    void aVerifiedEmailOfAnEnabledAccountLogsIntoThatAccount() {
        var name = "referent-" + UUID.randomUUID().toString().substring(0, 8);
        long collectivite = PersonalDataRows.collectivite(jdbc, "Commune " + name);
        accounts.create(name, "Test " + name, PASSWORD, Role.REFERENT, null, List.of(collectivite),
                name + "@Example.org");

        var user = oidcUsers.account(oidcUser(Map.of("email", name.toUpperCase() + "@example.org",
                "email_verified", true)));

        assertThat(user.getName()).isEqualTo(name);
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_REFERENT");
        assertThat(user.account().username()).isEqualTo(name);
        assertThat(user.account().role()).isEqualTo(Role.REFERENT);
        assertThat(user.account().collectiviteIds()).containsExactly(collectivite);
    }

    @Test
    void anEmailWithoutVerifiedClaimIsTrustedAsTheProviderGivesIt() {
        var name = "secretariat-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "Test " + name, PASSWORD, Role.SECRETARIAT, null, List.of(), name + "@example.org");

        assertThat(oidcUsers.account(oidcUser(Map.of("email", name + "@example.org"))).account().role())
                .isEqualTo(Role.SECRETARIAT);
    }

    @Test
    void unknownDisabledOrUnverifiedIsRefused() {
        var name = "secretariat-" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(name, "Test " + name, PASSWORD, Role.SECRETARIAT, null, List.of(),
                name + "@example.org");

        assertRefused(Map.of("email", "nobody-" + name + "@example.org", "email_verified", true), "unknown_account");
        assertRefused(Map.of("email", name + "@example.org", "email_verified", false), "unverified_email");
        assertRefused(Map.of("name", name), "no_email");
        jdbc.sql("UPDATE app_user SET enabled = false WHERE id = ?").param(id).update();
        assertRefused(Map.of("email", name + "@example.org", "email_verified", true), "disabled_account");
    }

    @Test
    void anEmailIsUniqueWhateverItsCase() {
        var name = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "Test", PASSWORD, Role.ADMIN, null, List.of(), name + "@example.org");
        assertThatThrownBy(() -> accounts.create(name + "-2", "Test", PASSWORD, Role.ADMIN, null, List.of(),
                name.toUpperCase() + "@EXAMPLE.ORG")).hasMessageContaining("e-mail");
    }

    @Test
    void aRefusedOpenIdConnectLogInIsAudited() {
        var attempt = "oidc-" + UUID.randomUUID().toString().substring(0, 8);
        events.publishAuthenticationFailure(new OAuth2AuthenticationException(new OAuth2Error("unknown_account")),
                new TestingAuthenticationToken(attempt, null));
        var reasons = jdbc.sql("""
                        SELECT detail->>'reason' FROM audit_event WHERE action = 'LOGIN_FAILURE' AND username = ?""")
                .param(attempt).query(String.class).list();
        assertThat(reasons).containsExactly("OAuth2AuthenticationException");
    }

    private void assertRefused(Map<String, Object> claims, String code) {
        assertThatThrownBy(() -> oidcUsers.account(oidcUser(claims)))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        refused -> assertThat(refused.getError().getErrorCode()).isEqualTo(code));
    }

    private static OidcUser oidcUser(Map<String, Object> claims) {
        var token = OidcIdToken.withTokenValue("id-token").subject(UUID.randomUUID().toString())
                .issuer("http://localhost:9/realms/cdg").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).claims(all -> all.putAll(claims)).build();
        return new DefaultOidcUser(List.of(), token);
    }

    private static String decoded(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
