package fr.cdg.medtravail.directory.collectivite;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import fr.cdg.medtravail.directory.ScreenForms;
import fr.cdg.medtravail.security.Access;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.web.ConflictException;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.Screen;

@Screen
@Controller
class CollectiviteWebController {

    private static final int PAGE_SIZE = 25;

    private final CollectiviteService service;

    CollectiviteWebController(CollectiviteService service) {
        this.service = service;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/collectivites";
    }

    /** The list; an htmx request (live search) gets the results fragment only. */
    @GetMapping("/collectivites")
    String list(@AuthenticationPrincipal CdgUser user, @RequestParam(required = false) String q,
                @RequestParam(required = false) CollectiviteKind kind, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", CollectiviteKind.values());
        model.addAttribute("page", service.find(user, q, kind, Math.max(0, page), PAGE_SIZE));
        return htmx != null ? "collectivites/list :: results" : "collectivites/list";
    }

    @PreAuthorize(Access.STAFF)
    @GetMapping("/collectivites/new")
    String newForm(Model model) {
        return form(model, null, Map.of(), Map.of());
    }

    @PreAuthorize(Access.STAFF)
    @PostMapping("/collectivites")
    String create(@ModelAttribute("submitted") CollectiviteForm form, BindingResult binding,
                  @RequestParam Map<String, String> values, Model model) {
        return save(model, null, values, binding, () -> service.create(form));
    }

    @PreAuthorize(Access.STAFF)
    @GetMapping("/collectivites/{id}/edit")
    String editForm(@AuthenticationPrincipal CdgUser user, @PathVariable long id, Model model) {
        var c = service.get(user, id);
        return form(model, id, ScreenForms.valuesOf(CollectiviteForm.of(c)), Map.of());
    }

    @PreAuthorize(Access.STAFF)
    @PostMapping("/collectivites/{id}")
    String update(@PathVariable long id, @ModelAttribute("submitted") CollectiviteForm form, BindingResult binding,
                  @RequestParam Map<String, String> values, Model model) {
        return save(model, id, values, binding, () -> {
            service.update(id, form);
            return id;
        });
    }

    /** Saves and shows the collectivité, or shows the form again with the typed values and the problems. */
    private static String save(Model model, Long id, Map<String, String> values, BindingResult binding,
                               Supplier<Long> saving) {
        if (binding.hasErrors()) {
            return form(model, id, values, ScreenForms.fieldErrors(binding, null));
        }
        try {
            return "redirect:/collectivites/" + saving.get();
        } catch (InvalidInputException e) {
            return form(model, id, values, ScreenForms.fieldErrors(null, e));
        } catch (ConflictException e) {
            return form(model, id, values, Map.of("siren", "ce SIREN est déjà enregistré"));
        }
    }

    @GetMapping("/collectivites/{id}")
    String detail(@AuthenticationPrincipal CdgUser user, @PathVariable long id, Model model) {
        model.addAttribute("detail", service.detail(user, id));
        model.addAttribute("services", Membership.Service.values());
        model.addAttribute("tariffs", Membership.TariffCategory.values());
        return "collectivites/detail";
    }

    @PreAuthorize(Access.STAFF_OR_REFERENT)
    @PostMapping("/collectivites/{id}/headcounts")
    String declareHeadcount(@AuthenticationPrincipal CdgUser user, @PathVariable long id, @RequestParam int year,
                            @RequestParam(required = false) Integer headcount, Model model) {
        try {
            service.declareHeadcount(user, id, year, new HeadcountForm(headcount, null));
        } catch (InvalidInputException e) {
            model.addAttribute("headcountErrors", ScreenForms.fieldErrors(null, e));
            return detail(user, id, model);
        }
        return "redirect:/collectivites/" + id;
    }

    @PreAuthorize(Access.STAFF)
    @PostMapping("/collectivites/{id}/memberships")
    String addMembership(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                         @ModelAttribute("membership") MembershipForm form, BindingResult binding, Model model) {
        try {
            if (binding.hasErrors()) {
                throw new InvalidInputException("startDate", "date invalide");
            }
            service.addMembership(user, id, form);
        } catch (InvalidInputException e) {
            model.addAttribute("membershipErrors", ScreenForms.fieldErrors(null, e));
            return detail(user, id, model);
        } catch (ConflictException e) {
            model.addAttribute("membershipErrors", Map.of("startDate", "chevauche une adhésion existante au même service"));
            return detail(user, id, model);
        }
        return "redirect:/collectivites/" + id;
    }

    private static String form(Model model, Long id, Map<String, ?> values, Map<String, String> errors) {
        model.addAttribute("id", id);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", CollectiviteKind.values());
        return "collectivites/form";
    }
}
