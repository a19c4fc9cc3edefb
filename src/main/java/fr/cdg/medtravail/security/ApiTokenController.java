package fr.cdg.medtravail.security;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own API tokens (every role, see {@link AccessRules}). */
@RestController
@RequestMapping("/api/tokens")
class ApiTokenController {

    record NewToken(String name, Integer expiresInDays) {
    }

    private final ApiTokenService tokens;

    ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    /** The caller's tokens; an administrator may ask for another account's ({@code ?username=}). */
    @GetMapping
    List<ApiToken> list(@AuthenticationPrincipal CdgUser user, @RequestParam(required = false) String username) {
        return tokens.list(user, username);
    }

    /** The token is in this answer only. A token cannot create tokens: a leaked one must not outlive its expiry. */
    @PostMapping
    ResponseEntity<ApiToken.Created> create(@RequestBody NewToken body, @AuthenticationPrincipal CdgUser user,
                                            Authentication authentication) {
        if (authentication instanceof ApiTokenAuthenticationFilter.TokenAuthentication) {
            throw new AccessDeniedException("tokens are created with a password or a session");
        }
        var created = tokens.create(user, body.name(), body.expiresInDays());
        return ResponseEntity.created(URI.create("/api/tokens/" + created.id())).body(created);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id, @AuthenticationPrincipal CdgUser user) {
        tokens.revoke(user, id);
        return ResponseEntity.noContent().build();
    }
}
