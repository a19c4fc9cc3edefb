package fr.cdg.medtravail.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail as JSON, for the secretariat (see AccessRules). */
@RestController
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/audit")
    AuditTrail.EventPage search(AuditFilter filter) {
        return filter.checked().search(trail);
    }
}
