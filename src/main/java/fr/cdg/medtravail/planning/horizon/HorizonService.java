package fr.cdg.medtravail.planning.horizon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cdg.medtravail.directory.agent.AgentService;
import fr.cdg.medtravail.directory.collectivite.CollectiviteService;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.planning.PlanningSettings;
import fr.cdg.medtravail.planning.domain.ConsultingProfessional;
import fr.cdg.medtravail.planning.domain.DemandDeriver;
import fr.cdg.medtravail.planning.domain.PlanningInput;
import fr.cdg.medtravail.planning.domain.VisitReason;
import fr.cdg.medtravail.planning.run.PlanningRunService;
import fr.cdg.medtravail.visits.DueVisit;
import fr.cdg.medtravail.visits.VisitKind;
import fr.cdg.medtravail.visits.VisitService;
import fr.cdg.medtravail.web.ConflictException;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.NotFoundException;

/** Horizons and their demand, derived from the directory's agents, waiting requests and manual adjustments. */
@Service
public class HorizonService {

    private final HorizonRepository horizons;
    private final PlanningRunService runs;
    private final AgentService agents;
    private final CollectiviteService collectivites;
    private final VisitService visits;
    private final PlanningSettings settings;

    HorizonService(HorizonRepository horizons, PlanningRunService runs, AgentService agents,
                   CollectiviteService collectivites, VisitService visits, PlanningSettings settings) {
        this.horizons = horizons;
        this.runs = runs;
        this.agents = agents;
        this.collectivites = collectivites;
        this.visits = visits;
        this.settings = settings;
    }

    public Horizon horizon(long id) {
        return horizons.find(id).orElseThrow(() -> new NotFoundException("Horizon", id));
    }

    public List<HorizonView> horizons() {
        return horizons.all().stream().map(this::view).toList();
    }

    public HorizonView view(long id) {
        return view(horizon(id));
    }

    private HorizonView view(Horizon horizon) {
        var byKind = horizons.demandMinutesByKind(horizon.id());
        return new HorizonView(horizon.id(), horizon.name(), horizon.start(), horizon.end(),
                runs.isSolving(horizon.id()), new HorizonView.DemandSummary(horizons.demandUnits(horizon.id()),
                byKind.values().stream().mapToLong(Long::longValue).sum(), byKind));
    }

    @Transactional
    public HorizonView create(String name, LocalDate start, LocalDate end) {
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
            id = horizons.insert(name.trim(), start, end);
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
        runs.requireIdle(horizonId);
        if (collectiviteId == null || collectivites.names(List.of(collectiviteId)).isEmpty()) {
            throw new InvalidInputException("collectiviteId", "unknown collectivité");
        }
        if (kind == null || !ConsultingProfessional.KINDS.contains(kind)) {
            throw new InvalidInputException("kind", "OCCUPATIONAL_DOCTOR or NURSE");
        }
        if (halfDays == null || Math.abs(halfDays) > 200) {
            throw new InvalidInputException("halfDays", "between -200 and 200");
        }
        horizons.saveAdjustment(horizonId, collectiviteId, kind, halfDays, reason);
        deriveDemand(horizon);
        return view(horizonId);
    }

    /**
     * A requested visit in planning's terms: a return or pre-return ranks as a return, anything else as a request,
     * held by the kind the visit prefers, or by a nurse when either may hold it.
     */
    private static DemandDeriver.WaitingRequest waitingRequest(DueVisit visit) {
        var kind = visit.preferred() != null ? visit.preferred()
                : visit.mayBeHeldBy(ProfessionalKind.NURSE) ? ProfessionalKind.NURSE : ProfessionalKind.OCCUPATIONAL_DOCTOR;
        var reason = visit.kind() == VisitKind.RETURN || visit.kind() == VisitKind.PRE_RETURN
                ? VisitReason.RETURN : VisitReason.REQUEST;
        return new DemandDeriver.WaitingRequest(visit.collectiviteId(), kind, reason);
    }

    /** Derives demand and keeps what is already planned: derived units covered by planned minutes are dropped. */
    private void deriveDemand(Horizon horizon) {
        var requests = visits.requestedVisits().stream().map(HorizonService::waitingRequest).toList();
        var derived = new DemandDeriver(settings.minutesPerVisit(), settings.sessionMinutes()).derive(horizon.start(),
                horizon.end(), agents.followUpsOfPreventiveMembers(horizon.start(), horizon.end()), requests,
                horizons.adjustments(horizon.id()));
        var planned = horizons.plannedMinutes(horizon.id());
        var unplanned = new ArrayList<PlanningInput.UnitInput>();
        for (var unit : derived) {
            var bucket = new DemandBucket(unit.collectiviteId(), unit.kind(), unit.reason(), unit.priority());
            long covered = planned.getOrDefault(bucket, 0L);
            if (covered >= unit.minutes()) {
                planned.put(bucket, covered - unit.minutes());
            } else {
                unplanned.add(unit);
            }
        }
        horizons.replaceUnplannedDemand(horizon.id(), unplanned);
    }
}
