package fr.cdg.medtravail.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * The logged-in person, with the scope their role gives: the collectivités of a référent, the professional behind a
 * professional's account. It is the principal of every log-in, form or OpenID Connect (hence {@link OAuth2User}), so
 * that controllers and the session registry see one type.
 */
public record CdgUser(long id, String username, String displayName, String passwordHash, Role role,
                      Set<Long> collectiviteIds, Long professionalId, boolean enabled)
        implements UserDetails, OAuth2User {

    public CdgUser {
        collectiviteIds = Set.copyOf(collectiviteIds);
    }

    /** Staff of the CDG see every collectivité. */
    public boolean isStaff() {
        return Access.STAFF_ROLES.contains(role);
    }

    /** Whether this person may see data of the given collectivité at all. */
    public boolean canSeeCollectivite(long collectiviteId) {
        return isStaff() || role == Role.REFERENT && collectiviteIds.contains(collectiviteId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    /** Nothing of the provider's: the account is what counts. */
    @Override
    public Map<String, Object> getAttributes() {
        return Map.of("username", username);
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
