package fr.cdg.medtravail.security;

import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Component;

/**
 * OpenID Connect log-in onto an existing account, never a new one: the provider's verified e-mail ({@code email}
 * claim; {@code email_verified} must be true when the provider sends it) names an enabled account, whose role and
 * collectivités then apply exactly as after a form log-in. The lock of {@link LoginThrottle} applies too.
 */
@Component
class AccountOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider = new OidcUserService();
    private final AccountRepository accounts;
    private final LoginThrottle throttle;

    AccountOidcUserService(AccountRepository accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return account(provider.loadUser(request));
    }

    /** The account the provider's user stands for, or an authentication failure. */
    AccountOidcUser account(OidcUser oidcUser) {
        var email = oidcUser.getEmail();
        if (email == null || email.isBlank()) {
            throw refused("no_email", "the provider gave no e-mail");
        }
        if (Boolean.FALSE.equals(oidcUser.getEmailVerified())) {
            throw refused("unverified_email", "the provider has not verified the e-mail");
        }
        var account = accounts.findByEmail(email.trim())
                .orElseThrow(() -> refused("unknown_account", "no account has this e-mail"));
        if (!account.isEnabled()) {
            throw refused("disabled_account", "the account is disabled");
        }
        throttle.refuseIfLocked(account.getUsername());
        return new AccountOidcUser(account, oidcUser);
    }

    /** Plain OAuth2 (without OpenID Connect) proves no identity: refused. */
    static OAuth2User refuseOAuth2(OAuth2UserRequest request) {
        throw refused("openid_required", "the registration must ask for the openid scope");
    }

    /** The session holds the account itself, as after a form log-in, so that controllers and sessions see one type. */
    static OAuth2AuthenticationToken authentication(OAuth2LoginAuthenticationToken result) {
        if (!(result.getPrincipal() instanceof AccountOidcUser user)) {
            throw refused("openid_required", "not an OpenID Connect log-in");
        }
        return new OAuth2AuthenticationToken(user.account(), user.account().getAuthorities(),
                result.getClientRegistration().getRegistrationId());
    }

    private static OAuth2AuthenticationException refused(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
    }

    /** The provider's user, with the authorities of the account it maps to. */
    static final class AccountOidcUser extends DefaultOidcUser {

        private final CdgUser account;

        AccountOidcUser(CdgUser account, OidcUser oidcUser) {
            super(account.getAuthorities(), oidcUser.getIdToken(), oidcUser.getUserInfo());
            this.account = account;
        }

        CdgUser account() {
            return account;
        }

        /** The account's username, as the throttle and the audit trail know it. */
        @Override
        public String getName() {
            return account.getUsername();
        }
    }
}
