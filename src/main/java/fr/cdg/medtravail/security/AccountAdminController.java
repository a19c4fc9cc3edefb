package fr.cdg.medtravail.security;

import java.util.List;
import java.util.Set;

import fr.cdg.medtravail.web.ConflictException;
import fr.cdg.medtravail.web.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' screen for accounts: create, bind référents, reset a password, disable. */
@Controller
@RequestMapping("/admin/comptes")
class AccountAdminController {

    private final AccountService accounts;

    AccountAdminController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("roles", Role.values());
        model.addAttribute("collectivites", accounts.collectiviteChoices());
        model.addAttribute("professionals", accounts.professionalChoices());
        return "admin/comptes";
    }

    @PostMapping
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
                  @RequestParam Role role, @RequestParam(required = false) Long professionalId,
                  @RequestParam(defaultValue = "") Set<Long> collectiviteIds, RedirectAttributes redirect) {
        return outcome(redirect, "Compte " + username + " créé.", () ->
                accounts.create(username, displayName, password, role, professionalId, collectiviteIds));
    }

    @PostMapping("/{id}/collectivites")
    String bind(@PathVariable long id, @RequestParam(defaultValue = "") Set<Long> collectiviteIds,
                RedirectAttributes redirect) {
        return outcome(redirect, "Collectivités du compte mises à jour.",
                () -> accounts.bindCollectivites(id, collectiviteIds));
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        return outcome(redirect, "Mot de passe réinitialisé.", () -> accounts.resetPassword(id, password));
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @AuthenticationPrincipal CdgUser user, RedirectAttributes redirect) {
        return outcome(redirect, "Compte désactivé ; ses sessions sont closes.",
                () -> accounts.setEnabled(id, false, user));
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, @AuthenticationPrincipal CdgUser user, RedirectAttributes redirect) {
        return outcome(redirect, "Compte réactivé.", () -> accounts.setEnabled(id, true, user));
    }

    /** Post/redirect/get: the outcome is shown once on the list. */
    private static String outcome(RedirectAttributes redirect, String success, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("message", success);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.problems().stream().map(problem -> problem.field() + " : " + problem.message()).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return "redirect:/admin/comptes";
    }
}
