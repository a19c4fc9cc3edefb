package fr.cdg.medtravail.directory.collectivite;

import java.net.URI;
import java.util.List;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cdg.medtravail.directory.Page;
import fr.cdg.medtravail.security.Access;
import fr.cdg.medtravail.security.CdgUser;

@Tag(name = "Collectivités", description = "Public employers, their headcounts and memberships")
@RestController
@RequestMapping("/api/collectivites")
class CollectiviteApiController {

    private final CollectiviteService service;

    CollectiviteApiController(CollectiviteService service) {
        this.service = service;
    }

    @Operation(summary = "Page of collectivités by name; a référent sees only their own")
    @GetMapping
    Page<Collectivite> list(@AuthenticationPrincipal CdgUser user,
                            @Parameter(description = "part of the name, or beginning of the SIREN") @RequestParam(required = false) String q,
                            @RequestParam(required = false) CollectiviteKind kind,
                            @Parameter(description = "page number from 0") @RequestParam(defaultValue = "0") int page,
                            @Parameter(description = "1 to 200") @RequestParam(defaultValue = "50") int size) {
        Page.check(page, size);
        return service.find(user, q, kind, page, size);
    }

    @Operation(summary = "Create a collectivité (staff)")
    @PreAuthorize(Access.STAFF)
    @PostMapping
    ResponseEntity<CollectiviteDetail> create(@AuthenticationPrincipal CdgUser user, @RequestBody CollectiviteForm form) {
        long id = service.create(form);
        return ResponseEntity.created(URI.create("/api/collectivites/" + id)).body(service.detail(user, id));
    }

    @Operation(summary = "A collectivité with its headcounts and memberships")
    @GetMapping("/{id}")
    CollectiviteDetail get(@AuthenticationPrincipal CdgUser user, @PathVariable long id) {
        return service.detail(user, id);
    }

    @Operation(summary = "Replace a collectivité's data (staff)")
    @PreAuthorize(Access.STAFF)
    @PutMapping("/{id}")
    CollectiviteDetail update(@AuthenticationPrincipal CdgUser user, @PathVariable long id, @RequestBody CollectiviteForm form) {
        service.update(id, form);
        return service.detail(user, id);
    }

    @Operation(summary = "Delete a collectivité with its agents (staff)")
    @PreAuthorize(Access.STAFF)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Declare the headcount of a year (staff, or the collectivité's référent)")
    @PreAuthorize(Access.STAFF_OR_REFERENT)
    @PutMapping("/{id}/headcounts/{year}")
    Headcount declareHeadcount(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                               @PathVariable int year, @RequestBody HeadcountForm form) {
        return service.declareHeadcount(user, id, year, form);
    }

    @GetMapping("/{id}/memberships")
    List<Membership> memberships(@AuthenticationPrincipal CdgUser user, @PathVariable long id) {
        return service.memberships(user, id);
    }

    @Operation(summary = "Add a membership to a CDG service (staff)")
    @PreAuthorize(Access.STAFF)
    @PostMapping("/{id}/memberships")
    ResponseEntity<Membership> addMembership(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                                             @RequestBody MembershipForm form) {
        var membership = service.addMembership(user, id, form);
        return ResponseEntity.created(URI.create("/api/collectivites/" + id + "/memberships")).body(membership);
    }
}
