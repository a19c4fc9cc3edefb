package fr.cdg.medtravail.planning.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.cdg.medtravail.planning.PlanningService;
import fr.cdg.medtravail.planning.domain.ProfessionalKind;
import fr.cdg.medtravail.planning.persistence.PlanningRepository;
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

/** JSON API of planning (issue 3), for the secretariat. */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
@RequestMapping("/api/planning")
class PlanningApiController {

    record NewHorizon(String name, LocalDate start, LocalDate end) {
    }

    record AdjustmentRequest(Long collectiviteId, ProfessionalKind kind, Integer halfDays, String reason) {
    }

    record PublishRequest(String publishedBy) {
    }

    record ReplanRequest(Long professionalId, PlanningService.Leave leave, Integer seconds) {
    }

    record ReplanResponse(long runId, List<PlanningRepository.StoredSession> sessionsNeedingDecision) {
    }

    private final PlanningService planning;
    private final PlanningStatusService status;

    PlanningApiController(PlanningService planning, PlanningStatusService status) {
        this.planning = planning;
        this.status = status;
    }

    @PostMapping("/horizons")
    ResponseEntity<PlanningService.HorizonView> createHorizon(@RequestBody NewHorizon request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(planning.createHorizon(request.name(), request.start(), request.end()));
    }

    @GetMapping("/horizons")
    List<PlanningService.HorizonView> horizons() {
        return planning.horizons();
    }

    @GetMapping("/horizons/{id}")
    PlanningService.HorizonView horizon(@PathVariable long id) {
        return planning.view(id);
    }

    @PutMapping("/horizons/{id}/adjustments")
    PlanningService.HorizonView adjust(@PathVariable long id, @RequestBody AdjustmentRequest request) {
        return planning.adjust(id, request.collectiviteId(), request.kind(), request.halfDays(), request.reason());
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
    PlanningService.Explanation explanation(@PathVariable long id) {
        return planning.explain(id);
    }

    @GetMapping("/horizons/{id}/sessions")
    List<PlanningRepository.StoredSession> sessions(@PathVariable long id) {
        return status.sessions(id);
    }

    @PostMapping("/horizons/{id}/publish")
    Map<String, Integer> publish(@PathVariable long id, @RequestBody(required = false) PublishRequest request) {
        return Map.of("published", planning.publish(id, request == null ? null : request.publishedBy()));
    }

    @PostMapping("/horizons/{id}/replan")
    ResponseEntity<ReplanResponse> replan(@PathVariable long id, @RequestBody ReplanRequest request) {
        var needingDecision = planning.recordLeave(id, request.professionalId(), request.leave());
        var run = status.start(id, request.seconds() == null ? 30 : request.seconds());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ReplanResponse(run.runId(), needingDecision));
    }

    @PostMapping("/sessions/{id}/move")
    PlanningRepository.StoredSession move(@PathVariable long id, @RequestBody PlanningService.Move move) {
        return planning.move(id, move);
    }

    @GetMapping("/horizons/{id}/changes")
    List<Map<String, Object>> changes(@PathVariable long id) {
        return status.changes(id);
    }

}
