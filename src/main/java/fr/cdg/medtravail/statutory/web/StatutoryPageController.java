package fr.cdg.medtravail.statutory.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.cdg.medtravail.directory.collectivite.CollectiviteService;
import fr.cdg.medtravail.security.Access;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.statutory.RequestForm;
import fr.cdg.medtravail.statutory.StatutoryService;
import fr.cdg.medtravail.statutory.domain.StatutoryKind;
import fr.cdg.medtravail.web.ConflictException;
import fr.cdg.medtravail.web.FieldProblem;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.Screen;

/**
 * Screens of statutory medicine: the requests (the référent's, or the secretariat's queue by deadline), a doctor's
 * statutory day, a collectivité's quota statement.
 */
@Screen
@Controller
class StatutoryPageController {

    private final StatutoryService service;
    private final CollectiviteService collectivites;

    StatutoryPageController(StatutoryService service, CollectiviteService collectivites) {
        this.service = service;
        this.collectivites = collectivites;
    }

    @GetMapping("/statutaire/demandes")
    String requests(@AuthenticationPrincipal CdgUser user, @RequestParam(required = false) String message, Model model) {
        return requestsPage(user, model, message, List.of(), null);
    }

    @PostMapping("/statutaire/demandes")
    String file(@AuthenticationPrincipal CdgUser user, @ModelAttribute("submitted") RequestForm form,
                BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            var problems = binding.getFieldErrors().stream()
                    .map(error -> FieldProblem.of(error.getField(), "valeur invalide")).toList();
            return requestsPage(user, model, null, problems, form);
        }
        try {
            var filed = service.file(user, form);
            return "redirect:/statutaire/demandes?message=" + (filed.appointment() == null
                    ? "Demande " + filed.id() + " enregistrée, sans rendez-vous possible avant l'échéance"
                    : "Demande " + filed.id() + " enregistrée, rendez-vous proposé");
        } catch (InvalidInputException e) {
            return requestsPage(user, model, null, e.problems(), form);
        }
    }

    @PreAuthorize(Access.STAFF)
    @PostMapping("/statutaire/demandes/{id}/confirm")
    String confirm(@PathVariable long id) {
        try {
            service.confirm(id);
            return "redirect:/statutaire/demandes?message=Rendez-vous de la demande " + id + " confirmé";
        } catch (ConflictException e) {
            return "redirect:/statutaire/demandes?message=La demande " + id + " n'a pas de rendez-vous proposé";
        }
    }

    @GetMapping("/statutaire/medecins/{id}")
    String doctorDay(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                     Model model) {
        var day = date == null ? service.today() : date;
        model.addAttribute("visits", service.doctorDay(user, id, day));
        model.addAttribute("doctorId", id);
        model.addAttribute("doctorName", service.doctorName(id));
        model.addAttribute("day", day);
        return "statutaire/journee";
    }

    @GetMapping("/statutaire/collectivites/{id}/quota")
    String quota(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                 @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? service.today().getYear() : year;
        model.addAttribute("collectivite", collectivites.get(user, id));
        model.addAttribute("year", shown);
        model.addAttribute("statement", service.quota(user, id, shown).orElse(null));
        return "statutaire/quota";
    }

    private String requestsPage(CdgUser user, Model model, String message, List<FieldProblem> problems, RequestForm form) {
        model.addAttribute("requests", service.list(user, null, user.isStaff()));
        model.addAttribute("kinds", StatutoryKind.values());
        model.addAttribute("staff", user.isStaff());
        model.addAttribute("message", message);
        model.addAttribute("problems", problems);
        model.addAttribute("form", form);
        return "statutaire/demandes";
    }
}
