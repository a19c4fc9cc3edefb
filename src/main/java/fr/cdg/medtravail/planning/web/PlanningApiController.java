package fr.cdg.medtravail.planning.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cdg.medtravail.directory.professional.LeaveForm;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.planning.changelog.LoggedChange;
import fr.cdg.medtravail.planning.explanation.Explanation;
import fr.cdg.medtravail.planning.explanation.ExplanationService;
import fr.cdg.medtravail.planning.horizon.HorizonService;
import fr.cdg.medtravail.planning.horizon.HorizonView;
import fr.cdg.medtravail.planning.session.PublicationService;
import fr.cdg.medtravail.planning.session.SessionMove;
import fr.cdg.medtravail.planning.session.SessionService;
import fr.cdg.medtravail.planning.session.StoredSession;
import fr.cdg.medtravail.security.Access;

/** JSON API of planning, for the secretariat. */
@RestController
@PreAuthorize(Access.STAFF)
@RequestMapping("/api/planning")
class PlanningApiController {

    record NewHorizon(String name, LocalDate start, LocalDate end) {
    }

    record AdjustmentRequest(Long collectiviteId, ProfessionalKind kind, Integer halfDays, String reason) {
    }

    record PublishRequest(String publishedBy) {
    }

    record ReplanRequest(Long professionalId, LeaveForm leave, Integer seconds) {
    }

    record ReplanResponse(long runId, List<StoredSession> sessionsNeedingDecision) {
    }

    private final HorizonService horizons;
    private final PlanningStatusService status;
    private final ExplanationService explanations;
    private final SessionService sessions;
    private final PublicationService publication;

    PlanningApiController(HorizonService horizons, PlanningStatusService status, ExplanationService explanations,
                          SessionService sessions, PublicationService publication) {
        this.horizons = horizons;
        this.status = status;
        this.explanations = explanations;
        this.sessions = sessions;
        this.publication = publication;
    }

    @PostMapping("/horizons")
    ResponseEntity<HorizonView> createHorizon(@RequestBody NewHorizon request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(horizons.create(request.name(), request.start(), request.end()));
    }

    @GetMapping("/horizons")
    List<HorizonView> horizons() {
        return horizons.horizons();
    }

    @GetMapping("/horizons/{id}")
    HorizonView horizon(@PathVariable long id) {
        return horizons.view(id);
    }

    @PutMapping("/horizons/{id}/adjustments")
    HorizonView adjust(@PathVariable long id, @RequestBody AdjustmentRequest request) {
        return horizons.adjust(id, request.collectiviteId(), request.kind(), request.halfDays(), request.reason());
    }

    @PostMapping("/horizons/{id}/runs")
    ResponseEntity<PlanningStatusService.RunStatus> start(@PathVariable long id,
                                                          @RequestParam(defaultValue = "60") int seconds) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(status.start(id, seconds));
    }

    @GetMapping("/horizons/{id}/run")
    PlanningStatusService.RunStatus status(@PathVariable long id) {
        return status.status(id);
    }

    @PostMapping("/horizons/{id}/run/stop")
    ResponseEntity<PlanningStatusService.RunStatus> stop(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(status.stop(id));
    }

    @GetMapping("/horizons/{id}/explanation")
    Explanation explanation(@PathVariable long id) {
        return explanations.explain(id);
    }

    @GetMapping("/horizons/{id}/sessions")
    List<StoredSession> sessions(@PathVariable long id) {
        horizons.horizon(id);
        return sessions.ofHorizon(id);
    }

    @PostMapping("/horizons/{id}/publish")
    PublicationService.Publication publish(@PathVariable long id,
                                           @RequestBody(required = false) PublishRequest request) {
        return publication.publish(id, request == null ? null : request.publishedBy());
    }

    @PostMapping("/horizons/{id}/replan")
    ResponseEntity<ReplanResponse> replan(@PathVariable long id, @RequestBody ReplanRequest request) {
        var needingDecision = publication.recordLeave(id, request.professionalId(), request.leave());
        var run = status.start(id, request.seconds() == null ? 30 : request.seconds());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ReplanResponse(run.runId(), needingDecision));
    }

    @PostMapping("/sessions/{id}/move")
    StoredSession move(@PathVariable long id, @RequestBody SessionMove move) {
        return publication.move(id, move);
    }

    @GetMapping("/horizons/{id}/changes")
    List<LoggedChange> changes(@PathVariable long id) {
        return publication.changes(id);
    }

}
