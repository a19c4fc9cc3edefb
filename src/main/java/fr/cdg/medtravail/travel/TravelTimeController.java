package fr.cdg.medtravail.travel;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cdg.medtravail.security.Access;
import fr.cdg.medtravail.security.CdgUser;

@RestController
class TravelTimeController {

    private final TravelTimeService service;

    TravelTimeController(TravelTimeService service) {
        this.service = service;
    }

    /** Cabinets within {@code maxMinutes} of the collectivité (convention MEDPREV art. 2.2: one hour), nearest first. */
    @GetMapping("/api/collectivites/{id}/reachable-cabinets")
    List<ReachableCabinet> reachableCabinets(@PathVariable long id,
                                             @RequestParam(defaultValue = "60") int maxMinutes,
                                             @AuthenticationPrincipal CdgUser user) {
        return service.reachableCabinets(user, id, maxMinutes);
    }

    /** Recomputes every estimate, e.g. after changing {@code medtravail.travel.*}; imported times are kept. */
    @PostMapping("/api/travel-times/recompute")
    @PreAuthorize(Access.STAFF)
    TravelTimeRecomputation recompute() {
        return service.recomputeAll();
    }
}
