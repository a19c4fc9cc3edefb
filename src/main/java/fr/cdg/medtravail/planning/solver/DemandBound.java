package fr.cdg.medtravail.planning.solver;

import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.medtravail.calendar.DatedHalfDay;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.planning.domain.CandidateSlots;
import fr.cdg.medtravail.planning.domain.ConsultingProfessional;
import fr.cdg.medtravail.planning.domain.DemandUnit;
import fr.cdg.medtravail.planning.domain.ProfessionalMonth;
import fr.cdg.medtravail.planning.domain.SessionCabinet;
import fr.cdg.medtravail.planning.domain.SessionPlan;
import fr.cdg.medtravail.planning.domain.Shift;

/**
 * Upper bound on the visit minutes any plan can serve: the smaller of two max flows, each a relaxation of the planning
 * rules that every valid plan satisfies.
 * <ul>
 * <li>Kinds apart: source → demand of one candidate range (units sharing their allowed kinds and reachable cabinets)
 * → (cabinet, kind of professional) for every kind the range allows at the cabinets it reaches (rooms × open
 * half-days × session minutes) → kind (the tiers-temps budget of its professionals over available shifts) → sink.
 * Each kind is given every room.</li>
 * <li>Rooms shared: source → range → (cabinet, half-day) the range may use (rooms × session minutes) → half-day (one
 * session per professional available that half-day) → month (the tiers-temps budgets of the month, all kinds) →
 * sink. Kinds are pooled, but doctors and nurses compete for the same rooms each half-day, and a month's budget can
 * only be spent on its own half-days.</li>
 * </ul>
 */
public final class DemandBound {

    private record CabinetKind(SessionCabinet cabinet, ProfessionalKind kind) {
    }

    private record CabinetHalfDay(SessionCabinet cabinet, DatedHalfDay halfDay) {
    }

    private static final String SOURCE = "source";
    private static final String SINK = "sink";
    private static final long UNLIMITED = Long.MAX_VALUE / 4;

    private DemandBound() {
    }

    public static long minutes(SessionPlan problem) {
        var demand = new LinkedHashMap<CandidateSlots, Long>();
        for (DemandUnit unit : problem.getUnits()) {
            demand.merge(unit.getCandidateSlots(), (long) unit.getMinutes(), Long::sum);
        }
        return Math.min(kindsApart(problem, demand), roomsShared(problem, demand));
    }

    private static long kindsApart(SessionPlan problem, Map<CandidateSlots, Long> demand) {
        int sessionMinutes = problem.getRules().sessionMinutes();
        var graph = new FlowGraph();
        var halfDays = new HashMap<CabinetKind, Set<DatedHalfDay>>();
        demand.forEach((range, minutes) -> {
            graph.edge(SOURCE, range, minutes);
            for (var slot : range.slots()) {
                var cabinetKind = new CabinetKind(slot.cabinet(), slot.professional().kind());
                graph.edge(range, cabinetKind, UNLIMITED);
                halfDays.computeIfAbsent(cabinetKind, k -> new HashSet<>()).add(slot.halfDay());
            }
        });
        halfDays.forEach((cabinetKind, days) -> graph.edge(cabinetKind, cabinetKind.kind(),
                (long) days.size() * cabinetKind.cabinet().rooms() * sessionMinutes));
        ConsultingProfessional.KINDS.forEach(kind -> graph.edge(kind, SINK, capacityMinutes(problem, kind)));
        return graph.maxFlow();
    }

    private static long roomsShared(SessionPlan problem, Map<CandidateSlots, Long> demand) {
        int sessionMinutes = problem.getRules().sessionMinutes();
        var graph = new FlowGraph();
        demand.forEach((range, minutes) -> {
            graph.edge(SOURCE, range, minutes);
            for (var slot : range.slots()) {
                var room = new CabinetHalfDay(slot.cabinet(), slot.halfDay());
                graph.edge(range, room, UNLIMITED);
                graph.edge(room, slot.halfDay(), (long) slot.cabinet().rooms() * sessionMinutes);
            }
        });
        var sessions = new HashMap<DatedHalfDay, Long>();
        var months = new HashMap<DatedHalfDay, YearMonth>();
        for (Shift shift : availableShifts(problem)) {
            sessions.merge(shift.halfDay(), (long) sessionMinutes, Long::sum);
            months.put(shift.halfDay(), shift.month().month());
        }
        sessions.forEach((halfDay, minutes) -> graph.edge(halfDay, months.get(halfDay), minutes));
        var budgets = new HashMap<YearMonth, Long>();
        sessionsByMonth(problem).forEach((month, count) -> budgets.merge(month.month(), count * sessionMinutes, Long::sum));
        budgets.forEach((month, minutes) -> graph.edge(month, SINK, minutes));
        return graph.maxFlow();
    }

    /** Shifts a session may use: available, of a consulting kind, not before the notice date. */
    private static List<Shift> availableShifts(SessionPlan problem) {
        return problem.getShifts().stream().filter(shift -> shift.available()
                && ConsultingProfessional.KINDS.contains(shift.professional().kind())
                && !shift.halfDay().date().isBefore(problem.getRules().noticeDate())).toList();
    }

    /** Sessions each professional may hold in each month: tiers temps over the available shifts. */
    private static Map<ProfessionalMonth, Long> sessionsByMonth(SessionPlan problem) {
        var available = new HashMap<ProfessionalMonth, Long>();
        availableShifts(problem).forEach(shift -> available.merge(shift.month(), 1L, Long::sum));
        available.replaceAll((month, shifts) -> Math.min(shifts, month.maxSessions()));
        return available;
    }

    /** Session minutes the professionals of {@code kind} may hold: tiers temps over available shifts after notice. */
    public static long capacityMinutes(SessionPlan problem, ProfessionalKind kind) {
        return sessionsByMonth(problem).entrySet().stream().filter(e -> e.getKey().professional().kind() == kind)
                .mapToLong(e -> e.getValue() * problem.getRules().sessionMinutes()).sum();
    }

    /** Dinic's algorithm over nodes named by any key; an edge between two nodes is added once. */
    private static final class FlowGraph {
        private final Map<Object, Integer> nodes = new HashMap<>();
        private final Set<Long> added = new HashSet<>();
        private final List<long[]> edges = new ArrayList<>(); // {to, capacity}, paired with the reverse edge
        private final List<List<Integer>> adjacency = new ArrayList<>();
        private int[] level;
        private int[] next;

        void edge(Object fromKey, Object toKey, long capacity) {
            int from = node(fromKey);
            int to = node(toKey);
            if (!added.add((long) from << 32 | to)) {
                return;
            }
            adjacency.get(from).add(edges.size());
            edges.add(new long[] {to, capacity});
            adjacency.get(to).add(edges.size());
            edges.add(new long[] {from, 0});
        }

        private int node(Object key) {
            return nodes.computeIfAbsent(key, k -> {
                adjacency.add(new ArrayList<>());
                return adjacency.size() - 1;
            });
        }

        long maxFlow() {
            int source = node(SOURCE);
            int sink = node(SINK);
            level = new int[adjacency.size()];
            next = new int[adjacency.size()];
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
