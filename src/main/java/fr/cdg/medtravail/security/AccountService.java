package fr.cdg.medtravail.security;

import java.util.Collection;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts of staff, professionals and référents; passwords are only ever stored hashed. */
@Service
public class AccountService implements UserDetailsService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    public boolean exists(String username) {
        return accounts.exists(username);
    }

    /** Creates an account; a référent names the collectivités they speak for, a professional their own record. */
    @Transactional
    public long create(String username, String displayName, String rawPassword, Role role, Long professionalId,
                       Collection<Long> collectiviteIds) {
        if (role == Role.REFERENT && collectiviteIds.isEmpty()) {
            throw new IllegalArgumentException("a référent is bound to at least one collectivité");
        }
        return accounts.insert(username, displayName, passwordEncoder.encode(rawPassword), role, professionalId,
                collectiviteIds);
    }
}
