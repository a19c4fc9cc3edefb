package fr.cdg.medtravail.support;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import fr.cdg.medtravail.security.AccountService;
import fr.cdg.medtravail.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
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
        var username = role.name().toLowerCase() + Arrays.stream(collectiviteIds).map(String::valueOf)
                .collect(Collectors.joining("-", collectiviteIds.length == 0 ? "" : "-", ""));
        ensureAccount(username, role, null, List.of(collectiviteIds));
        return withBasicAuth(username);
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
