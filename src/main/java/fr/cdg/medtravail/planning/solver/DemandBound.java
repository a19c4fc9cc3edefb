package fr.cdg.medtravail.planning.solver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.planning.domain.CandidateSlots;
import fr.cdg.medtravail.planning.domain.ConsultingProfessional;
import fr.cdg.medtravail.planning.domain.DemandUnit;
import fr.cdg.medtravail.planning.domain.ProfessionalMonth;
import fr.cdg.medtravail.planning.domain.SessionCabinet;
import fr.cdg.medtravail.planning.domain.SessionPlan;
import fr.cdg.medtravail.planning.domain.Shift;

/**
 * Upper bound on the visit minutes any plan can serve, as one max flow over eligible kinds, rooms and travel:
 * source → demand of one candidate range (units sharing their allowed kinds and reachable cabinets) → (cabinet, kind
 * of professional) for every kind the range allows at the cabinets it reaches (rooms × open half-days × session
 * minutes) → kind (the tiers-temps budget of its professionals over available shifts) → sink. Each kind is given
 * every room, while in reality the kinds share them, so the flow is an upper bound, not the optimum.
 */
public final class DemandBound {

    private record CabinetKind(SessionCabinet cabinet, ProfessionalKind kind) {
    }

    private DemandBound() {
    }

    public static long minutes(SessionPlan problem) {
        int sessionMinutes = problem.getRules().sessionMinutes();
        var demand = new LinkedHashMap<CandidateSlots, Long>();
        for (DemandUnit unit : problem.getUnits()) {
            demand.merge(unit.getCandidateSlots(), (long) unit.getMinutes(), Long::sum);
        }
        var kinds = new ArrayList<>(ConsultingProfessional.KINDS);
        var reach = new ArrayList<Set<CabinetKind>>();
        var halfDays = new HashMap<CabinetKind, Set<Object>>();
        for (var range : demand.keySet()) {
            var reached = new HashSet<CabinetKind>();
            for (var slot : range.slots()) {
                var key = new CabinetKind(slot.cabinet(), slot.professional().kind());
                reached.add(key);
                halfDays.computeIfAbsent(key, k -> new HashSet<>()).add(slot.halfDay());
            }
            reach.add(reached);
        }
        var cabinetKindIndex = new HashMap<CabinetKind, Integer>();
        int firstCabinetKind = 1 + demand.size();
        halfDays.keySet().forEach(key -> cabinetKindIndex.put(key, firstCabinetKind + cabinetKindIndex.size()));
        int firstKind = firstCabinetKind + cabinetKindIndex.size();
        int sink = firstKind + kinds.size();
        var graph = new FlowGraph(sink + 1);
        int i = 0;
        for (var minutes : demand.values()) {
            graph.add(0, 1 + i, minutes);
            for (var key : reach.get(i)) {
                graph.add(1 + i, cabinetKindIndex.get(key), Long.MAX_VALUE / 4);
            }
            i++;
        }
        halfDays.forEach((key, days) -> graph.add(cabinetKindIndex.get(key), firstKind + kinds.indexOf(key.kind()),
                (long) days.size() * key.cabinet().rooms() * sessionMinutes));
        for (int k = 0; k < kinds.size(); k++) {
            graph.add(firstKind + k, sink, capacityMinutes(problem, kinds.get(k)));
        }
        return graph.maxFlow(0, sink);
    }

    /** Session minutes the professionals of {@code kind} may hold: tiers temps over available shifts after notice. */
    public static long capacityMinutes(SessionPlan problem, ProfessionalKind kind) {
        var budget = new HashMap<ProfessionalMonth, Integer>();
        for (Shift shift : problem.getShifts()) {
            if (shift.available() && shift.professional().kind() == kind
                    && !shift.halfDay().date().isBefore(problem.getRules().noticeDate())) {
                budget.merge(shift.month(), 1, Integer::sum);
            }
        }
        return budget.entrySet().stream().mapToLong(e -> (long) Math.min(e.getValue(), e.getKey().maxSessions())
                * problem.getRules().sessionMinutes()).sum();
    }

    /** Dinic's algorithm on a small graph (a few hundred nodes). */
    private static final class FlowGraph {
        private final List<long[]> edges = new ArrayList<>(); // {to, capacity}, paired with the reverse edge
        private final List<List<Integer>> adjacency = new ArrayList<>();
        private final int[] level;
        private final int[] next;

        FlowGraph(int nodes) {
            for (int i = 0; i < nodes; i++) {
                adjacency.add(new ArrayList<>());
            }
            level = new int[nodes];
            next = new int[nodes];
        }

        void add(int from, int to, long capacity) {
            adjacency.get(from).add(edges.size());
            edges.add(new long[] {to, capacity});
            adjacency.get(to).add(edges.size());
            edges.add(new long[] {from, 0});
        }

        long maxFlow(int source, int sink) {
            long flow = 0;
            while (bfs(source, sink)) {
                Arrays.fill(next, 0);
                long pushed;
                while ((pushed = dfs(source, sink, Long.MAX_VALUE)) > 0) {
                    flow += pushed;
                }
            }
            return flow;
        }

        private boolean bfs(int source, int sink) {
            Arrays.fill(level, -1);
            level[source] = 0;
            var queue = new ArrayDeque<Integer>();
            queue.add(source);
            while (!queue.isEmpty()) {
                int node = queue.poll();
                for (int e : adjacency.get(node)) {
                    var edge = edges.get(e);
                    if (edge[1] > 0 && level[(int) edge[0]] < 0) {
                        level[(int) edge[0]] = level[node] + 1;
                        queue.add((int) edge[0]);
                    }
                }
            }
            return level[sink] >= 0;
        }

        private long dfs(int node, int sink, long limit) {
            if (node == sink) {
                return limit;
            }
            var out = adjacency.get(node);
            for (; next[node] < out.size(); next[node]++) {
                int e = out.get(next[node]);
                var edge = edges.get(e);
                int to = (int) edge[0];
                if (edge[1] > 0 && level[to] == level[node] + 1) {
                    long pushed = dfs(to, sink, Math.min(limit, edge[1]));
                    if (pushed > 0) {
                        edge[1] -= pushed;
                        edges.get(e ^ 1)[1] += pushed;
                        return pushed;
                    }
                }
            }
            return 0;
        }
    }

    /** Minutes of demand currently assigned. */
    public static long assignedMinutes(SessionPlan problem) {
        return problem.getUnits().stream().filter(DemandUnit::isAssigned).mapToLong(DemandUnit::getMinutes).sum();
    }
}
