package fr.cdg.medtravail.planning.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import fr.cdg.medtravail.directory.agent.AgentFollowUp;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.visits.DueVisit;
import fr.cdg.medtravail.visits.DueVisits;
import fr.cdg.medtravail.visits.VisitKind;

/**
 * Derives a horizon's demand: the visits {@link DueVisits} says each agent owes by the horizon's end (hiring, SMP,
 * VIP, with the professionals allowed to hold them), the waiting requests, plus a manual adjustment in half-days.
 * Minutes are then cut into units of at most one session, per collectivité, reason, allowed kinds and priority.
 */
public final class DemandDeriver {

    /** {@code halfDays} may be negative: it then removes the least urgent demand first. */
    public record Adjustment(long collectiviteId, ProfessionalKind kind, int halfDays) {
    }

    private static final Comparator<Set<ProfessionalKind>> BY_KINDS = Comparator.comparing(Set::toString);
    private static final Comparator<Bucket> ORDER = Comparator.comparingLong(Bucket::collectiviteId)
            .thenComparing(Bucket::preferred).thenComparing(Bucket::allowed, BY_KINDS)
            .thenComparing(Comparator.comparingInt(Bucket::priority).reversed()).thenComparing(Bucket::reason);

    private record Bucket(long collectiviteId, Set<ProfessionalKind> allowed, ProfessionalKind preferred,
                          int priority, VisitReason reason) {
    }

    private final Map<VisitReason, Integer> minutesPerVisit;
    private final int sessionMinutes;

    public DemandDeriver(Map<VisitReason, Integer> minutesPerVisit, int sessionMinutes) {
        this.minutesPerVisit = minutesPerVisit;
        this.sessionMinutes = sessionMinutes;
    }

    /** Units without id or assignment (ids are given by the caller: database or generator). */
    public List<PlanningInput.UnitInput> derive(LocalDate start, LocalDate end, List<AgentFollowUp> agents,
                                              List<DueVisit> requests, List<Adjustment> adjustments) {
        var minutes = new TreeMap<Bucket, Integer>(ORDER);
        for (var agent : agents) {
            for (var visit : DueVisits.periodicUntil(agent, start, end)) {
                add(minutes, bucket(visit, start));
            }
        }
        requests.forEach(request -> add(minutes, bucket(request, start)));
        for (var adjustment : adjustments) {
            adjust(minutes, adjustment);
        }
        var units = new ArrayList<PlanningInput.UnitInput>();
        minutes.forEach((bucket, total) -> {
            for (int left = total; left > 0; left -= sessionMinutes) {
                units.add(new PlanningInput.UnitInput(0, bucket.collectiviteId(), bucket.allowed(),
                        bucket.preferred(), bucket.reason(), Math.min(left, sessionMinutes), bucket.priority(), null));
            }
        });
        return units;
    }

    /**
     * A due visit in planning's terms. Urgency is the kind's, one more when overdue at the horizon's start (capped at
     * 4); a visit either kind may hold with no preference goes first to the nurse, whose time is scarcer for doctors'
     * only visits.
     */
    private static Bucket bucket(DueVisit visit, LocalDate start) {
        int priority = Math.min(4, visit.kind().priority() + (visit.dueOn().isBefore(start) ? 1 : 0));
        var preferred = visit.preferred() != null ? visit.preferred()
                : visit.mayBeHeldBy(ProfessionalKind.NURSE) ? ProfessionalKind.NURSE : ProfessionalKind.OCCUPATIONAL_DOCTOR;
        return new Bucket(visit.collectiviteId(), EnumSet.copyOf(visit.allowed()), preferred, priority,
                reason(visit.kind()));
    }

    private static VisitReason reason(VisitKind kind) {
        return switch (kind) {
            case VIP -> VisitReason.VIP;
            case SMP -> VisitReason.SMP;
            case HIRING -> VisitReason.HIRING;
            case RETURN, PRE_RETURN -> VisitReason.RETURN;
            case AGENT_REQUEST, EMPLOYER_REQUEST, NURSE_ORIENTATION -> VisitReason.REQUEST;
        };
    }

    private void add(Map<Bucket, Integer> minutes, Bucket bucket) {
        minutes.merge(bucket, minutesPerVisit.get(bucket.reason()), Integer::sum);
    }

    private void adjust(TreeMap<Bucket, Integer> minutes, Adjustment adjustment) {
        if (adjustment.halfDays() >= 0) {
            minutes.merge(new Bucket(adjustment.collectiviteId(), EnumSet.of(adjustment.kind()), adjustment.kind(), 1,
                    VisitReason.ADJUSTMENT), adjustment.halfDays() * sessionMinutes, Integer::sum);
            return;
        }
        int toRemove = -adjustment.halfDays() * sessionMinutes;
        // Least urgent first among the demand this kind would hold.
        var buckets = minutes.keySet().stream()
                .filter(b -> b.collectiviteId() == adjustment.collectiviteId() && b.preferred() == adjustment.kind())
                .sorted(Comparator.comparingInt(Bucket::priority)).toList();
        for (var bucket : buckets) {
            int removed = Math.min(toRemove, minutes.get(bucket));
            minutes.computeIfPresent(bucket, (b, m) -> m - removed > 0 ? m - removed : null);
            toRemove -= removed;
        }
    }
}
