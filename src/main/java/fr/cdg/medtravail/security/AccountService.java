package fr.cdg.medtravail.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import fr.cdg.medtravail.web.ConflictException;
import fr.cdg.medtravail.web.FieldProblem;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of staff, professionals and référents; passwords are only ever stored hashed. Any change to an account
 * (disabled, new password, other collectivités) ends its live sessions: a session keeps the account as it was at
 * log-in, while HTTP Basic reloads it on every request.
 */
@Service
public class AccountService implements UserDetailsService {

    /** bcrypt only reads the first 72 bytes of a password. */
    private static final int MIN_PASSWORD = 12;
    private static final int MAX_PASSWORD = 72;
    private static final int MAX_EMAIL = 254;
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SessionRegistry sessions;
    private final SecuritySettings settings;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, SessionRegistry sessions,
                   SecuritySettings settings) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.settings = settings;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    public boolean exists(String username) {
        return accounts.exists(username);
    }

    public List<Account> list() {
        return accounts.findAll();
    }

    public List<Account.Choice> collectiviteChoices() {
        return accounts.collectiviteChoices();
    }

    public List<Account.Choice> professionalChoices() {
        return accounts.professionalChoices();
    }

    public Account get(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("Account", id));
    }

    /** Creates an account without e-mail, hence without OpenID Connect log-in. */
    @Transactional
    public long create(String username, String displayName, String rawPassword, Role role, Long professionalId,
                       Collection<Long> collectiviteIds) {
        return create(username, displayName, rawPassword, role, professionalId, collectiviteIds, null);
    }

    /**
     * Creates an account; a référent names the collectivités they speak for, a professional their own record. The
     * optional e-mail lets the person log in through OpenID Connect, the provider vouching for that address.
     */
    @Transactional
    public long create(String username, String displayName, String rawPassword, Role role, Long professionalId,
                       Collection<Long> collectiviteIds, String email) {
        var mail = email == null || email.isBlank() ? null : email.trim();
        var problems = new ArrayList<FieldProblem>();
        if (username == null || !username.matches("[A-Za-z0-9._@-]{3,64}")) {
            problems.add(FieldProblem.of("username", "3 to 64 letters, digits or . _ @ -"));
        }
        if (displayName == null || displayName.isBlank()) {
            problems.add(FieldProblem.of("displayName", "is required"));
        }
        if (role == null) {
            problems.add(FieldProblem.of("role", "is required"));
        }
        checkPassword(rawPassword, problems);
        if (role == Role.PROFESSIONAL && (professionalId == null || !accounts.professionalExists(professionalId))) {
            problems.add(FieldProblem.of("professionalId", "a professional's account names an existing professional"));
        }
        if (role != Role.PROFESSIONAL && professionalId != null) {
            problems.add(FieldProblem.of("professionalId", "only a professional's account names a professional"));
        }
        checkCollectivites(role, collectiviteIds, problems);
        if (mail != null && (mail.length() > MAX_EMAIL || !mail.matches("[^@\\s]+@[^@\\s]+"))) {
            problems.add(FieldProblem.of("email", "an e-mail address"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (accounts.exists(username)) {
            throw new ConflictException("An account named " + username + " already exists");
        }
        if (mail != null && accounts.emailTaken(mail)) {
            throw new ConflictException("Another account has the e-mail " + mail);
        }
        return accounts.insert(username, displayName.trim(), passwordEncoder.encode(rawPassword), role, professionalId,
                collectiviteIds, mail);
    }

    /** Binds a référent to another set of collectivités. */
    @Transactional
    public void bindCollectivites(long id, Collection<Long> collectiviteIds) {
        var account = get(id);
        var problems = new ArrayList<FieldProblem>();
        checkCollectivites(account.role(), collectiviteIds, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        accounts.replaceCollectivites(id, collectiviteIds);
        endSessions(account);
    }

    @Transactional
    public void resetPassword(long id, String rawPassword) {
        var account = get(id);
        var problems = new ArrayList<FieldProblem>();
        checkPassword(rawPassword, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        accounts.updatePasswordHash(id, passwordEncoder.encode(rawPassword));
        endSessions(account);
    }

    /** Disabling ends the account's sessions at once; an administrator cannot lock themselves out. */
    @Transactional
    public void setEnabled(long id, boolean enabled, CdgUser by) {
        var account = get(id);
        if (!enabled && account.id() == by.id()) {
            throw new ConflictException("You cannot disable your own account");
        }
        accounts.updateEnabled(id, enabled);
        if (!enabled) {
            endSessions(account);
        }
    }

    /** Creates the first administrator from configuration (never from the repository) when none exists. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void bootstrapAdministrator() {
        if (accounts.enabledAdminExists()) {
            return;
        }
        if (settings.adminPassword() == null || settings.adminPassword().isBlank()) {
            log.warn("No administrator account: set MEDTRAVAIL_ADMIN_PASSWORD to create '{}' at start-up",
                    settings.adminUsername());
            return;
        }
        if (accounts.exists(settings.adminUsername())) {
            log.warn("No enabled administrator, and '{}' exists but is not one: create an administrator by hand",
                    settings.adminUsername());
            return;
        }
        create(settings.adminUsername(), "Administrateur", settings.adminPassword(), Role.ADMIN, null, List.of());
        log.info("Created the administrator account '{}'", settings.adminUsername());
    }

    private void endSessions(Account account) {
        sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof CdgUser user && user.id() == account.id())
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .forEach(session -> session.expireNow());
    }

    private static void checkPassword(String rawPassword, List<FieldProblem> problems) {
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD
                || rawPassword.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD) {
            problems.add(FieldProblem.of("password", MIN_PASSWORD + " to " + MAX_PASSWORD + " characters"));
        }
    }

    private void checkCollectivites(Role role, Collection<Long> collectiviteIds, List<FieldProblem> problems) {
        if (role == Role.REFERENT && collectiviteIds.isEmpty()) {
            problems.add(FieldProblem.of("collectiviteIds", "a référent is bound to at least one collectivité"));
        } else if (role != Role.REFERENT && !collectiviteIds.isEmpty()) {
            problems.add(FieldProblem.of("collectiviteIds", "only a référent is bound to collectivités"));
        } else if (!collectiviteIds.isEmpty()) {
            var unknown = accounts.unknownCollectivites(collectiviteIds);
            if (!unknown.isEmpty()) {
                problems.add(FieldProblem.of("collectiviteIds", "unknown collectivité(s) " + unknown));
            }
        }
    }
}
