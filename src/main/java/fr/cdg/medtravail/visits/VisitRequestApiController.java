package fr.cdg.medtravail.visits;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.cdg.medtravail.security.Access;
import fr.cdg.medtravail.security.CdgUser;

@Tag(name = "Visit requests", description = "Return, pre-return and requested visits filed by référents and the secretariat")
@RestController
@PreAuthorize(Access.STAFF_OR_REFERENT)
class VisitRequestApiController {

    private final VisitService service;

    VisitRequestApiController(VisitService service) {
        this.service = service;
    }

    @Operation(summary = "File a visit request (confidential ones: the secretariat only)")
    @PostMapping("/api/visit-requests")
    ResponseEntity<VisitRequest> file(@AuthenticationPrincipal CdgUser user, @RequestBody VisitRequestForm form) {
        var request = service.file(user, form);
        return ResponseEntity.created(URI.create("/api/visit-requests/" + request.id())).body(request);
    }

    @Operation(summary = "Open and booked requests of a collectivité's agents")
    @GetMapping("/api/collectivites/{id}/visit-requests")
    List<VisitRequest> list(@AuthenticationPrincipal CdgUser user, @PathVariable long id) {
        return service.requestsOf(user, id);
    }

    @Operation(summary = "Cancel an open request")
    @DeleteMapping("/api/visit-requests/{id}")
    ResponseEntity<Void> cancel(@AuthenticationPrincipal CdgUser user, @PathVariable long id) {
        service.cancel(user, id);
        return ResponseEntity.noContent().build();
    }
}
