package fr.cdg.medtravail.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The secretariat's screen to search the audit trail. */
@Controller
class AuditPageController {

    private final AuditTrail trail;

    AuditPageController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/admin/audit")
    String page(AuditFilter filter, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("result", filter.search(trail));
        return "admin/audit";
    }
}
