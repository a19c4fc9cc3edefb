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
import fr.cdg.medtravail.planning.run.PlanningRunService;
import fr.cdg.medtravail.visits.DueVisits;
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
     * Derives demand and keeps what is already planned: derived units covered by minutes planned in this horizon or
     * an earlier one are dropped, most urgent first (the deriver lists them so).
     */
    private void deriveDemand(Horizon horizon) {
        var derived = new DemandDeriver(settings.minutesPerVisit(), settings.sessionMinutes()).derive(horizon.start(),
                horizon.end(), agents.followUpsOfPreventiveMembers(horizon.start(), horizon.end()),
                visits.requestedVisits(), horizons.adjustments(horizon.id()));
        var planned = horizons.plannedMinutes(horizon.id(), DueVisits.VIP_INTERVAL_MONTHS);
        var unplanned = new ArrayList<PlanningInput.UnitInput>();
        for (var unit : derived) {
            var bucket = new DemandBucket(unit.collectiviteId(), unit.preferred(), unit.reason());
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
