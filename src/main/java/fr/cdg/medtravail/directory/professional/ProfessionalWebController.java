package fr.cdg.medtravail.directory.professional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.cdg.medtravail.security.Access;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.web.Screen;

@Screen
@Controller
@PreAuthorize(Access.STAFF_OR_PROFESSIONAL)
class ProfessionalWebController {

    private final ProfessionalService service;

    ProfessionalWebController(ProfessionalService service) {
        this.service = service;
    }

    @GetMapping("/professionnels")
    String list(@AuthenticationPrincipal CdgUser user, @RequestParam(required = false) ProfessionalKind kind, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ProfessionalKind.values());
        model.addAttribute("professionals", service.findAll(kind).stream().map(found -> found.seenBy(user)).toList());
        return "professionnels/list";
    }

    @GetMapping("/professionnels/{id}")
    String detail(@AuthenticationPrincipal CdgUser user, @PathVariable long id, Model model) {
        model.addAttribute("professional", service.get(id).seenBy(user));
        // A leave may be a sick leave: health data that only the secretariat sees.
        model.addAttribute("leaves", user.isStaff() ? service.leaves(id) : null);
        return "professionnels/detail";
    }
}
