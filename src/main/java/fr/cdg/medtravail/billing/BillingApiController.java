package fr.cdg.medtravail.billing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cdg.medtravail.security.Access;
import fr.cdg.medtravail.security.CdgUser;

/** Grids, ledgers, statements and their exports, dashboards' data, the annual activity report. */
@RestController
class BillingApiController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final BillingService service;
    private final BillingDashboard dashboard;

    BillingApiController(BillingService service, BillingDashboard dashboard) {
        this.service = service;
        this.dashboard = dashboard;
    }

    @GetMapping("/api/billing/grids")
    @PreAuthorize(Access.STAFF)
    List<TariffGrid> grids() {
        return service.grids();
    }

    @PostMapping("/api/billing/grids")
    @PreAuthorize(Access.ADMIN)
    ResponseEntity<TariffGrid> addGrid(@AuthenticationPrincipal CdgUser user, @RequestBody GridForm form) {
        var grid = service.addGrid(user, form);
        return ResponseEntity.created(URI.create("/api/billing/grids")).body(grid);
    }

    @GetMapping("/api/billing/collectivites/{id}/ledger/{year}")
    @PreAuthorize(Access.STAFF_OR_REFERENT)
    List<AbsenceLedger> ledger(@AuthenticationPrincipal CdgUser user, @PathVariable long id, @PathVariable int year) {
        return service.ledger(user, id, year);
    }

    @GetMapping("/api/billing/collectivites/{id}/drafts/{year}/{period}")
    @PreAuthorize(Access.STAFF_OR_REFERENT)
    StatementDraft draft(@AuthenticationPrincipal CdgUser user, @PathVariable long id, @PathVariable int year,
                         @PathVariable BillingPeriod period) {
        return service.draft(user, id, year, period);
    }

    @GetMapping("/api/billing/collectivites/{id}/statements/{year}")
    @PreAuthorize(Access.STAFF_OR_REFERENT)
    List<IssuedStatement> statementsOf(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                                       @PathVariable int year) {
        return service.statementsOf(user, id, year);
    }

    @PostMapping("/api/billing/collectivites/{id}/statements/{year}/{period}")
    @PreAuthorize(Access.STAFF)
    ResponseEntity<IssuedStatement> issue(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                                          @PathVariable int year, @PathVariable BillingPeriod period) {
        var issued = service.issue(user, id, year, period);
        return ResponseEntity.created(URI.create("/api/billing/statements/" + issued.id())).body(issued);
    }

    @GetMapping("/api/billing/statements/{id}")
    @PreAuthorize(Access.STAFF_OR_REFERENT)
    IssuedStatement statement(@AuthenticationPrincipal CdgUser user, @PathVariable long id) {
        return service.statement(user, id);
    }

    @GetMapping("/api/billing/statements/{id}/csv")
    @PreAuthorize(Access.STAFF_OR_REFERENT)
    ResponseEntity<String> statementCsv(@AuthenticationPrincipal CdgUser user, @PathVariable long id) {
        return download(service.csv(List.of(service.statement(user, id))), CSV, "bordereau-" + id + ".csv");
    }

    @GetMapping("/api/billing/statements/{id}/pdf")
    @PreAuthorize(Access.STAFF_OR_REFERENT)
    ResponseEntity<byte[]> statementPdf(@AuthenticationPrincipal CdgUser user, @PathVariable long id) {
        return download(service.statementPdf(user, id), MediaType.APPLICATION_PDF,
                "bordereau-" + id + ".pdf");
    }

    @PostMapping("/api/billing/statements/{id}/corrections")
    @PreAuthorize(Access.STAFF)
    ResponseEntity<IssuedStatement> correct(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                                            @RequestBody Map<String, String> body) {
        var issued = service.correct(user, id, body.get("reason"));
        return ResponseEntity.created(URI.create("/api/billing/statements/" + issued.id())).body(issued);
    }

    @GetMapping("/api/billing/periods/{year}/{period}/drafts")
    @PreAuthorize(Access.STAFF)
    List<StatementDraft> drafts(@PathVariable int year, @PathVariable BillingPeriod period) {
        return service.drafts(year, period);
    }

    @PostMapping("/api/billing/periods/{year}/{period}/statements")
    @PreAuthorize(Access.STAFF)
    IssueReport issueAll(@AuthenticationPrincipal CdgUser user, @PathVariable int year,
                         @PathVariable BillingPeriod period) {
        return service.issueAll(user, year, period);
    }

    /** The finance export: every line of every statement issued for the period. */
    @GetMapping("/api/billing/periods/{year}/{period}/export")
    @PreAuthorize(Access.STAFF)
    ResponseEntity<String> export(@PathVariable int year, @PathVariable BillingPeriod period) {
        return download(service.csv(service.statements(year, period)), CSV,
                "bordereaux-" + year + "-" + period + ".csv");
    }

    @GetMapping("/api/billing/headcount-reminders")
    @PreAuthorize(Access.STAFF)
    List<HeadcountReminder> headcountReminders(@RequestParam int year) {
        return service.headcountReminders(year, LocalDate.now());
    }

    @GetMapping("/api/billing/category-problems")
    @PreAuthorize(Access.STAFF)
    Map<Long, String> categoryProblems(@RequestParam int year) {
        return service.categoryProblems(year);
    }

    @GetMapping("/api/billing/dashboard")
    @PreAuthorize(Access.STAFF_OR_REFERENT)
    DashboardData dashboard(@AuthenticationPrincipal CdgUser user, @RequestParam int year) {
        return dashboard.data(user, year);
    }

    @GetMapping("/api/billing/activity-report/{year}/csv")
    @PreAuthorize(Access.STAFF)
    ResponseEntity<String> activityCsv(@PathVariable int year) {
        return download(dashboard.activityReport(year).csv(), CSV, "rapport-activite-" + year + ".csv");
    }

    @GetMapping("/api/billing/activity-report/{year}/pdf")
    @PreAuthorize(Access.STAFF)
    ResponseEntity<byte[]> activityPdf(@PathVariable int year) {
        return download(dashboard.activityPdf(year), MediaType.APPLICATION_PDF,
                "rapport-activite-" + year + ".pdf");
    }

    private static <T> ResponseEntity<T> download(T body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
