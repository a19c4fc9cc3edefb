package fr.cdg.medtravail.directory.cabinet;

import fr.cdg.medtravail.security.CdgUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.cdg.medtravail.web.Screen;

@Screen
@Controller
class CabinetWebController {

    private final CabinetService service;

    CabinetWebController(CabinetService service) {
        this.service = service;
    }

    @GetMapping("/cabinets")
    String list(@AuthenticationPrincipal CdgUser user, @RequestParam(required = false) CabinetKind kind, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", CabinetKind.values());
        model.addAttribute("cabinets", service.findAll(kind).stream().map(found -> found.seenBy(user)).toList());
        return "cabinets/list";
    }

    @GetMapping("/cabinets/{id}")
    String detail(@AuthenticationPrincipal CdgUser user, @PathVariable long id, Model model) {
        model.addAttribute("cabinet", service.get(id).seenBy(user));
        return "cabinets/detail";
    }
}
