package fr.cdg.medtravail.security;

import java.time.Clock;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Form log-in with a server session for people using the screens; personal API tokens (Bearer) and HTTP Basic for
 * API clients (scripts, tests), which then need no CSRF token because they carry no cookie-borne credentials. OpenID Connect log-in is added only
 * when a client registration is configured ({@code spring.security.oauth2.client.registration.*}), onto existing
 * accounts ({@link AccountOidcUserService}). Who may call which route is the table in {@link AccessRules}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Scripts only from our own origin (htmx is served from /webjars, app.js is a file): no inline script. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecuritySettings settings, SessionRegistry sessions,
                                            ObjectProvider<ClientRegistrationRepository> registrations,
                                            AccountOidcUserService oidcUsers, ApiTokenService tokens,
                                            DaoAuthenticationProvider passwords,
                                            DefaultAuthenticationEventPublisher authenticationEvents,
                                            ApplicationEventPublisher events, JsonMapper json) {
        var clock = Clock.systemUTC();
        var api = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/v3/**"));
        var refusals = new RefusalResponses(api, json, events);
        var basicAuthentications = new ProviderManager(passwords);
        basicAuthentications.setAuthenticationEventPublisher(authenticationEvents);
        // Only screens come back to a saved request after log-in: an API call must not open a session.
        var screensOnly = new HttpSessionRequestCache();
        screensOnly.setRequestMatcher(new NegatedRequestMatcher(api));
        http.authorizeHttpRequests(AccessRules::apply)
                .formLogin(form -> form.loginPage("/login").failureUrl("/login?error")
                        .successHandler(AbsoluteSessionTimeoutFilter.markingLogIn(
                                new SavedRequestAwareAuthenticationSuccessHandler(), clock)))
                // API tokens and HTTP Basic authenticate one request each, before the CSRF check, in no session.
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, refusals.api(), events), CsrfFilter.class)
                .addFilterBefore(new ApiBasicAuthenticationFilter(basicAuthentications, refusals.api(), events),
                        CsrfFilter.class)
                .requestCache(cache -> cache.requestCache(screensOnly))
                // API clients get a 401 problem document, people on screens the log-in page.
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(refusals.api(), api)
                        .defaultAuthenticationEntryPointFor(refusals.screens(new LoginUrlAuthenticationEntryPoint("/login")),
                                AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(refusals.accessDenied()))
                // CSRF protects cookie-borne sessions only: a request that authenticated itself (Basic or token,
                // successfully: a mere header proves nothing), or an API call without any session, cannot be forged
                // from another site.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        request -> request.getAttribute(ApiTokenAuthenticationFilter.AUTHENTICATED_BY_HEADER) != null,
                        new AndRequestMatcher(api, request -> request.getRequestedSessionId() == null)))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .sessionConcurrency(concurrency -> concurrency
                                .maximumSessions(-1)
                                .sessionRegistry(sessions)
                                .expiredUrl("/login?expired")))
                .addFilterBefore(new AbsoluteSessionTimeoutFilter(settings.absoluteSessionTimeout(), clock),
                        SecurityContextHolderFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout")
                        .invalidateHttpSession(true).deleteCookies("JSESSIONID"));
        if (registrations.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/login").failureUrl("/login?error")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers)
                            .userService(AccountOidcUserService::refuseOAuth2))
                    .successHandler(AbsoluteSessionTimeoutFilter.markingLogIn(
                            new SavedRequestAwareAuthenticationSuccessHandler(), clock))
                    .withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
                        @Override
                        public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
                            filter.setAuthenticationResultConverter(AccountOidcUserService::authentication);
                            return filter;
                        }
                    }));
        }
        return http.build();
    }

    /** Spring Boot's, plus a failure event for refused OpenID Connect log-ins, so that the audit trail records them. */
    @Bean
    DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        var events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(Map.of(OAuth2AuthenticationException.class, OidcLogInFailureEvent.class));
        return events;
    }

    /** Account status checks, then the lock of {@link LoginThrottle}, before the password is even compared. */
    @Bean
    DaoAuthenticationProvider authenticationProvider(AccountService accounts, PasswordEncoder passwordEncoder,
                                                     LoginThrottle throttle) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        var statusChecks = new AccountStatusUserDetailsChecker();
        provider.setPreAuthenticationChecks(user -> {
            statusChecks.check(user);
            throttle.refuseIfLocked(user.getUsername());
        });
        return provider;
    }

    /** Delegating encoder: bcrypt today, and hashes stored by an older algorithm keep working. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The live log-in sessions, so that disabling an account ends them. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when the container destroys a session (idle timeout, log-out). */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
