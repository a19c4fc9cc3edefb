package fr.cdg.medtravail.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.cdg.medtravail.audit.AuditTrail;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.security.SliceSecurity;
import fr.cdg.medtravail.security.Role;

/**
 * Base of the {@code @WebMvcTest} slices of the API controllers: the controller, the problem-document handler, the
 * route table and the {@code @PreAuthorize} checks, without a database. The controller's
 * service is a Mockito bean of each test; the whole path, database included, is covered by the full-application
 * tests ({@link IntegrationTest}).
 */
@Import(SliceSecurity.class)
public abstract class ApiSlice {

    /** The audit interceptor is part of the web layer; what it records is checked by the full-application tests. */
    @MockitoBean
    protected AuditTrail audit;

    protected static final CdgUser SECRETARIAT = user(Role.SECRETARIAT, Set.of(), null);

    protected static CdgUser referentOf(long collectiviteId) {
        return user(Role.REFERENT, Set.of(collectiviteId), null);
    }

    protected static CdgUser professional(long professionalId) {
        return user(Role.PROFESSIONAL, Set.of(), professionalId);
    }

    /** Authenticates the request as this user, as a log-in would. */
    protected static RequestPostProcessor as(CdgUser user) {
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private static CdgUser user(Role role, Set<Long> collectivites, Long professionalId) {
        return new CdgUser(1, role.name().toLowerCase(), role.name(), "", role, collectivites, professionalId, true);
    }
}
