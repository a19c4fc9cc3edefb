package fr.cdg.medtravail.visits;

import static fr.cdg.medtravail.directory.professional.ProfessionalKind.NURSE;
import static fr.cdg.medtravail.directory.professional.ProfessionalKind.OCCUPATIONAL_DOCTOR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.cdg.medtravail.directory.agent.AgentFollowUp;

/**
 * Who is due for which visit (004_eed9b1a805c65280.txt, convention MEDPREV, article 1; DOMAIN.md "Visit types"): the
 * one engine behind the référent's "agents to place", booking checks and planning demand.
 * <ul>
 *   <li>an agent never seen owes a hiring visit from the hire date, whenever they were hired: a doctor, or a nurse
 *   (preferred) for an administrative post;</li>
 *   <li>an agent under special surveillance (SMP) is seen at the doctor's interval, never more than 24 months apart,
 *   alternately by a nurse and a doctor: whoever did not see them last;</li>
 *   <li>every other agent owes an information and prevention visit (VIP) 2 years after the last periodic visit, by
 *   a nurse (preferred) or a doctor;</li>
 *   <li>a request (return, pre-return, the agent's, the employer's, a nurse's orientation) is due on its own date,
 *   by the professionals its kind allows.</li>
 * </ul>
 */
public final class DueVisits {

    public static final int VIP_INTERVAL_MONTHS = 24;
    /** The doctor sets the SMP interval, but never beyond the 2 years every agent is owed. */
    public static final int MAX_SMP_INTERVAL_MONTHS = VIP_INTERVAL_MONTHS;

    private DueVisits() {
    }

    /** The agent's next calendar visit (hiring, SMP or VIP), or empty for an agent who has left by {@code today}. */
    public static Optional<DueVisit> periodic(AgentFollowUp agent, LocalDate today) {
        if (!agent.activeOn(today)) {
            return Optional.empty();
        }
        if (agent.neverSeen()) {
            var allowed = agent.administrativePost() ? Set.of(NURSE, OCCUPATIONAL_DOCTOR) : Set.of(OCCUPATIONAL_DOCTOR);
            return Optional.of(new DueVisit(agent.agentId(), agent.collectiviteId(), VisitKind.HIRING,
                    agent.hireDate(), allowed, agent.administrativePost() ? NURSE : OCCUPATIONAL_DOCTOR, null, false));
        }
        if (agent.smp()) {
            var last = latest(agent.lastVipDate(), agent.lastDoctorVisitDate());
            var next = doctorSawLast(agent) ? NURSE : OCCUPATIONAL_DOCTOR;
            return Optional.of(new DueVisit(agent.agentId(), agent.collectiviteId(), VisitKind.SMP,
                    last.plusMonths(smpInterval(agent)), Set.of(next), next, null, false));
        }
        var last = agent.lastVipDate() != null ? agent.lastVipDate() : agent.lastDoctorVisitDate();
        return Optional.of(new DueVisit(agent.agentId(), agent.collectiviteId(), VisitKind.VIP,
                last.plusMonths(VIP_INTERVAL_MONTHS), VisitKind.VIP.allowed(), VisitKind.VIP.preferred(), null, false));
    }

    /**
     * The calendar visits falling due by {@code until}, for planning a period starting on {@code from}: an overdue
     * visit is taken as held on {@code from}, and the next one follows (SMP alternation included).
     */
    public static List<DueVisit> periodicUntil(AgentFollowUp agent, LocalDate from, LocalDate until) {
        var visits = new ArrayList<DueVisit>();
        var next = periodic(agent, from);
        var facts = agent;
        while (next.isPresent() && !next.get().dueOn().isAfter(until)) {
            var visit = next.get();
            visits.add(visit);
            var heldOn = visit.dueOn().isBefore(from) ? from : visit.dueOn();
            var byDoctor = visit.preferred() == OCCUPATIONAL_DOCTOR
                    ? heldOn : facts.lastDoctorVisitDate();
            facts = new AgentFollowUp(facts.agentId(), facts.collectiviteId(), facts.hireDate(),
                    facts.administrativePost(), facts.smp(), facts.smpIntervalMonths(), heldOn, byDoctor,
                    facts.leftOn());
            next = periodic(facts, heldOn);
        }
        return visits;
    }

    /** The visit a request asks for. */
    public static DueVisit requested(VisitRequest request) {
        var dueOn = request.returnOn() != null ? request.returnOn() : request.filedOn();
        return new DueVisit(request.agentId(), request.collectiviteId(), request.kind(), dueOn,
                request.kind().allowed(), request.kind().preferred(), request.id(), request.confidential());
    }

    /** Everything the agent owes today, most urgent first: open requests and the next calendar visit. */
    public static List<DueVisit> dueFor(AgentFollowUp agent, Collection<VisitRequest> requests, LocalDate today) {
        var due = new ArrayList<DueVisit>();
        periodic(agent, today).ifPresent(due::add);
        requests.stream().filter(request -> request.status() == VisitRequest.Status.OPEN)
                .map(DueVisits::requested).forEach(due::add);
        due.sort(DueVisit.URGENCY);
        return due;
    }

    static int smpInterval(AgentFollowUp agent) {
        var interval = agent.smpIntervalMonths();
        return interval == null ? MAX_SMP_INTERVAL_MONTHS : Math.min(interval, MAX_SMP_INTERVAL_MONTHS);
    }

    /** The last visit was a doctor's when no later periodic visit followed it. */
    private static boolean doctorSawLast(AgentFollowUp agent) {
        return agent.lastDoctorVisitDate() != null
                && (agent.lastVipDate() == null || !agent.lastVipDate().isAfter(agent.lastDoctorVisitDate()));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
