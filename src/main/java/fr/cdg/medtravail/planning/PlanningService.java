package fr.cdg.medtravail.planning;

import fr.cdg.medtravail.calendar.Half;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.cdg.medtravail.calendar.FrenchCalendar;
import fr.cdg.medtravail.planning.domain.DemandDeriver;
import fr.cdg.medtravail.planning.domain.DemandUnit;
import fr.cdg.medtravail.calendar.DatedHalfDay;
import fr.cdg.medtravail.planning.domain.PlanningInput;
import fr.cdg.medtravail.planning.domain.PlanningProblem;
import fr.cdg.medtravail.planning.domain.ProfessionalKind;
import fr.cdg.medtravail.planning.persistence.PlanningRepository;
import fr.cdg.medtravail.planning.solver.FirstFitPlacer;
import fr.cdg.medtravail.planning.solver.PlanningConstraints;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.NotFoundException;
import fr.cdg.medtravail.web.ConflictException;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Horizons, demand, publication, secretariat decisions and the "why" of a plan. */
@Service
public class PlanningService {

    public record DemandSummary(long units, long minutes, Map<String, Long> minutesByKind) {
    }

    public record HorizonView(long id, String name, LocalDate start, LocalDate end, boolean solving,
                              DemandSummary demand) {
    }

    public record ConstraintLine(String name, String level, long score, int matches) {
    }

    public record UnmetDemand(String kind, int priority, String reason, int units, long minutes,
                              Map<String, Integer> blockingRules) {
    }

    public record CollectiviteExplanation(long id, String name, long demandMinutes, long assignedMinutes,
                                          long unmetMinutes, List<UnmetDemand> unmet) {
    }

    public record Explanation(long horizonId, String score, boolean feasible, List<ConstraintLine> constraints,
                              List<CollectiviteExplanation> collectivites) {
    }

    public record Leave(String kind, LocalDate startDate, Half startHalf, LocalDate endDate,
                       Half endHalf) {
    }

    public record Move(Long professionalId, LocalDate date, Half halfDay, Long cabinetId, String decidedBy,
                      String reason) {
    }

    private final PlanningRepository repository;
    private final PlanningRunService runs;
    private final PlanningSettings settings;
    private final Clock clock;
    private final JdbcClient jdbc;

    PlanningService(PlanningRepository repository, PlanningRunService runs, PlanningSettings settings, Clock clock,
                    JdbcClient jdbc) {
        this.repository = repository;
        this.runs = runs;
        this.settings = settings;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public PlanningRepository.Horizon horizon(long id) {
        return repository.findHorizon(id).orElseThrow(() -> new NotFoundException("Horizon", id));
    }

    public List<HorizonView> horizons() {
        return repository.horizons().stream().map(this::view).toList();
    }

    public HorizonView view(long id) {
        return view(horizon(id));
    }

    private HorizonView view(PlanningRepository.Horizon h) {
        var byKind = new TreeMap<String, Long>();
        jdbc.sql("SELECT professional_kind, sum(minutes) FROM planning_demand_unit WHERE horizon_id = ? GROUP BY 1")
                .param(h.id()).query(rs -> {
                    byKind.put(rs.getString(1), rs.getLong(2));
                });
        long units = jdbc.sql("SELECT count(*) FROM planning_demand_unit WHERE horizon_id = ?").param(h.id())
                .query(Long.class).single();
        return new HorizonView(h.id(), h.name(), h.start(), h.end(), runs.isSolving(h.id()),
                new DemandSummary(units, byKind.values().stream().mapToLong(Long::longValue).sum(), byKind));
    }

    @Transactional
    public HorizonView createHorizon(String name, LocalDate start, LocalDate end) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "required");
        }
        if (start == null) {
            throw new InvalidInputException("start", "required");
        }
        if (end == null || end.isBefore(start)) {
            throw new InvalidInputException("end", "required, on or after start");
        }
        if (end.isAfter(start.plusYears(1))) {
            throw new InvalidInputException("end", "a horizon lasts at most one year");
        }
        long id;
        try {
            id = repository.insertHorizon(name.trim(), start, end);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("The horizon overlaps another horizon");
        }
        deriveDemand(horizon(id));
        return view(id);
    }

    /** Manual adjustment in half-days, then the unplanned demand is derived again. */
    @Transactional
    public HorizonView adjust(long horizonId, Long collectiviteId, ProfessionalKind kind, Integer halfDays,
                              String reason) {
        var horizon = horizon(horizonId);
        refuseWhileSolving(horizonId);
        if (collectiviteId == null || !repository.collectiviteExists(collectiviteId)) {
            throw new InvalidInputException("collectiviteId", "unknown collectivité");
        }
        if (kind == null) {
            throw new InvalidInputException("kind", "DOCTOR or NURSE");
        }
        if (halfDays == null || Math.abs(halfDays) > 200) {
            throw new InvalidInputException("halfDays", "between -200 and 200");
        }
        repository.upsertAdjustment(horizonId, collectiviteId, kind, halfDays, reason);
        deriveDemand(horizon);
        return view(horizonId);
    }

    /** Derives demand and keeps what is already planned: derived units covered by planned minutes are dropped. */
    private void deriveDemand(PlanningRepository.Horizon horizon) {
        var deriver = new DemandDeriver(settings.minutesPerVisit(), settings.sessionMinutes());
        var derived = deriver.derive(horizon.start(), horizon.end(), repository.agents(horizon.start(), horizon.end()),
                repository.waitingRequests(), repository.adjustments(horizon.id()));
        var planned = new HashMap<String, Long>();
        jdbc.sql("""
                SELECT collectivite_id, professional_kind, reason, priority, sum(minutes) FROM planning_demand_unit
                WHERE horizon_id = ? AND session_id IS NOT NULL GROUP BY 1, 2, 3, 4
                """).param(horizon.id()).query(rs -> {
                    planned.put(rs.getLong(1) + rs.getString(2) + rs.getString(3) + rs.getInt(4), rs.getLong(5));
                });
        var unplanned = new ArrayList<PlanningInput.UnitRow>();
        for (var unit : derived) {
            var key = unit.collectiviteId() + unit.kind().name() + unit.reason().name() + unit.priority();
            long covered = planned.getOrDefault(key, 0L);
            if (covered >= unit.minutes()) {
                planned.put(key, covered - unit.minutes());
            } else {
                unplanned.add(unit);
            }
        }
        repository.replaceUnplannedDemand(horizon.id(), unplanned);
    }

    private void refuseWhileSolving(long horizonId) {
        if (runs.isSolving(horizonId)) {
            throw new ConflictException("A planning run is solving this horizon: stop it first");
        }
    }

    /** Draft sessions at least {@code noticeDays} ahead become published (pinned, notice dated today). */
    @Transactional
    public int publish(long horizonId, String publishedBy) {
        horizon(horizonId);
        refuseWhileSolving(horizonId);
        var today = LocalDate.now(clock);
        int count = repository.publish(horizonId, today, today.plusDays(settings.noticeDays()));
        repository.logChange(horizonId, null, "PUBLISH", publishedBy == null || publishedBy.isBlank() ? "secretariat"
                : publishedBy, count + " session(s) published, notice given on " + today, null, null);
        return count;
    }

    /**
     * Records a professional's new leave and starts a re-plan. Sessions after the notice window are re-assigned by
     * the solver (the stability constraint keeps the rest); those inside it stay and are returned: only an explicit
     * secretariat decision ({@link #move}) may change them.
     */
    @Transactional
    public List<PlanningRepository.StoredSession> recordLeave(long horizonId, Long professionalId, Leave leave) {
        horizon(horizonId);
        refuseWhileSolving(horizonId);
        if (professionalId == null || !repository.professionalExists(professionalId)) {
            throw new InvalidInputException("professionalId", "unknown professional");
        }
        if (leave == null || leave.startDate() == null || leave.endDate() == null || leave.startHalf() == null
                || leave.endHalf() == null) {
            throw new InvalidInputException("leave", "startDate, startHalf, endDate and endHalf are required");
        }
        var from = new DatedHalfDay(leave.startDate(), leave.startHalf());
        var to = new DatedHalfDay(leave.endDate(), leave.endHalf());
        if (to.compareTo(from) < 0) {
            throw new InvalidInputException("leave.endDate", "before the start");
        }
        var kind = leave.kind() == null ? "SICK" : leave.kind();
        if (!List.of("LEAVE", "SICK", "TRAINING", "OTHER").contains(kind)) {
            throw new InvalidInputException("leave.kind", "LEAVE, SICK, TRAINING or OTHER");
        }
        try {
            repository.insertLeave(professionalId, kind, from, to);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("A leave of this professional already starts on that half-day");
        }
        var window = LocalDate.now(clock).plusDays(settings.noticeDays());
        var covered = new PlanningInput.Leave(from, to);
        return repository.sessions(horizonId).stream()
                .filter(s -> s.professionalId() == professionalId && s.date().isBefore(window)
                        && covered.covers(new DatedHalfDay(s.date(), Half.valueOf(s.halfDay()))))
                .toList();
    }

    /**
     * Secretariat decision: moves a session (possibly inside the notice window), checked against the hard rules
     * that do not depend on the solver, and recorded with who, when and why. The moved session is pinned.
     */
    @Transactional
    public PlanningRepository.StoredSession move(long sessionId, Move move) {
        var session = repository.session(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
        var horizonId = jdbc.sql("SELECT horizon_id FROM planning_session WHERE id = ?").param(sessionId)
                .query(Long.class).single();
        refuseWhileSolving(horizonId);
        if (move.decidedBy() == null || move.decidedBy().isBlank()) {
            throw new InvalidInputException("decidedBy", "required");
        }
        if (move.reason() == null || move.reason().isBlank()) {
            throw new InvalidInputException("reason", "required: a move is a recorded decision");
        }
        long professionalId = move.professionalId() == null ? session.professionalId() : move.professionalId();
        var date = move.date() == null ? session.date() : move.date();
        var half = move.halfDay() == null ? Half.valueOf(session.halfDay()) : move.halfDay();
        long cabinetId = move.cabinetId() == null ? session.cabinetId() : move.cabinetId();
        checkMove(session, professionalId, new DatedHalfDay(date, half), cabinetId);
        repository.moveSession(sessionId, professionalId, date, half, cabinetId);
        var after = repository.session(sessionId).orElseThrow();
        repository.logChange(horizonId, sessionId, "MOVE", move.decidedBy().trim(), move.reason().trim(),
                session.toString(), after.toString());
        return after;
    }

    private void checkMove(PlanningRepository.StoredSession session, long professionalId, DatedHalfDay halfDay,
                           long cabinetId) {
        var professional = jdbc.sql("SELECT kind FROM professional WHERE id = ? AND active").param(professionalId)
                .query(String.class).optional()
                .orElseThrow(() -> new InvalidInputException("professionalId", "unknown or inactive professional"));
        if (!professional.equals(session.professionalKind())) {
            throw new InvalidInputException("professionalId", PlanningConstraints.PROFESSIONAL_KIND);
        }
        int dow = halfDay.dayOfWeek();
        boolean works = jdbc.sql("SELECT count(*) FROM professional_half_day WHERE professional_id = ? AND day_of_week = ? "
                + "AND half_day = ?").params(professionalId, dow, halfDay.half().name()).query(Integer.class).single() > 0;
        boolean onLeave = jdbc.sql("""
                SELECT count(*) FROM professional_leave WHERE professional_id = ?
                AND (start_date, CASE start_half WHEN 'AM' THEN 0 ELSE 1 END) <= (?, ?)
                AND (end_date, CASE end_half WHEN 'AM' THEN 0 ELSE 1 END) >= (?, ?)
                """).params(professionalId, halfDay.date(), halfDay.half().ordinal(), halfDay.date(),
                halfDay.half().ordinal()).query(Integer.class).single() > 0;
        if (!works || onLeave || FrenchCalendar.metropolitan().isHoliday(halfDay.date())) {
            throw new InvalidInputException("date", PlanningConstraints.PROFESSIONAL_WORKS);
        }
        boolean busy = jdbc.sql("SELECT count(*) FROM planning_session WHERE professional_id = ? AND session_date = ? "
                        + "AND half_day = ? AND id <> ?")
                .params(professionalId, halfDay.date(), halfDay.half().name(), session.id()).query(Integer.class)
                .single() > 0;
        if (busy) {
            throw new InvalidInputException("halfDay", PlanningConstraints.ONE_CABINET_PER_HALF_DAY);
        }
        var cabinet = jdbc.sql("SELECT rooms FROM cabinet WHERE id = ?").param(cabinetId).query(Integer.class).optional()
                .orElseThrow(() -> new InvalidInputException("cabinetId", "unknown cabinet"));
        boolean open = jdbc.sql("SELECT count(*) FROM cabinet_opening WHERE cabinet_id = ? AND day_of_week = ? AND half_day = ?")
                .params(cabinetId, dow, halfDay.half().name()).query(Integer.class).single() > 0;
        if (!open) {
            throw new InvalidInputException("cabinetId", PlanningConstraints.CABINET_OPEN);
        }
        int hosted = jdbc.sql("SELECT count(*) FROM planning_session WHERE cabinet_id = ? AND session_date = ? "
                        + "AND half_day = ? AND id <> ?")
                .params(cabinetId, halfDay.date(), halfDay.half().name(), session.id()).query(Integer.class).single();
        if (hosted >= cabinet) {
            throw new InvalidInputException("cabinetId", PlanningConstraints.CABINET_ROOMS);
        }
        for (var collectiviteId : session.collectivites().keySet()) {
            var minutes = jdbc.sql("SELECT minutes FROM travel_time WHERE collectivite_id = ? AND cabinet_id = ?")
                    .params(collectiviteId, cabinetId).query(Integer.class).optional().orElse(Integer.MAX_VALUE);
            if (minutes > settings.maxTravelMinutes()) {
                throw new InvalidInputException("cabinetId", PlanningConstraints.CABINET_WITHIN_TRAVEL);
            }
        }
    }

    /** Score by constraint, and per collectivité the unmet demand with the hard rules that block it. */
    public Explanation explain(long horizonId) {
        var solution = solution(horizonId);
        var constraints = constraints(solution);
        var score = solution.getScore();
        return new Explanation(horizonId, score.toString(), score.isFeasible(), constraints, perCollectivite(solution));
    }

    /** The running job's best solution, or the stored plan. */
    private PlanningProblem solution(long horizonId) {
        var horizon = horizon(horizonId);
        var solution = runs.currentBest(horizonId);
        return solution != null ? solution : runs.load(horizon);
    }

    public List<ConstraintLine> constraints(long horizonId) {
        return constraints(solution(horizonId));
    }

    /** Score per constraint, worst first. */
    public List<ConstraintLine> constraints(PlanningProblem solution) {
        var explanation = runs.solutionManager().explain(solution, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
        return explanation.getConstraintMatchTotalMap().values().stream()
                .map(total -> {
                    var score = total.getScore();
                    String level = score.hardScore() != 0 ? "HARD" : score.mediumScore() != 0 ? "MEDIUM" : "SOFT";
                    long value = score.hardScore() != 0 ? score.hardScore()
                            : score.mediumScore() != 0 ? score.mediumScore() : score.softScore();
                    return new ConstraintLine(total.getConstraintName(), level, value, total.getConstraintMatchCount());
                })
                .sorted(Comparator.comparing(ConstraintLine::level).thenComparingLong(ConstraintLine::score))
                .toList();
    }

    private List<CollectiviteExplanation> perCollectivite(PlanningProblem solution) {
        var placer = FirstFitPlacer.of(solution);
        var byCollectivite = new LinkedHashMap<Long, List<DemandUnit>>();
        solution.getUnits().forEach(u -> byCollectivite.computeIfAbsent(u.getCollectivite().id(), k -> new ArrayList<>()).add(u));
        var result = new ArrayList<CollectiviteExplanation>();
        byCollectivite.forEach((id, units) -> {
            long demand = units.stream().mapToLong(DemandUnit::getMinutes).sum();
            long assigned = units.stream().filter(DemandUnit::isAssigned).mapToLong(DemandUnit::getMinutes).sum();
            var groups = new LinkedHashMap<String, List<DemandUnit>>();
            units.stream().filter(u -> !u.isAssigned()).forEach(u ->
                    groups.computeIfAbsent(u.getKind() + "|" + u.getPriority() + "|" + u.getReason(),
                            k -> new ArrayList<>()).add(u));
            var unmet = groups.values().stream().map(group -> {
                var sample = group.stream().min((a, b) -> Integer.compare(a.getMinutes(), b.getMinutes())).orElseThrow();
                return new UnmetDemand(sample.getKind().name(), sample.getPriority(), sample.getReason().name(),
                        group.size(), group.stream().mapToLong(DemandUnit::getMinutes).sum(),
                        blockers(placer, sample, solution));
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
    private Map<String, Integer> blockers(FirstFitPlacer placer, DemandUnit unit, PlanningProblem solution) {
        var counts = new TreeMap<String, Integer>();
        var candidates = unit.getCandidateSlots().slots();
        if (candidates.isEmpty()) {
            boolean reachable = solution.getCabinets().stream()
                    .anyMatch(c -> unit.getCollectivite().minutesTo(c) <= settings.maxTravelMinutes());
            counts.put(reachable ? PlanningConstraints.PROFESSIONAL_WORKS + " (no " + unit.getKind().name().toLowerCase()
                    + " works after the notice date at a reachable cabinet)"
                    : PlanningConstraints.CABINET_WITHIN_TRAVEL + " (no cabinet within " + settings.maxTravelMinutes()
                    + " min)", 1);
            return counts;
        }
        for (var slot : candidates) {
            var rule = placer.blocker(slot, unit);
            counts.merge(rule == null ? "free (left for higher-priority demand or quality)" : rule, 1, Integer::sum);
        }
        return counts;
    }
}
