package fr.cdg.medtravail.directory.agent;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cdg.medtravail.directory.Page;
import fr.cdg.medtravail.security.Access;
import fr.cdg.medtravail.security.CdgUser;

@Tag(name = "Agents", description = "Agents of the collectivités (staff, and référents for their own collectivités)")
@RestController
@PreAuthorize(Access.STAFF_OR_REFERENT)
class AgentApiController {

    private final AgentService service;

    AgentApiController(AgentService service) {
        this.service = service;
    }

    @Operation(summary = "Page of a collectivité's agents by name; q matches names or the beginning of the matricule")
    @GetMapping("/api/collectivites/{id}/agents")
    Page<Agent> list(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                     @RequestParam(required = false) String q,
                     @RequestParam(defaultValue = "0") int page,
                     @Parameter(description = "1 to 200") @RequestParam(defaultValue = "50") int size) {
        Page.check(page, size);
        return service.find(user, id, q, page, size);
    }

    @PostMapping("/api/collectivites/{id}/agents")
    ResponseEntity<Agent> create(@AuthenticationPrincipal CdgUser user, @PathVariable long id, @RequestBody AgentForm form) {
        var agent = service.create(user, id, form);
        return ResponseEntity.created(URI.create("/api/agents/" + agent.id())).body(agent);
    }

    @GetMapping("/api/agents/{id}")
    Agent get(@AuthenticationPrincipal CdgUser user, @PathVariable long id) {
        return service.get(user, id);
    }

    @PutMapping("/api/agents/{id}")
    Agent update(@AuthenticationPrincipal CdgUser user, @PathVariable long id, @RequestBody AgentForm form) {
        return service.update(user, id, form);
    }

    @Operation(summary = "Delete an agent (staff); a departure is recorded with leftOn instead")
    @PreAuthorize(Access.STAFF)
    @DeleteMapping("/api/agents/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CdgUser user, @PathVariable long id) {
        service.delete(user, id);
        return ResponseEntity.noContent().build();
    }
}
