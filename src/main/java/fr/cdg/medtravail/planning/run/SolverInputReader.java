package fr.cdg.medtravail.planning.run;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import fr.cdg.medtravail.directory.cabinet.CabinetService;
import fr.cdg.medtravail.directory.collectivite.CollectiviteService;
import fr.cdg.medtravail.directory.professional.ProfessionalService;
import fr.cdg.medtravail.planning.domain.ConsultingProfessional;
import fr.cdg.medtravail.planning.domain.PlanningInput;
import fr.cdg.medtravail.planning.domain.PlanningRules;
import fr.cdg.medtravail.planning.horizon.Horizon;
import fr.cdg.medtravail.planning.horizon.HorizonRepository;
import fr.cdg.medtravail.planning.session.SessionRepository;
import fr.cdg.medtravail.travel.TravelTimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the solver needs for a horizon: its demand units (planning's own), the collectivités with demand and
 * their travel times, the cabinets, and the active doctors and nurses with their patterns and leaves, each through
 * its owner's service, one query per kind of row.
 */
@Component
class SolverInputReader {

    private final HorizonRepository horizons;
    private final CollectiviteService collectivites;
    private final CabinetService cabinets;
    private final ProfessionalService professionals;
    private final TravelTimeService travel;
    private final SessionRepository sessions;

    SolverInputReader(HorizonRepository horizons, CollectiviteService collectivites, CabinetService cabinets,
                      ProfessionalService professionals, TravelTimeService travel, SessionRepository sessions) {
        this.sessions = sessions;
        this.horizons = horizons;
        this.collectivites = collectivites;
        this.cabinets = cabinets;
        this.professionals = professionals;
        this.travel = travel;
    }

    @Transactional(readOnly = true)
    PlanningInput read(Horizon horizon, PlanningRules rules) {
        var units = horizons.units(horizon.id());
        var collectiviteIds = units.stream().map(PlanningInput.UnitInput::collectiviteId)
                .collect(Collectors.toCollection(TreeSet::new));
        var minutes = travel.minutesToCabinets(collectiviteIds);
        var served = collectivites.names(collectiviteIds).entrySet().stream()
                .map(c -> new PlanningInput.CollectiviteInput(c.getKey(), c.getValue(),
                        minutes.getOrDefault(c.getKey(), Map.of())))
                .sorted(Comparator.comparingLong(PlanningInput.CollectiviteInput::id)).toList();
        var places = cabinets.findAll(null).stream()
                .map(c -> new PlanningInput.CabinetInput(c.id(), c.details().code(), c.details().rooms(),
                        c.details().openingHalfDays(), c.details().latitude(), c.details().longitude(),
                        c.details().ownerCollectiviteId()))
                .sorted(Comparator.comparingLong(PlanningInput.CabinetInput::id)).toList();
        // Tiers temps is a monthly budget: leaves and other horizons' sessions of the whole months count.
        var monthsFrom = horizon.start().withDayOfMonth(1);
        var monthsTo = YearMonth.from(horizon.end()).atEndOfMonth();
        var leaves = professionals.leavesBetween(monthsFrom, monthsTo).stream()
                .collect(Collectors.groupingBy(leave -> leave.professionalId()));
        var elsewhere = sessions.sessionsOutside(horizon.id(), monthsFrom, monthsTo);
        var consulting = professionals.findAll(null).stream()
                .filter(p -> p.details().active() && ConsultingProfessional.KINDS.contains(p.details().kind()))
                .map(p -> new PlanningInput.ProfessionalInput(p.id(), p.details().code(), p.details().kind(),
                        p.details().workingRatio().doubleValue(), p.details().homeLatitude(),
                        p.details().homeLongitude(), p.details().weeklyHalfDays(),
                        leaves.getOrDefault(p.id(), List.of()), elsewhere.getOrDefault(p.id(), Map.of())))
                .sorted(Comparator.comparingLong(PlanningInput.ProfessionalInput::id)).toList();
        return new PlanningInput(horizon.id(), horizon.start(), horizon.end(), rules, served, places, consulting,
                units);
    }
}
