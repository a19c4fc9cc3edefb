package fr.cdg.medtravail.security;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Account management for administrators (see {@link AccessRules}). */
@RestController
@RequestMapping("/api/accounts")
class AccountController {

    record NewAccount(String username, String displayName, String password, Role role, Long professionalId,
                      Set<Long> collectiviteIds, String email) {
    }

    record Collectivites(Set<Long> collectiviteIds) {
    }

    record Password(String password) {
    }

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<Account> list() {
        return accounts.list();
    }

    @PostMapping
    ResponseEntity<Account> create(@RequestBody NewAccount body) {
        long id = accounts.create(body.username(), body.displayName(), body.password(), body.role(),
                body.professionalId(), orEmpty(body.collectiviteIds()), body.email());
        return ResponseEntity.created(URI.create("/api/accounts/" + id)).body(accounts.get(id));
    }

    @PutMapping("/{id}/collectivites")
    Account bind(@PathVariable long id, @RequestBody Collectivites body) {
        accounts.bindCollectivites(id, orEmpty(body.collectiviteIds()));
        return accounts.get(id);
    }

    @PutMapping("/{id}/password")
    ResponseEntity<Void> resetPassword(@PathVariable long id, @RequestBody Password body) {
        accounts.resetPassword(id, body.password());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/disable")
    Account disable(@PathVariable long id, @AuthenticationPrincipal CdgUser user) {
        accounts.setEnabled(id, false, user);
        return accounts.get(id);
    }

    @PostMapping("/{id}/enable")
    Account enable(@PathVariable long id, @AuthenticationPrincipal CdgUser user) {
        accounts.setEnabled(id, true, user);
        return accounts.get(id);
    }

    private static Set<Long> orEmpty(Set<Long> ids) {
        return ids == null ? Set.of() : ids;
    }
}
