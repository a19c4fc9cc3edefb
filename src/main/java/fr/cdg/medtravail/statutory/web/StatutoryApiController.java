package fr.cdg.medtravail.statutory.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cdg.medtravail.directory.collectivite.StatutoryQuotaBasis;
import fr.cdg.medtravail.security.Access;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.statutory.OutcomeForm;
import fr.cdg.medtravail.statutory.QuotaBasisForm;
import fr.cdg.medtravail.statutory.RequestForm;
import fr.cdg.medtravail.statutory.RequestView;
import fr.cdg.medtravail.statutory.StatutoryService;
import fr.cdg.medtravail.statutory.domain.QuotaStatement;
import fr.cdg.medtravail.web.NotFoundException;

/** Statutory requests, deadlines, doctors' days and quotas (convention MSC). */
@RestController
class StatutoryApiController {

    private final StatutoryService service;

    StatutoryApiController(StatutoryService service) {
        this.service = service;
    }

    /** The deadline on the calendar alone, for the secretariat on the phone. */
    @GetMapping("/api/statutory/deadline")
    Map<String, LocalDate> deadline(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                                    @RequestParam(required = false) Integer kind) {
        return Map.of("dueOn", service.dueOn(receivedOn, kind));
    }

    @PostMapping("/api/statutory/requests")
    @PreAuthorize(Access.STAFF_OR_REFERENT)
    ResponseEntity<RequestView> file(@AuthenticationPrincipal CdgUser user, @RequestBody RequestForm form) {
        var filed = service.file(user, form);
        return ResponseEntity.created(URI.create("/api/statutory/requests/" + filed.id())).body(filed);
    }

    @GetMapping("/api/statutory/requests")
    @PreAuthorize(Access.STAFF_OR_REFERENT)
    List<RequestView> list(@AuthenticationPrincipal CdgUser user, @RequestParam(required = false) Long collectiviteId,
                           @RequestParam(defaultValue = "false") boolean pendingOnly) {
        return service.list(user, collectiviteId, pendingOnly);
    }

    @GetMapping("/api/statutory/requests/{id}")
    RequestView get(@AuthenticationPrincipal CdgUser user, @PathVariable long id) {
        return service.get(user, id);
    }

    @PostMapping("/api/statutory/requests/{id}/confirm")
    @PreAuthorize(Access.STAFF)
    RequestView confirm(@PathVariable long id) {
        return service.confirm(id);
    }

    @PostMapping("/api/statutory/requests/{id}/cancel")
    @PreAuthorize(Access.STAFF_OR_REFERENT)
    RequestView cancel(@AuthenticationPrincipal CdgUser user, @PathVariable long id) {
        return service.cancel(user, id);
    }

    @PostMapping("/api/statutory/requests/{id}/outcome")
    @PreAuthorize(Access.STAFF)
    RequestView outcome(@AuthenticationPrincipal CdgUser user, @PathVariable long id, @RequestBody OutcomeForm form) {
        return service.recordOutcome(user, id, form);
    }

    @GetMapping("/api/statutory/collectivites/{id}/quota/{year}")
    @PreAuthorize(Access.STAFF_OR_REFERENT)
    QuotaStatement quota(@AuthenticationPrincipal CdgUser user, @PathVariable long id, @PathVariable int year) {
        return service.quota(user, id, year)
                .orElseThrow(() -> new NotFoundException("Statutory membership of collectivité " + id + " in", year));
    }

    @PutMapping("/api/statutory/collectivites/{id}/quota/{year}")
    @PreAuthorize(Access.STAFF)
    StatutoryQuotaBasis declareQuotaBasis(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                                          @PathVariable int year, @RequestBody QuotaBasisForm form) {
        return service.declareQuotaBasis(user, id, year, form);
    }

    @GetMapping("/api/statutory/doctors/{id}/day")
    @PreAuthorize(Access.STAFF_OR_PROFESSIONAL)
    List<RequestView> doctorDay(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return service.doctorDay(user, id, date);
    }
}
