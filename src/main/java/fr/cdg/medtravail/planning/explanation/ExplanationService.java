package fr.cdg.medtravail.planning.explanation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.cdg.medtravail.planning.PlanningSettings;
import fr.cdg.medtravail.planning.domain.DemandUnit;
import fr.cdg.medtravail.planning.domain.SessionPlan;
import fr.cdg.medtravail.planning.explanation.Explanation.CollectiviteExplanation;
import fr.cdg.medtravail.planning.explanation.Explanation.NoticeFlag;
import fr.cdg.medtravail.planning.explanation.Explanation.UnmetDemand;
import fr.cdg.medtravail.planning.horizon.HorizonService;
import fr.cdg.medtravail.planning.run.PlanningRunService;
import fr.cdg.medtravail.planning.session.NoticeAlert;
import fr.cdg.medtravail.planning.session.SessionService;
import fr.cdg.medtravail.planning.solver.HardRules;
import fr.cdg.medtravail.planning.solver.PlanningConstraint;
import org.springframework.stereotype.Service;

/** The "why" of a plan: the running job's best solution, or the stored plan, scored constraint by constraint. */
@Service
public class ExplanationService {

    /** French label of every rule a blocked slot may name, for the board. */
    private static final Map<String, String> LABELS = labels();

    private final HorizonService horizons;
    private final PlanningRunService runs;
    private final SessionService sessions;
    private final PlanningSettings settings;
    private final Clock clock;

    ExplanationService(HorizonService horizons, PlanningRunService runs, SessionService sessions,
                       PlanningSettings settings, Clock clock) {
        this.horizons = horizons;
        this.runs = runs;
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Score by constraint, and per collectivité the unmet demand with the hard rules that block it. */
    public Explanation explain(long horizonId) {
        var plan = plan(horizonId);
        var score = plan.getScore();
        return new Explanation(horizonId, score.toString(), score.isFeasible(), runs.constraints(plan),
                perCollectivite(plan), LABELS, noticeAlerts(horizonId));
    }

    /** Stored drafts the notice window has caught, or is about to. */
    private List<NoticeFlag> noticeAlerts(long horizonId) {
        var today = LocalDate.now(clock);
        return sessions.ofHorizon(horizonId).stream()
                .map(s -> new NoticeFlag(s.id(), s.date(), s.halfDay(), s.professionalCode(), s.cabinetCode(),
                        NoticeAlert.of(s.status(), s.date(), today, settings)))
                .filter(flag -> flag.alert() != NoticeAlert.NONE)
                .sorted(Comparator.comparing(NoticeFlag::date).thenComparing(NoticeFlag::halfDay))
                .toList();
    }

    private SessionPlan plan(long horizonId) {
        var horizon = horizons.horizon(horizonId);
        var plan = runs.currentBest(horizonId);
        return plan != null ? plan : runs.load(horizon);
    }

    private List<CollectiviteExplanation> perCollectivite(SessionPlan plan) {
        var rules = HardRules.of(plan);
        var byCollectivite = new LinkedHashMap<Long, List<DemandUnit>>();
        plan.getUnits().forEach(u -> byCollectivite.computeIfAbsent(u.getCollectivite().id(), k -> new ArrayList<>()).add(u));
        var result = new ArrayList<CollectiviteExplanation>();
        byCollectivite.forEach((id, units) -> {
            long demand = units.stream().mapToLong(DemandUnit::getMinutes).sum();
            long assigned = units.stream().filter(DemandUnit::isAssigned).mapToLong(DemandUnit::getMinutes).sum();
            var groups = new LinkedHashMap<String, List<DemandUnit>>();
            units.stream().filter(u -> !u.isAssigned()).forEach(u ->
                    groups.computeIfAbsent(u.getAllowedKinds() + "|" + u.getPriority() + "|" + u.getReason(),
                            k -> new ArrayList<>()).add(u));
            var unmet = groups.values().stream().map(group -> {
                var sample = group.stream().min(Comparator.comparingInt(DemandUnit::getMinutes)).orElseThrow();
                return new UnmetDemand(sample.getAllowedKinds(), sample.getPriority(), sample.getReason(), group.size(),
                        group.stream().mapToLong(DemandUnit::getMinutes).sum(), blockers(rules, sample, plan));
            }).toList();
            if (!unmet.isEmpty()) {
                result.add(new CollectiviteExplanation(id, units.get(0).getCollectivite().name(), demand, assigned,
                        demand - assigned, unmet));
            }
        });
        result.sort((a, b) -> Long.compare(b.unmetMinutes(), a.unmetMinutes()));
        return result;
    }

    private static Map<String, String> labels() {
        var labels = new LinkedHashMap<String, String>();
        for (var constraint : PlanningConstraint.values()) {
            labels.put(constraint.id(), constraint.label());
        }
        labels.put(FREE, "libre (laissé à une demande plus urgente ou à la qualité)");
        return Map.copyOf(labels);
    }

    /** A candidate slot no hard rule excludes. */
    static final String FREE = "free";

    /**
     * How many candidate slots each hard rule excludes for this unit, by rule id. With no candidate slot at all, the
     * rule that left none: no reachable cabinet, or nobody allowed working after the notice date.
     */
    private static Map<String, Integer> blockers(HardRules rules, DemandUnit unit, SessionPlan plan) {
        var counts = new TreeMap<String, Integer>();
        var candidates = unit.getCandidateSlots().slots();
        if (candidates.isEmpty()) {
            int limit = plan.getRules().maxTravelMinutes();
            boolean reachable = plan.getCabinets().stream()
                    .anyMatch(c -> unit.getCollectivite().minutesTo(c) <= limit);
            counts.put(reachable ? PlanningConstraint.PROFESSIONAL_WORKS.id() : PlanningConstraint.CABINET_WITHIN_TRAVEL.id(), 1);
            return counts;
        }
        for (var slot : candidates) {
            var rule = rules.broken(slot, unit);
            counts.merge(rule == null ? FREE : rule.id(), 1, Integer::sum);
        }
        return counts;
    }
}
