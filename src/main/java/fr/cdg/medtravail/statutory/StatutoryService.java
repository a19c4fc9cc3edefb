package fr.cdg.medtravail.statutory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cdg.medtravail.audit.AuditAction;
import fr.cdg.medtravail.audit.AuditTrail;
import fr.cdg.medtravail.calendar.CalendarSettings;
import fr.cdg.medtravail.directory.agent.AgentService;
import fr.cdg.medtravail.directory.cabinet.CabinetKind;
import fr.cdg.medtravail.directory.cabinet.CabinetService;
import fr.cdg.medtravail.directory.collectivite.CollectiviteService;
import fr.cdg.medtravail.directory.collectivite.StatutoryQuotaBasis;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.directory.professional.ProfessionalService;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.statutory.domain.ApprovedDoctor;
import fr.cdg.medtravail.statutory.domain.QuotaStatement;
import fr.cdg.medtravail.statutory.domain.RequestStatus;
import fr.cdg.medtravail.statutory.domain.StatutoryDeadlines;
import fr.cdg.medtravail.statutory.domain.StatutoryKind;
import fr.cdg.medtravail.statutory.domain.StatutoryPlace;
import fr.cdg.medtravail.statutory.domain.StatutoryRequest;
import fr.cdg.medtravail.statutory.persistence.StatutoryRepository;
import fr.cdg.medtravail.statutory.solver.PlanInput;
import fr.cdg.medtravail.statutory.solver.StatutoryPlanner;
import fr.cdg.medtravail.travel.ReachableCabinet;
import fr.cdg.medtravail.travel.TravelTimeService;
import fr.cdg.medtravail.web.ConflictException;
import fr.cdg.medtravail.web.FieldProblem;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.NotFoundException;

/**
 * Statutory requests: filed by a référent or the secretariat, given an appointment at once (the open requests are
 * re-planned, confirmed appointments stay), confirmed, visited, counted on the quota. Requests are agent data: a
 * référent sees those of their collectivités, an approved doctor those of their appointments, anyone else the same
 * 404 as for an unknown id; every read is audited.
 */
@Service
public class StatutoryService {

    private static final String SUBJECT = "STATUTORY_REQUEST";
    private static final int MAX_LIST = 500;

    private final StatutoryRepository requests;
    private final AgentService agents;
    private final CollectiviteService collectivites;
    private final ProfessionalService professionals;
    private final CabinetService cabinets;
    private final TravelTimeService travel;
    private final AuditTrail audit;
    private final StatutorySettings settings;
    private final StatutoryDeadlines deadlines;
    private final StatutoryPlanner planner;

    StatutoryService(StatutoryRepository requests, AgentService agents, CollectiviteService collectivites,
                     ProfessionalService professionals, CabinetService cabinets, TravelTimeService travel,
                     AuditTrail audit, StatutorySettings settings, CalendarSettings calendar) {
        this.requests = requests;
        this.agents = agents;
        this.collectivites = collectivites;
        this.professionals = professionals;
        this.cabinets = cabinets;
        this.travel = travel;
        this.audit = audit;
        this.settings = settings;
        this.deadlines = new StatutoryDeadlines(calendar.calendar(), settings.cutOff(), settings.zone());
        this.planner = new StatutoryPlanner(settings.solverMillis());
    }

    public LocalDate today() {
        return LocalDate.now(settings.zone());
    }

    /** The due date on the calendar alone, for a request received on that day. */
    public LocalDate dueOn(LocalDate receivedOn, Integer kind) {
        if (receivedOn == null) {
            throw new InvalidInputException("receivedOn", "required, as YYYY-MM-DD");
        }
        return deadlines.dueOn(receivedOn, kindOf(kind));
    }

    @Transactional
    public RequestView file(CdgUser user, RequestForm form) {
        var problems = new ArrayList<FieldProblem>();
        if (form.agentId() == null) {
            problems.add(FieldProblem.of("agentId", "required"));
        }
        var kind = form.kind() == null ? null : StatutoryKind.ofNumber(form.kind()).orElse(null);
        if (kind == null) {
            problems.add(FieldProblem.of("kind", "must be one of the 17 kinds of the convention, 1 to 17"));
        } else if (form.rpiAti() && !kind.expertise()) {
            problems.add(FieldProblem.of("rpiAti", "an RPI/ATI supplement applies to expertises only (kinds 7–11, 17)"));
        } else if (form.writtenReport() && kind.expertise()) {
            problems.add(FieldProblem.of("writtenReport", "an expertise comes with its report; a written report is asked for controls"));
        }
        if (form.context() != null && form.context().length() > RequestForm.MAX_CONTEXT) {
            problems.add(FieldProblem.of("context", "at most " + RequestForm.MAX_CONTEXT + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var agent = agents.get(user, form.agentId());
        var receivedAt = Instant.now();
        var receivedOn = deadlines.receivedOn(receivedAt);
        if (!collectivites.statutoryMemberOn(agent.collectiviteId(), receivedOn)) {
            throw new InvalidInputException("agentId", "the agent's collectivité has no statutory membership on " + receivedOn);
        }
        var deadline = deadlines.deadline(receivedOn, kind, approvedDoctors());
        long id = requests.insert(agent.collectiviteId(), agent.id(), kind, form.rpiAti(), form.writtenReport(),
                form.context(), receivedAt, deadline, user.username());
        replan();
        return view(requests.findById(id).orElseThrow());
    }

    public RequestView get(CdgUser user, long id) {
        var request = requests.findById(id).filter(r -> canSee(user, r)).orElseThrow(() -> new NotFoundException("Request", id));
        audit.record(AuditAction.READ, SUBJECT, id, request.collectiviteId(), Map.of("agentId", request.agentId()));
        return view(request);
    }

    /** Requests the user may see, nearest deadline first; {@code collectiviteId} narrows to one collectivité. */
    public List<RequestView> list(CdgUser user, Long collectiviteId, boolean pendingOnly) {
        if (collectiviteId != null) {
            collectivites.get(user, collectiviteId);
        }
        var scope = collectiviteId != null ? List.of(collectiviteId)
                : user.role() == Role.REFERENT ? List.copyOf(user.collectiviteIds()) : null;
        var found = requests.find(scope, pendingOnly, MAX_LIST);
        var detail = new LinkedHashMap<String, Object>();
        detail.put("count", found.size());
        audit.record(AuditAction.READ, SUBJECT + "_LIST", null, collectiviteId, detail);
        return found.stream().map(this::view).toList();
    }

    @Transactional
    public RequestView confirm(long id) {
        var request = requests.findById(id).orElseThrow(() -> new NotFoundException("Request", id));
        if (!requests.changeStatus(id, RequestStatus.PROPOSED, RequestStatus.CONFIRMED, null)) {
            throw new ConflictException("Request " + id + " has no proposed appointment to confirm (" + request.status() + ")");
        }
        return view(requests.findById(id).orElseThrow());
    }

    @Transactional
    public RequestView cancel(CdgUser user, long id) {
        var request = requests.findById(id).filter(r -> canSee(user, r)).orElseThrow(() -> new NotFoundException("Request", id));
        if (!request.status().pending() || !requests.changeStatus(id, request.status(), RequestStatus.CANCELLED, null)) {
            throw new ConflictException("Request " + id + " is " + request.status() + ": nothing to cancel");
        }
        replan();
        return view(requests.findById(id).orElseThrow());
    }

    /** Records the visit (or the absence) of a confirmed appointment, and rewrites the year's act lines. */
    @Transactional
    public RequestView recordOutcome(CdgUser user, long id, OutcomeForm form) {
        var request = requests.findById(id).orElseThrow(() -> new NotFoundException("Request", id));
        if (form.outcome() != RequestStatus.DONE && form.outcome() != RequestStatus.ABSENT) {
            throw new InvalidInputException("outcome", "DONE or ABSENT");
        }
        if (form.outcome() == RequestStatus.ABSENT && form.absenceAnnounced() == null) {
            throw new InvalidInputException("absenceAnnounced", "say whether the absence was announced 48 h before");
        }
        var announced = form.outcome() == RequestStatus.ABSENT ? form.absenceAnnounced() : null;
        if (!requests.changeStatus(id, RequestStatus.CONFIRMED, form.outcome(), announced)) {
            throw new ConflictException("Request " + id + " has no confirmed appointment (" + request.status() + ")");
        }
        int year = request.appointment().startsAt().getYear();
        collectivites.statutoryQuotaBasis(user, request.collectiviteId(), year).ifPresent(basis ->
                requests.replaceActLines(request.collectiviteId(), year, statement(request.collectiviteId(), year, basis).lines()));
        return view(requests.findById(id).orElseThrow());
    }

    /** The year's quota statement; empty when the collectivité (visible to the user) had no statutory membership. */
    public Optional<QuotaStatement> quota(CdgUser user, long collectiviteId, int year) {
        return collectivites.statutoryQuotaBasis(user, collectiviteId, year)
                .map(basis -> statement(collectiviteId, year, basis));
    }

    /** The quota's use of a collectivité (visible to the user), for dashboards; empty without statutory membership. */
    public Optional<QuotaUse> quotaUse(CdgUser user, long collectiviteId, int year) {
        return quota(user, collectiviteId, year).map(q -> new QuotaUse(collectiviteId, year, q.entitledSlots(),
                q.consumedSlots(), (int) q.entries().stream().filter(e -> !e.covered()).count(), q.billedTotal()));
    }

    public StatutoryQuotaBasis declareQuotaBasis(CdgUser user, long collectiviteId, int year, QuotaBasisForm form) {
        return collectivites.declareStatutoryQuotaBasis(user, collectiviteId, year, form.permanentHeadcount(), form.quotaRate());
    }

    /** An approved doctor's statutory day: staff see any doctor's, a doctor only their own. */
    public List<RequestView> doctorDay(CdgUser user, long doctorId, LocalDate day) {
        var doctor = professionals.get(doctorId);
        boolean allowed = user.isStaff() || user.role() == Role.PROFESSIONAL && Long.valueOf(doctorId).equals(user.professionalId());
        if (!allowed || doctor.details().kind() != ProfessionalKind.APPROVED_DOCTOR) {
            throw new NotFoundException("Approved doctor", doctorId);
        }
        var found = requests.doctorDay(doctorId, day);
        audit.record(AuditAction.READ, SUBJECT + "_DAY", doctorId, null, Map.of("day", day.toString(), "count", found.size()));
        return found.stream().map(this::view).toList();
    }

    public String doctorName(long doctorId) {
        var details = professionals.get(doctorId).details();
        return "Dr " + details.firstName() + " " + details.lastName();
    }

    /**
     * Sends the convocations due: proposals whose visit is {@code convocationWorkingDays} working days away or
     * nearer are confirmed and no longer move. Until then a mandatory request filed later may take their time, which
     * is what keeps mandatory requests within their deadlines when summer leaves thin out the doctors.
     */
    @Scheduled(cron = "${medtravail.statutory.convocation-cron:0 0 7 * * MON-FRI}", zone = "Europe/Paris")
    @Transactional
    public int confirmDueProposals() {
        requests.lockPlanning();
        return confirmProposalsInNotice();
    }

    private int confirmProposalsInNotice() {
        return requests.confirmProposalsUpTo(deadlines.calendar().addWorkingDays(today(), settings.convocationWorkingDays()));
    }

    /**
     * Gives every open request an appointment before its deadline, or the obstacle; confirmed ones stay, and so do
     * proposals inside the convocation notice (confirmed first, had the morning's run not done it yet).
     */
    private void replan() {
        requests.lockPlanning();
        confirmProposalsInNotice();
        var doctors = approvedDoctors();
        var open = requests.open();
        var kinds = requests.openKinds();
        for (var request : open) {
            requests.updateDeadline(request.id(), deadlines.deadline(request.receivedOn(), kinds.get(request.id()), doctors));
        }
        open = requests.open();
        var places = cabinets.findAll(null).stream()
                .filter(cabinet -> cabinet.details().kind() != CabinetKind.TELECONSULTATION)
                .map(cabinet -> new StatutoryPlace(cabinet.id(), cabinet.details().name(), cabinet.details().rooms(),
                        cabinet.details().openingHalfDays(), cabinet.details().kind() == CabinetKind.CDG_PREMISES))
                .toList();
        var minutes = new HashMap<Long, Map<Long, Integer>>();
        for (var request : open) {
            minutes.computeIfAbsent(request.collectiviteId(), id -> {
                var byCabinet = new HashMap<Long, Integer>();
                for (ReachableCabinet cabinet : travel.reachableCabinets(id, 24 * 60)) {
                    byCabinet.put(cabinet.cabinetId(), cabinet.minutes());
                }
                return byCabinet;
            });
        }
        var today = today();
        var input = new PlanInput(today, deadlines.calendar(), doctors, places, minutes, requests.confirmed(today),
                open, settings.maxTravelMinutes());
        planner.plan(input).forEach(decision -> requests.savePlan(decision.requestId(), decision.appointment(), decision.obstacle()));
    }

    private List<ApprovedDoctor> approvedDoctors() {
        return professionals.findAll(ProfessionalKind.APPROVED_DOCTOR).stream()
                .filter(p -> p.details().active())
                .map(p -> new ApprovedDoctor(p.id(), "Dr " + p.details().lastName(), p.details().weeklyHalfDays(),
                        professionals.leaves(p.id())))
                .toList();
    }

    private QuotaStatement statement(long collectiviteId, int year, StatutoryQuotaBasis basis) {
        boolean permanent = basis.permanentHeadcount() != null;
        int headcount = permanent ? basis.permanentHeadcount() : basis.headcount() == null ? 0 : basis.headcount();
        return QuotaStatement.of(year, headcount, permanent, basis.quotaRate(), requests.visits(collectiviteId, year),
                settings.tariffs());
    }

    private boolean canSee(CdgUser user, StatutoryRequest request) {
        if (user.role() == Role.PROFESSIONAL) {
            return request.appointment() != null && Long.valueOf(request.appointment().doctorId()).equals(user.professionalId());
        }
        return user.canSeeCollectivite(request.collectiviteId());
    }

    private static StatutoryKind kindOf(Integer kind) {
        return StatutoryKind.ofNumber(kind == null ? 0 : kind)
                .orElseThrow(() -> new InvalidInputException("kind", "must be one of the 17 kinds of the convention, 1 to 17"));
    }

    RequestView view(StatutoryRequest r) {
        var today = today();
        var deadline = r.deadline();
        var appointment = r.appointment() == null ? null : new RequestView.Visit(r.appointment().doctorId(),
                r.doctorName(), r.appointment().cabinetId(), r.placeName(), r.appointment().startsAt(), r.appointment().minutes());
        var visitDay = r.appointment() == null ? null : r.appointment().startsAt().toLocalDate();
        boolean pending = r.status().pending();
        boolean late = pending && (deadline.dueOn().isBefore(today) || visitDay != null && visitDay.isAfter(deadline.dueOn()));
        boolean atRisk = pending && !late && (r.obstacle() != null
                || r.status() != RequestStatus.CONFIRMED && !deadlines.calendar().addWorkingDays(today, 2).isBefore(deadline.dueOn()));
        return new RequestView(r.id(), r.collectiviteId(), r.collectiviteName(), r.agentId(), r.agentName(),
                r.kind().number(), r.kind().label(), r.kind().category(), r.kind().mandatory(), r.rpiAti(),
                r.writtenReport(), r.context(), r.receivedAt(), deadline.receivedOn(), deadline.calendarDueOn(),
                deadline.dueOn(), deadline.suspended(), r.status(), r.status().label(), appointment, r.obstacle(),
                r.obstacle() == null ? null : r.obstacle().label(),
                visitDay == null || r.kind().expertise() ? null : deadlines.opinionDueOn(visitDay),
                visitDay == null || !r.kind().expertise() ? null : deadlines.reportDueOn(visitDay), late, atRisk);
    }
}
