package fr.cdg.medtravail.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cdg.medtravail.directory.collectivite.CollectiviteService;
import fr.cdg.medtravail.directory.collectivite.Membership;
import fr.cdg.medtravail.directory.professional.Leave;
import fr.cdg.medtravail.directory.professional.ProfessionalService;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.web.ConflictException;
import fr.cdg.medtravail.web.FieldProblem;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.NotFoundException;

/**
 * Grids, absence ledgers and statements. Callers have checked the role; this checks the scope: a référent reaches
 * only their collectivités (404 otherwise, as for an unknown id).
 */
@Service
public class BillingService {

    private static final int MAX_REASON = 500;

    private final BillingRepository repository;
    private final CollectiviteService collectivites;
    private final ProfessionalService professionals;
    private final BillingSettings settings;

    BillingService(BillingRepository repository, CollectiviteService collectivites, ProfessionalService professionals,
                   BillingSettings settings) {
        this.repository = repository;
        this.collectivites = collectivites;
        this.professionals = professionals;
        this.settings = settings;
    }

    /** Every version of every grid, all CDGs. */
    @Transactional(readOnly = true)
    public List<TariffGrid> grids() {
        return repository.grids(null);
    }

    /** A new version (administrator); older versions stay, and statements keep the one they were computed with. */
    @Transactional
    public TariffGrid addGrid(CdgUser user, GridForm form) {
        var problems = new ArrayList<FieldProblem>();
        if (form == null) {
            throw new InvalidInputException("cdg", "a grid is required");
        }
        required(problems, "cdg", form.cdg());
        required(problems, "mission", form.mission());
        required(problems, "validFrom", form.validFrom());
        required(problems, "surchargeRule", form.surchargeRule());
        if (form.validFrom() != null && form.validUntil() != null && form.validUntil().isBefore(form.validFrom())) {
            problems.add(FieldProblem.of("validUntil", "must not be before validFrom"));
        }
        if (form.surchargeThreshold() == null || form.surchargeThreshold().signum() < 0
                || form.surchargeThreshold().compareTo(BigDecimal.valueOf(100)) > 0
                || form.surchargeThreshold().scale() > 2) {
            problems.add(FieldProblem.of("surchargeThreshold", "a percentage between 0 and 100, such as 5"));
        }
        if (form.source() == null || form.source().isBlank() || form.source().length() > 300) {
            problems.add(FieldProblem.of("source", "the deliberation or offer the prices come from (300 characters at most)"));
        }
        if (form.prices() == null || form.prices().isEmpty()) {
            problems.add(FieldProblem.of("prices", "at least one price"));
        } else {
            form.prices().forEach((item, amount) -> {
                if (item == null || amount == null || amount.signum() < 0 || amount.scale() > 4
                        || amount.compareTo(BigDecimal.valueOf(100_000_000)) >= 0) {
                    problems.add(FieldProblem.of("prices." + item, "a non-negative amount with 4 decimals at most"));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.insertGrid(form, user.username());
        return repository.grids(form.cdg()).stream().filter(grid -> grid.id() == id).findFirst().orElseThrow();
    }

    /** The year's, the first and the second semester's ledgers of a collectivité. */
    @Transactional(readOnly = true)
    public List<AbsenceLedger> ledger(CdgUser user, long collectiviteId, int year) {
        collectivites.get(user, collectiviteId);
        checkYear(year);
        var days = repository.attendance(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), List.of(collectiviteId));
        return List.of(BillingPeriod.values()).stream()
                .map(period -> AbsenceLedger.of(collectiviteId, year, period, days)).toList();
    }

    /** The ledgers of the year of every collectivité the user sees that had visits. */
    @Transactional(readOnly = true)
    public List<AbsenceLedger> ledgers(CdgUser user, int year) {
        checkYear(year);
        var scope = user.isStaff() ? null : user.collectiviteIds();
        var days = repository.attendance(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), scope);
        return days.stream().map(AttendanceDay::collectiviteId).distinct().sorted()
                .map(id -> AbsenceLedger.of(id, year, BillingPeriod.YEAR, days)).toList();
    }

    /** The statement a period would get if issued now. */
    @Transactional(readOnly = true)
    public StatementDraft draft(CdgUser user, long collectiviteId, int year, BillingPeriod period) {
        collectivites.get(user, collectiviteId);
        checkYear(year);
        var biller = repository.billers(year, collectiviteId).stream().findFirst().orElseThrow(() ->
                new ConflictException("The collectivité has no preventive membership in " + year));
        return compute(year, period, List.of(biller)).get(0);
    }

    /**
     * Every member's statement of a period, computed in one pass: a handful of queries (members, grids, attendance,
     * acts; on S2 the sector professionals and leaves) whatever the number of members.
     */
    @Transactional(readOnly = true)
    public List<StatementDraft> drafts(int year, BillingPeriod period) {
        checkYear(year);
        return compute(year, period, repository.billers(year, null).stream()
                .filter(biller -> period != BillingPeriod.YEAR || biller.headcount() != null).toList());
    }

    /** Issues a collectivité's statement of a period: once; afterwards, corrections only. */
    @Transactional
    public IssuedStatement issue(CdgUser user, long collectiviteId, int year, BillingPeriod period) {
        var draft = draft(user, collectiviteId, year, period);
        repository.lockIssuing();
        if (repository.originalExists(collectiviteId, year, period)) {
            throw new ConflictException("The statement of " + year + " " + period
                    + " is already issued; issue a correction of it");
        }
        return repository.statement(repository.insertStatement(draft, user.username(), null, null)).orElseThrow();
    }

    /** Issues every member's statement of a period not issued yet; members without a headcount are listed. */
    @Transactional
    public IssueReport issueAll(CdgUser user, int year, BillingPeriod period) {
        checkYear(year);
        repository.lockIssuing();
        var billers = repository.billers(year, null);
        var already = repository.statements(year, period).stream().map(IssuedStatement::collectiviteId)
                .collect(Collectors.toSet());
        var skipped = new ArrayList<IssueReport.Skipped>();
        var ready = new ArrayList<Biller>();
        for (var biller : billers) {
            if (already.contains(biller.collectiviteId())) {
                continue;
            }
            if (period == BillingPeriod.YEAR && biller.headcount() == null) {
                skipped.add(new IssueReport.Skipped(biller.collectiviteId(), biller.name(),
                        "effectif " + year + " non déclaré"));
            } else {
                ready.add(biller);
            }
        }
        var issued = compute(year, period, ready).stream()
                .map(draft -> repository.insertStatement(draft, user.username(), null, null)).toList();
        return new IssueReport(year, period, issued, skipped);
    }

    /** A new statement, computed from today's data, replacing an issued one (which stays as it was). */
    @Transactional
    public IssuedStatement correct(CdgUser user, long statementId, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "why the statement is corrected (500 characters at most)");
        }
        var corrected = statement(user, statementId);
        repository.lockIssuing();
        if (repository.corrected(statementId)) {
            throw new ConflictException("Statement " + statementId + " was already corrected; correct the latest one");
        }
        var draft = draft(user, corrected.collectiviteId(), corrected.year(), corrected.period());
        return repository.statement(repository.insertStatement(draft, user.username(), statementId, reason.trim()))
                .orElseThrow();
    }

    @Transactional(readOnly = true)
    public IssuedStatement statement(CdgUser user, long id) {
        return repository.statement(id).filter(s -> user.canSeeCollectivite(s.collectiviteId()))
                .orElseThrow(() -> new NotFoundException("Statement", id));
    }

    /** An issued statement as a PDF. */
    @Transactional(readOnly = true)
    public byte[] statementPdf(CdgUser user, long id) {
        return StatementExport.pdf(statement(user, id));
    }

    /** Issued statements as CSV: one of them, or a period's (the finance export). */
    public String csv(List<IssuedStatement> statements) {
        return StatementExport.csv(statements);
    }

    /** A collectivité's issued statements of a year. */
    @Transactional(readOnly = true)
    public List<IssuedStatement> statementsOf(CdgUser user, long collectiviteId, int year) {
        collectivites.get(user, collectiviteId);
        return repository.statementsOf(collectiviteId, year);
    }

    /** Every statement issued for a period (the finance export). */
    @Transactional(readOnly = true)
    public List<IssuedStatement> statements(int year, BillingPeriod period) {
        checkYear(year);
        return repository.statements(year, period);
    }

    /** Members whose preventive tariff category disagrees with their affiliation or secretariat. */
    @Transactional(readOnly = true)
    public Map<Long, String> categoryProblems(int year) {
        checkYear(year);
        return repository.billers(year, null).stream().filter(b -> b.categoryProblem() != null)
                .collect(Collectors.toMap(Biller::collectiviteId, b -> b.name() + " : " + b.categoryProblem()));
    }

    /** Members still to declare the year's headcount, late after 31 March. */
    @Transactional(readOnly = true)
    public List<HeadcountReminder> headcountReminders(int year, LocalDate today) {
        checkYear(year);
        var due = LocalDate.of(year, 3, 31);
        return repository.billers(year, null).stream().filter(b -> b.headcount() == null)
                .map(b -> new HeadcountReminder(b.collectiviteId(), b.name(), year, due, today.isAfter(due)))
                .toList();
    }

    /** Every version of this CDG's preventive-medicine grid: those the statements and the dashboards price with. */
    List<TariffGrid> preventiveGrids() {
        return repository.grids(settings.cdg()).stream()
                .filter(grid -> grid.mission() == Membership.Service.PREVENTIVE).toList();
    }

    private List<StatementDraft> compute(int year, BillingPeriod period, List<Biller> billers) {
        if (billers.isEmpty()) {
            return List.of();
        }
        var grids = preventiveGrids();
        Collection<Long> ids = billers.size() == 1 ? List.of(billers.get(0).collectiviteId()) : null;
        Map<Long, List<AttendanceDay>> days = period == BillingPeriod.YEAR ? Map.of()
                : repository.attendance(LocalDate.of(year, 1, 1), period.lastDay(year), ids).stream()
                        .collect(Collectors.groupingBy(AttendanceDay::collectiviteId));
        Map<Long, List<ActCharge>> acts = period == BillingPeriod.YEAR ? Map.of()
                : repository.acts(year, ids).stream().collect(Collectors.groupingBy(ActCharge::collectiviteId));
        var leaves = period == BillingPeriod.S2 ? sectorLeaves(year, ids) : Map.<Long, List<ContinuityReduction.Span>>of();
        return billers.stream().map(biller -> StatementRules.compute(year, period, biller, grids,
                days.getOrDefault(biller.collectiviteId(), List.of()),
                acts.getOrDefault(biller.collectiviteId(), List.of()),
                leaves.getOrDefault(biller.collectiviteId(), List.of()))).toList();
    }

    /** Collectivité → the leaves of its sector professional, from the year before (an absence may span both). */
    private Map<Long, List<ContinuityReduction.Span>> sectorLeaves(int year, Collection<Long> ids) {
        var sector = repository.sectorProfessionals(year, ids);
        var byProfessional = professionals.leavesBetween(LocalDate.of(year - 1, 1, 1), LocalDate.of(year, 12, 31))
                .stream().collect(Collectors.groupingBy(Leave::professionalId, Collectors.mapping(
                        leave -> new ContinuityReduction.Span(leave.startDate(), leave.endDate()), Collectors.toList())));
        return sector.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> byProfessional.getOrDefault(entry.getValue(), List.of())));
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "must be between 2000 and 2100");
        }
    }

    private static void required(List<FieldProblem> problems, String field, Object value) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "is required"));
        }
    }
}
