package fr.cdg.medtravail.planning.solver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.planning.domain.ConsultingProfessional;
import fr.cdg.medtravail.planning.domain.DemandUnit;
import fr.cdg.medtravail.planning.domain.ProfessionalMonth;
import fr.cdg.medtravail.planning.domain.SessionCabinet;
import fr.cdg.medtravail.planning.domain.SessionPlan;
import fr.cdg.medtravail.planning.domain.Shift;
import fr.cdg.medtravail.planning.domain.Slot;

/**
 * Upper bound on the visit minutes any plan can serve: per professional kind, a max flow source → collectivité
 * (its demand) → candidate cabinets (rooms × open half-days × session minutes) → professionals of the kind (their
 * tiers-temps budget over available shifts) → sink. Kinds share rooms in reality, so the sum over kinds is an upper
 * bound, not the optimum.
 */
public final class DemandBound {

    private DemandBound() {
    }

    public static long minutes(SessionPlan problem) {
        long total = 0;
        for (var kind : ConsultingProfessional.KINDS) {
            total += minutes(problem, kind);
        }
        return total;
    }

    private static long minutes(SessionPlan problem, ProfessionalKind kind) {
        int sessionMinutes = problem.getRules().sessionMinutes();
        var demand = new HashMap<Long, Long>();
        var reach = new HashMap<Long, List<Slot>>();
        for (DemandUnit unit : problem.getUnits()) {
            if (unit.getKind() == kind) {
                demand.merge(unit.getCollectivite().id(), (long) unit.getMinutes(), Long::sum);
                reach.putIfAbsent(unit.getCollectivite().id(), unit.getCandidateSlots().slots());
            }
        }
        var cabinetIndex = new HashMap<SessionCabinet, Integer>();
        var collectivites = new ArrayList<>(demand.keySet());
        int source = 0;
        int firstCabinet = 1 + collectivites.size();
        for (var cabinet : problem.getCabinets()) {
            cabinetIndex.put(cabinet, firstCabinet + cabinetIndex.size());
        }
        int pool = firstCabinet + cabinetIndex.size();
        int sink = pool + 1;
        var graph = new FlowGraph(sink + 1);
        var cabinetHalfDays = new HashMap<SessionCabinet, HashSet<Object>>();
        var budget = new HashMap<ProfessionalMonth, Integer>();
        for (int i = 0; i < collectivites.size(); i++) {
            long id = collectivites.get(i);
            graph.add(source, 1 + i, demand.get(id));
            var cabinets = new HashSet<SessionCabinet>();
            for (var slot : reach.get(id)) {
                cabinets.add(slot.cabinet());
                cabinetHalfDays.computeIfAbsent(slot.cabinet(), c -> new HashSet<>()).add(slot.halfDay());
            }
            for (var cabinet : cabinets) {
                graph.add(1 + i, cabinetIndex.get(cabinet), Long.MAX_VALUE / 4);
            }
        }
        cabinetHalfDays.forEach((cabinet, halfDays) ->
                graph.add(cabinetIndex.get(cabinet), pool, (long) halfDays.size() * cabinet.rooms() * sessionMinutes));
        for (Shift shift : problem.getShifts()) {
            if (shift.available() && shift.professional().kind() == kind
                    && !shift.halfDay().date().isBefore(problem.getRules().noticeDate())) {
                budget.merge(shift.month(), 1, Integer::sum);
            }
        }
        long professionalMinutes = budget.entrySet().stream()
                .mapToLong(e -> (long) Math.min(e.getValue(), e.getKey().maxSessions()) * sessionMinutes).sum();
        graph.add(pool, sink, professionalMinutes);
        return graph.maxFlow(source, sink);
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
