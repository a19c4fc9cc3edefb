package fr.cdg.medtravail.planning.explanation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import fr.cdg.medtravail.planning.domain.DemandUnit;
import fr.cdg.medtravail.planning.domain.SessionPlan;
import fr.cdg.medtravail.planning.explanation.Explanation.CollectiviteExplanation;
import fr.cdg.medtravail.planning.explanation.Explanation.ConstraintLine;
import fr.cdg.medtravail.planning.explanation.Explanation.UnmetDemand;
import fr.cdg.medtravail.planning.horizon.HorizonService;
import fr.cdg.medtravail.planning.run.PlanningRunService;
import fr.cdg.medtravail.planning.solver.HardRules;
import fr.cdg.medtravail.planning.solver.PlanningConstraints;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;
import org.springframework.stereotype.Service;

/** The "why" of a plan: the running job's best solution, or the stored plan, scored constraint by constraint. */
@Service
public class ExplanationService {

    private final HorizonService horizons;
    private final PlanningRunService runs;

    ExplanationService(HorizonService horizons, PlanningRunService runs) {
        this.horizons = horizons;
        this.runs = runs;
    }

    /** Score by constraint, and per collectivité the unmet demand with the hard rules that block it. */
    public Explanation explain(long horizonId) {
        var plan = plan(horizonId);
        var score = plan.getScore();
        return new Explanation(horizonId, score.toString(), score.isFeasible(), constraints(plan),
                perCollectivite(plan));
    }

    public List<ConstraintLine> constraints(long horizonId) {
        return constraints(plan(horizonId));
    }

    private SessionPlan plan(long horizonId) {
        var horizon = horizons.horizon(horizonId);
        var plan = runs.currentBest(horizonId);
        return plan != null ? plan : runs.load(horizon);
    }

    /** Score per constraint, worst first. */
    public List<ConstraintLine> constraints(SessionPlan plan) {
        var explanation = runs.solutionManager().explain(plan, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
        return explanation.getConstraintMatchTotalMap().values().stream()
                .map(total -> {
                    var score = total.getScore();
                    var level = score.hardScore() != 0 ? ConstraintLevel.HARD
                            : score.mediumScore() != 0 ? ConstraintLevel.MEDIUM : ConstraintLevel.SOFT;
                    long value = switch (level) {
                        case HARD -> score.hardScore();
                        case MEDIUM -> score.mediumScore();
                        case SOFT -> score.softScore();
                    };
                    return new ConstraintLine(total.getConstraintName(), level, value, total.getConstraintMatchCount());
                })
                .sorted(Comparator.comparing(ConstraintLine::level).thenComparingLong(ConstraintLine::score))
                .toList();
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

    /** How many candidate slots each hard rule excludes for this unit. */
    private static Map<String, Integer> blockers(HardRules rules, DemandUnit unit, SessionPlan plan) {
        var counts = new TreeMap<String, Integer>();
        var candidates = unit.getCandidateSlots().slots();
        if (candidates.isEmpty()) {
            int limit = plan.getRules().maxTravelMinutes();
            boolean reachable = plan.getCabinets().stream()
                    .anyMatch(c -> unit.getCollectivite().minutesTo(c) <= limit);
            counts.put(reachable ? PlanningConstraints.PROFESSIONAL_WORKS + " (no "
                    + unit.getAllowedKinds().stream().map(k -> k.name().toLowerCase().replace('_', ' '))
                            .collect(Collectors.joining(" or "))
                    + " works after the notice date at a reachable cabinet)"
                    : PlanningConstraints.CABINET_WITHIN_TRAVEL + " (no cabinet within " + limit + " min)", 1);
            return counts;
        }
        for (var slot : candidates) {
            var rule = rules.broken(slot, unit);
            counts.merge(rule == null ? "free (left for higher-priority demand or quality)" : rule, 1, Integer::sum);
        }
        return counts;
    }
}
