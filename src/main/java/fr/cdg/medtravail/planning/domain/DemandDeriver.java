package fr.cdg.medtravail.planning.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.cdg.medtravail.directory.agent.AgentFollowUp;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;

/**
 * Derives a horizon's demand from the agents of each collectivité (convention MEDPREV, article 1): VIP every two
 * years (nurse), SMP at the doctor's interval alternating nurse/doctor, hiring visit (doctor, nurse for an
 * administrative post), waiting requests, plus a manual adjustment in half-days. Minutes are then cut into units of
 * at most one session, per collectivité, kind, reason and priority.
 */
public final class DemandDeriver {

    /** Agents hired this many months before the horizon end without any visit owe a hiring visit. */
    private static final int HIRING_LOOKBACK_MONTHS = 6;

    public record WaitingRequest(long collectiviteId, ProfessionalKind kind, VisitReason reason) {
    }

    /** {@code halfDays} may be negative: it then removes the least urgent demand first. */
    public record Adjustment(long collectiviteId, ProfessionalKind kind, int halfDays) {
    }

    private record Bucket(long collectiviteId, ProfessionalKind kind, int priority, VisitReason reason)
            implements Comparable<Bucket> {
        @Override
        public int compareTo(Bucket o) {
            int c = Long.compare(collectiviteId, o.collectiviteId);
            if (c == 0) c = kind.compareTo(o.kind);
            if (c == 0) c = Integer.compare(o.priority, priority);
            return c != 0 ? c : reason.compareTo(o.reason);
        }
    }

    private final Map<VisitReason, Integer> minutesPerVisit;
    private final int sessionMinutes;

    public DemandDeriver(Map<VisitReason, Integer> minutesPerVisit, int sessionMinutes) {
        this.minutesPerVisit = minutesPerVisit;
        this.sessionMinutes = sessionMinutes;
    }

    /** Units without id or assignment (ids are given by the caller: database or generator). */
    public List<PlanningInput.UnitInput> derive(LocalDate start, LocalDate end, List<AgentFollowUp> agents,
                                              List<WaitingRequest> requests, List<Adjustment> adjustments) {
        var minutes = new TreeMap<Bucket, Integer>();
        for (var agent : agents) {
            if (agent.leftOn() != null && agent.leftOn().isBefore(start)) {
                continue;
            }
            agentVisits(agent, start, end, minutes);
        }
        for (var request : requests) {
            add(minutes, new Bucket(request.collectiviteId(), request.kind(),
                    request.reason() == VisitReason.RETURN ? 4 : 3, request.reason()), 1);
        }
        for (var adjustment : adjustments) {
            adjust(minutes, adjustment);
        }
        var units = new ArrayList<PlanningInput.UnitInput>();
        minutes.forEach((bucket, total) -> {
            for (int left = total; left > 0; left -= sessionMinutes) {
                units.add(new PlanningInput.UnitInput(0, bucket.collectiviteId(), bucket.kind(), bucket.reason(),
                        Math.min(left, sessionMinutes), bucket.priority(), null));
            }
        });
        return units;
    }

    private void agentVisits(AgentFollowUp agent, LocalDate start, LocalDate end, Map<Bucket, Integer> minutes) {
        var id = agent.collectiviteId();
        boolean neverSeen = agent.lastVipDate() == null && agent.lastDoctorVisitDate() == null;
        if (neverSeen && agent.hireDate().isAfter(end.minusMonths(HIRING_LOOKBACK_MONTHS))) {
            var kind = agent.administrativePost() ? ProfessionalKind.NURSE : ProfessionalKind.OCCUPATIONAL_DOCTOR;
            add(minutes, new Bucket(id, kind, 4, VisitReason.HIRING), 1);
            return;
        }
        if (agent.smp() && agent.smpIntervalMonths() != null) {
            var last = latest(agent.lastVipDate(), agent.lastDoctorVisitDate());
            // The next visit goes to the professional who did not see the agent last time.
            boolean doctorNext = agent.lastDoctorVisitDate() == null
                    || (agent.lastVipDate() != null && agent.lastVipDate().isAfter(agent.lastDoctorVisitDate()));
            var due = last == null ? start : last.plusMonths(agent.smpIntervalMonths());
            while (!due.isAfter(end)) {
                var kind = doctorNext ? ProfessionalKind.OCCUPATIONAL_DOCTOR : ProfessionalKind.NURSE;
                add(minutes, new Bucket(id, kind, due.isBefore(start) ? 4 : 3, VisitReason.SMP), 1);
                doctorNext = !doctorNext;
                due = (due.isBefore(start) ? start : due).plusMonths(agent.smpIntervalMonths());
            }
            return;
        }
        var due = agent.lastVipDate() == null ? start : agent.lastVipDate().plusYears(2);
        if (!due.isAfter(end)) {
            add(minutes, new Bucket(id, ProfessionalKind.NURSE, due.isBefore(start) ? 3 : 2, VisitReason.VIP), 1);
        }
    }

    private void add(Map<Bucket, Integer> minutes, Bucket bucket, int visits) {
        minutes.merge(bucket, visits * minutesPerVisit.get(bucket.reason()), Integer::sum);
    }

    private void adjust(TreeMap<Bucket, Integer> minutes, Adjustment adjustment) {
        if (adjustment.halfDays() >= 0) {
            minutes.merge(new Bucket(adjustment.collectiviteId(), adjustment.kind(), 1, VisitReason.ADJUSTMENT),
                    adjustment.halfDays() * sessionMinutes, Integer::sum);
            return;
        }
        int toRemove = -adjustment.halfDays() * sessionMinutes;
        // Least urgent first: iterate buckets of this collectivité and kind from the lowest priority.
        var buckets = minutes.keySet().stream()
                .filter(b -> b.collectiviteId() == adjustment.collectiviteId() && b.kind() == adjustment.kind())
                .sorted((a, b) -> Integer.compare(a.priority(), b.priority())).toList();
        for (var bucket : buckets) {
            int removed = Math.min(toRemove, minutes.get(bucket));
            minutes.computeIfPresent(bucket, (b, m) -> m - removed > 0 ? m - removed : null);
            toRemove -= removed;
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }
}
