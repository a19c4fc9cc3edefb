package fr.cdg.medtravail.directory.professional;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import fr.cdg.medtravail.security.CdgUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cdg.medtravail.security.Access;

@Tag(name = "Professionals", description = "Health professionals, their working half-days and leaves")
@RestController
@RequestMapping("/api/professionals")
@PreAuthorize(Access.STAFF_OR_PROFESSIONAL)
class ProfessionalApiController {

    private final ProfessionalService service;

    ProfessionalApiController(ProfessionalService service) {
        this.service = service;
    }

    @Operation(summary = "All professionals, optionally of one kind")
    @GetMapping
    List<Professional> list(@AuthenticationPrincipal CdgUser user, @RequestParam(required = false) ProfessionalKind kind) {
        return service.findAll(kind).stream().map(found -> found.seenBy(user)).toList();
    }

    @PreAuthorize(Access.STAFF)
    @PostMapping
    ResponseEntity<Professional> create(@RequestBody ProfessionalForm form) {
        var professional = service.create(form);
        return ResponseEntity.created(URI.create("/api/professionals/" + professional.id())).body(professional);
    }

    @GetMapping("/{id}")
    Professional get(@AuthenticationPrincipal CdgUser user, @PathVariable long id) {
        return service.get(id).seenBy(user);
    }

    @PreAuthorize(Access.STAFF)
    @PutMapping("/{id}")
    Professional update(@PathVariable long id, @RequestBody ProfessionalForm form) {
        return service.update(id, form);
    }

    @PreAuthorize(Access.STAFF)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Leaves of a professional (staff: a leave may be a sick leave, health data)")
    @PreAuthorize(Access.STAFF)
    @GetMapping("/{id}/leaves")
    List<Leave> leaves(@PathVariable long id) {
        return service.leaves(id);
    }

    @Operation(summary = "Record a leave with half-day precision (staff); overlapping leaves are refused (409)")
    @PreAuthorize(Access.STAFF)
    @PostMapping("/{id}/leaves")
    ResponseEntity<Leave> addLeave(@PathVariable long id, @RequestBody LeaveForm form) {
        var leave = service.addLeave(id, form);
        return ResponseEntity.created(URI.create("/api/professionals/" + id + "/leaves")).body(leave);
    }

    @PreAuthorize(Access.STAFF)
    @DeleteMapping("/{id}/leaves/{leaveId}")
    ResponseEntity<Void> deleteLeave(@PathVariable long id, @PathVariable long leaveId) {
        service.deleteLeave(id, leaveId);
        return ResponseEntity.noContent().build();
    }
}
