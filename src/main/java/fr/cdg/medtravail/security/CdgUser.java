package fr.cdg.medtravail.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person, with the scope their role gives: the collectivités of a référent, the professional behind a
 * professional's account.
 */
public record CdgUser(long id, String username, String displayName, String passwordHash, Role role,
                      Set<Long> collectiviteIds, Long professionalId, boolean enabled) implements UserDetails {

    public CdgUser {
        collectiviteIds = Set.copyOf(collectiviteIds);
    }

    /** Staff of the CDG see every collectivité. */
    public boolean isStaff() {
        return role == Role.ADMIN || role == Role.SECRETARIAT;
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

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
