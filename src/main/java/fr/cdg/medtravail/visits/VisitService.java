package fr.cdg.medtravail.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cdg.medtravail.directory.agent.Agent;
import fr.cdg.medtravail.directory.agent.AgentFollowUp;
import fr.cdg.medtravail.directory.agent.AgentService;
import fr.cdg.medtravail.directory.collectivite.CollectiviteService;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.NotFoundException;

/**
 * Visit requests and who is due: the référent or the secretariat files requests; {@link #dueIn} and {@link #dueFor}
 * apply {@link DueVisits} to the stored agents and open requests. Confidential requests (the agent's own) are the
 * secretariat's: filed by it only, never shown to a référent.
 */
@Service
public class VisitService {

    /** What a référent may file; the agent's own request and a nurse's orientation go through the secretariat. */
    public static final Set<VisitKind> REFERENT_KINDS =
            EnumSet.of(VisitKind.RETURN, VisitKind.PRE_RETURN, VisitKind.EMPLOYER_REQUEST);

    private static final Set<VisitRequest.Status> OPEN = EnumSet.of(VisitRequest.Status.OPEN);

    private final VisitRequestRepository requests;
    private final AgentService agents;
    private final CollectiviteService collectivites;
    private final Clock clock;

    VisitService(VisitRequestRepository requests, AgentService agents, CollectiviteService collectivites,
                 Clock clock) {
        this.requests = requests;
        this.agents = agents;
        this.collectivites = collectivites;
        this.clock = clock;
    }

    @Transactional
    public VisitRequest file(CdgUser user, VisitRequestForm form) {
        var problems = new ArrayList<>(form.problems());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var agent = agents.get(user, form.agentId());
        if (!agent.active()) {
            throw new InvalidInputException("agentId", "the agent has left the collectivité");
        }
        if (!user.isStaff() && !REFERENT_KINDS.contains(form.kind())) {
            throw new InvalidInputException("kind", "a référent files RETURN, PRE_RETURN or EMPLOYER_REQUEST; the"
                    + " agent's own request and a nurse's orientation go through the secretariat");
        }
        long id = requests.insert(form, LocalDate.now(clock), user.username());
        return requests.findById(id).orElseThrow();
    }

    /** The requests of a collectivité still to be held, confidential ones for the staff only. */
    @Transactional(readOnly = true)
    public List<VisitRequest> requestsOf(CdgUser user, long collectiviteId) {
        collectivites.get(user, collectiviteId);
        return requests.ofCollectivite(collectiviteId,
                EnumSet.of(VisitRequest.Status.OPEN, VisitRequest.Status.BOOKED), user.isStaff());
    }

    @Transactional
    public void cancel(CdgUser user, long requestId) {
        var request = visible(user, requestId);
        if (!requests.move(request.id(), VisitRequest.Status.OPEN, VisitRequest.Status.CANCELLED)) {
            throw new InvalidInputException("id", "only an open request (not booked, not held) can be cancelled");
        }
    }

    /**
     * What every followed agent of a collectivité owes on {@code day}, most urgent first; confidential requests only
     * when {@code withConfidential}. Not scoped to a user: callers have checked the collectivité.
     */
    @Transactional(readOnly = true)
    public List<DueVisit> dueIn(long collectiviteId, LocalDate day, boolean withConfidential) {
        var open = requests.ofCollectivite(collectiviteId, OPEN, withConfidential).stream()
                .collect(Collectors.groupingBy(VisitRequest::agentId));
        var due = new ArrayList<DueVisit>();
        for (var agent : agents.followedOn(collectiviteId, day)) {
            due.addAll(DueVisits.dueFor(followUp(agent), open.getOrDefault(agent.id(), List.of()), day));
        }
        due.sort(DueVisit.URGENCY);
        return due;
    }

    /** What one agent owes on {@code day}, confidential requests included (the caller decides what to show). */
    @Transactional(readOnly = true)
    public List<DueVisit> dueFor(Agent agent, LocalDate day) {
        return DueVisits.dueFor(followUp(agent), requests.ofAgent(agent.id(), OPEN), day);
    }

    /** The visits every open request asks for, confidential ones included: what planning must make room for. */
    @Transactional(readOnly = true)
    public List<DueVisit> requestedVisits() {
        return requests.withStatus(VisitRequest.Status.OPEN).stream().map(DueVisits::requested).toList();
    }

    /** A request's visit was booked: it leaves the list of visits to place. */
    @Transactional
    public void requestBooked(long requestId) {
        requests.move(requestId, VisitRequest.Status.OPEN, VisitRequest.Status.BOOKED);
    }

    /** Its appointment was cancelled or the agent did not come: the request is open again. */
    @Transactional
    public void requestReopened(long requestId) {
        requests.move(requestId, VisitRequest.Status.BOOKED, VisitRequest.Status.OPEN);
    }

    @Transactional
    public void requestHeld(long requestId) {
        requests.move(requestId, VisitRequest.Status.BOOKED, VisitRequest.Status.HELD);
    }

    private VisitRequest visible(CdgUser user, long requestId) {
        return requests.findById(requestId)
                .filter(request -> user.canSeeCollectivite(request.collectiviteId()))
                .filter(request -> user.isStaff() || !request.confidential())
                .orElseThrow(() -> new NotFoundException("Visit request", requestId));
    }

    static AgentFollowUp followUp(Agent agent) {
        var details = agent.details();
        return new AgentFollowUp(agent.id(), agent.collectiviteId(), details.hireDate(),
                Boolean.TRUE.equals(details.administrativePost()), Boolean.TRUE.equals(details.smp()),
                details.smpIntervalMonths(), details.lastVipDate(), details.lastDoctorVisitDate(), details.leftOn());
    }
}
