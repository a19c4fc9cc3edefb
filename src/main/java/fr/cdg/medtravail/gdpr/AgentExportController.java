package fr.cdg.medtravail.gdpr;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.web.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Right of access and portability: one agent's data as JSON, for the secretariat or the agent's référent (the
 * same 404 for an agent of another collectivité as for an unknown one). Recorded as EXPORT by the audit trail.
 */
@RestController
class AgentExportController {

    private final AgentExportRepository repository;

    AgentExportController(AgentExportRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/api/agents/{id}/export")
    Map<String, Object> export(@PathVariable long id, @AuthenticationPrincipal CdgUser user) {
        var agent = repository.agent(id)
                .filter(row -> user.canSeeCollectivite(((Number) row.get("collectivite_id")).longValue()))
                .orElseThrow(() -> new NotFoundException("Agent", id));
        var export = new LinkedHashMap<String, Object>();
        export.put("exportedAt", Instant.now());
        export.put("agent", agent);
        export.put("collectivite", repository.collectivite(((Number) agent.get("collectivite_id")).longValue()));
        // The secretariat answers the agent's own request; a référent exports what the employer may know.
        export.putAll(repository.visits(id, user.isStaff()));
        export.put("history", repository.history(id));
        return export;
    }
}
