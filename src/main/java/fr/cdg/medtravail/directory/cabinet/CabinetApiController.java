package fr.cdg.medtravail.directory.cabinet;

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

@Tag(name = "Cabinets", description = "Places where visits happen, with their opening half-days")
@RestController
@RequestMapping("/api/cabinets")
class CabinetApiController {

    private final CabinetService service;

    CabinetApiController(CabinetService service) {
        this.service = service;
    }

    @Operation(summary = "All cabinets, optionally of one kind")
    @GetMapping
    List<Cabinet> list(@AuthenticationPrincipal CdgUser user, @RequestParam(required = false) CabinetKind kind) {
        return service.findAll(kind).stream().map(found -> found.seenBy(user)).toList();
    }

    @PreAuthorize(Access.STAFF)
    @PostMapping
    ResponseEntity<Cabinet> create(@RequestBody CabinetForm form) {
        var cabinet = service.create(form);
        return ResponseEntity.created(URI.create("/api/cabinets/" + cabinet.id())).body(cabinet);
    }

    @GetMapping("/{id}")
    Cabinet get(@AuthenticationPrincipal CdgUser user, @PathVariable long id) {
        return service.get(id).seenBy(user);
    }

    @PreAuthorize(Access.STAFF)
    @PutMapping("/{id}")
    Cabinet update(@PathVariable long id, @RequestBody CabinetForm form) {
        return service.update(id, form);
    }

    @PreAuthorize(Access.STAFF)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
