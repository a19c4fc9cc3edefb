package fr.cdg.medtravail.planning.domain;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import fr.cdg.medtravail.calendar.DatedHalfDay;
import fr.cdg.medtravail.calendar.FrenchCalendar;
import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.calendar.WeeklyHalfDay;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;

/**
 * Turns {@link PlanningInput} rows into the solver's {@link SessionPlan}: shifts from weekly patterns minus public
 * holidays of the CDG's calendar (leave makes a shift unavailable), tiers-temps budgets per calendar month (whole
 * month, less the sessions outside the horizon), and for every unit the candidate slots (allowed kinds, the preferred
 * kind's first; the {@code cabinetsPerCollectivite} nearest cabinets within the travel limit, plus teleconsultation
 * at 0 minutes for a doctor when the visit allows it; open, after the notice date). Candidate lists are shared
 * between units with the same kinds and cabinets.
 */
public final class ProblemBuilder {

    private final TravelEstimator travel;
    private final FrenchCalendar calendar;
    private final int cabinetsPerCollectivite;

    public ProblemBuilder(TravelEstimator travel, FrenchCalendar calendar, int cabinetsPerCollectivite) {
        this.travel = travel;
        this.calendar = calendar;
        this.cabinetsPerCollectivite = cabinetsPerCollectivite;
    }

    public SessionPlan build(PlanningInput input) {
        var rules = input.rules();
        var cabinets = cabinets(input.cabinets());
        var cabinetById = cabinets.stream().collect(Collectors.toMap(SessionCabinet::id, c -> c));
        var collectivites = input.collectivites().stream()
                .map(row -> new ServedCollectivite(row.id(), row.name(), Map.copyOf(row.minutesToCabinet()),
                        ownCabinet(row.id(), cabinets)))
                .toList();
        var collectiviteById = collectivites.stream().collect(Collectors.toMap(ServedCollectivite::id, c -> c));

        var professionals = new ArrayList<ConsultingProfessional>();
        var shifts = new ArrayList<Shift>();
        var shiftByKey = new HashMap<Shift, Shift>();
        for (var row : input.professionals()) {
            var home = new HashMap<Long, Integer>();
            for (var cabinet : cabinets) {
                if (cabinet.latitude() != null) {
                    home.put(cabinet.id(), travel.minutes(row.homeLatitude(), row.homeLongitude(),
                            cabinet.latitude(), cabinet.longitude()));
                }
            }
            var professional = new ConsultingProfessional(row.id(), row.code(), row.kind(), row.workingRatio(), Map.copyOf(home));
            professionals.add(professional);
            for (var shift : shiftsOf(professional, row, input)) {
                shifts.add(shift);
                shiftByKey.put(shift, shift);
            }
        }

        var slotsByKind = new LinkedHashMap<ProfessionalKind, List<Slot>>();
        for (var kind : ConsultingProfessional.KINDS) {
            var slots = new ArrayList<Slot>();
            shifts.stream()
                    .filter(s -> s.professional().kind() == kind)
                    .sorted(Comparator.comparing(Shift::halfDay).thenComparingLong(s -> s.professional().id()))
                    .forEach(s -> cabinets.stream().map(c -> new Slot(s, c))
                            .filter(slot -> CandidateSlots.offered(slot, rules.noticeDate()))
                            .forEach(slots::add));
            slotsByKind.put(kind, slots);
        }
        var teleconsultation = cabinets.stream().filter(SessionCabinet::teleconsultation).map(SessionCabinet::id).toList();
        var candidateCache = new HashMap<List<Object>, CandidateSlots>();
        var units = new ArrayList<DemandUnit>();
        for (var row : input.units()) {
            var collectivite = collectiviteById.get(row.collectiviteId());
            var unit = new DemandUnit(row.id(), collectivite, row.allowed(), row.preferred(), row.reason(),
                    row.minutes(), row.priority(), null);
            var reachable = candidateCabinets(collectivite, cabinets, rules);
            if (unit.mayUseTeleconsultation()) {
                reachable.addAll(teleconsultation);
            }
            var kinds = unit.getAllowedKinds();
            var candidates = candidateCache.computeIfAbsent(List.of(kinds, row.preferred(), reachable), key -> {
                var ordered = new ArrayList<ProfessionalKind>(List.of(row.preferred()));
                kinds.stream().filter(k -> k != row.preferred()).forEach(ordered::add);
                var slots = ordered.stream().flatMap(kind -> slotsByKind.get(kind).stream())
                        .filter(slot -> reachable.contains(slot.cabinet().id())).toList();
                return new CandidateSlots(slots, kinds, reachable, rules.noticeDate());
            });
            unit.setCandidateSlots(candidates);
            if (row.assignment() != null) {
                restore(unit, row.assignment(), shiftByKey, professionals, cabinetById, rules);
            }
            units.add(unit);
        }
        return new SessionPlan(input.horizonId(), input.start(), input.end(), rules, professionals, cabinets,
                collectivites, shifts, units);
    }

    /**
     * Stored assignments are kept as the starting point. Published ones are pinned, except those after the window
     * whose professional is now away: those are re-planned. A draft inside the window can no longer be announced: it
     * is not met demand, and its unit is planned again after the notice date.
     */
    private void restore(DemandUnit unit, PlanningInput.Assignment stored, Map<Shift, Shift> shiftByKey,
                         List<ConsultingProfessional> professionals, Map<Long, SessionCabinet> cabinetById, PlanningRules rules) {
        // A professional who left the CDG (inactive) is no longer loaded: their sessions become unavailable shifts.
        var professional = professionals.stream().filter(p -> p.id() == stored.professionalId()).findFirst()
                .orElseGet(() -> new ConsultingProfessional(stored.professionalId(), "#" + stored.professionalId(),
                        unit.getPreferredKind(), 1.0, Map.of()));
        var probe = new Shift(professional, stored.halfDay(), null, false);
        // A stored half-day that is no longer a working one (pattern changed) becomes an unavailable shift.
        var shift = shiftByKey.getOrDefault(probe, new Shift(professional, stored.halfDay(),
                new ProfessionalMonth(professional, YearMonth.from(stored.halfDay().date()), 0), false));
        var slot = new Slot(shift, cabinetById.get(stored.cabinetId()));
        unit.setOriginalSlot(slot);
        unit.setOriginalPublished(stored.published());
        boolean insideWindow = stored.halfDay().date().isBefore(rules.noticeDate());
        if (stored.published() && (insideWindow || shift.available())) {
            unit.setPinned(true);
            unit.setSlot(slot);
        } else if (!stored.published() && !insideWindow && shift.available()) {
            unit.setSlot(slot);
        }
    }

    /**
     * The professional's shifts inside the horizon. Tiers temps is a monthly rule: the budget counts the working
     * half-days of the whole calendar month, less the sessions the month holds outside this horizon.
     */
    private List<Shift> shiftsOf(ConsultingProfessional professional, PlanningInput.ProfessionalInput row, PlanningInput input) {
        var byMonth = new LinkedHashMap<YearMonth, List<DatedHalfDay>>();
        var last = YearMonth.from(input.end()).atEndOfMonth();
        for (var date = input.start().withDayOfMonth(1); !date.isAfter(last); date = date.plusDays(1)) {
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY || calendar.isHoliday(date)) {
                continue;
            }
            for (var part : Half.values()) {
                if (row.pattern().contains(new WeeklyHalfDay(date.getDayOfWeek(), part))) {
                    byMonth.computeIfAbsent(YearMonth.from(date), m -> new ArrayList<>()).add(new DatedHalfDay(date, part));
                }
            }
        }
        var shifts = new ArrayList<Shift>();
        byMonth.forEach((month, halfDays) -> {
            var working = halfDays.stream().filter(h -> row.leaves().stream().noneMatch(l -> l.covers(h.date(), h.half())))
                    .collect(Collectors.toSet());
            int elsewhere = row.sessionsElsewhere().getOrDefault(month, 0);
            var budget = new ProfessionalMonth(professional, month, Math.max(0, working.size() * 2 / 3 - elsewhere));
            halfDays.stream().filter(h -> !h.date().isBefore(input.start()) && !h.date().isAfter(input.end()))
                    .forEach(h -> shifts.add(new Shift(professional, h, budget, working.contains(h))));
        });
        return shifts;
    }

    /** The nearest cabinets within the travel limit, always including the collectivité's own. */
    private Set<Long> candidateCabinets(ServedCollectivite collectivite, List<SessionCabinet> cabinets, PlanningRules rules) {
        return cabinets.stream()
                .filter(c -> !c.teleconsultation() && collectivite.minutesTo(c) <= rules.maxTravelMinutes())
                .sorted(Comparator.comparingInt((SessionCabinet c) -> c.id() == ownId(collectivite) ? -1 : collectivite.minutesTo(c))
                        .thenComparingLong(SessionCabinet::id))
                .limit(cabinetsPerCollectivite)
                .map(SessionCabinet::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static long ownId(ServedCollectivite collectivite) {
        return collectivite.ownCabinetId() == null ? -1 : collectivite.ownCabinetId();
    }

    private static Long ownCabinet(long collectiviteId, List<SessionCabinet> cabinets) {
        return cabinets.stream().filter(c -> c.ownerCollectiviteId() != null && c.ownerCollectiviteId() == collectiviteId)
                .map(SessionCabinet::id).findFirst().orElse(null);
    }

    private List<SessionCabinet> cabinets(List<PlanningInput.CabinetInput> rows) {
        return rows.stream().map(row -> {
            var trips = new HashMap<Long, Integer>();
            for (var other : rows) {
                if (other.id() != row.id() && row.latitude() != null && other.latitude() != null) {
                    trips.put(other.id(), travel.minutes(row.latitude(), row.longitude(), other.latitude(), other.longitude()));
                }
            }
            return new SessionCabinet(row.id(), row.code(), row.rooms(), SessionCabinet.openingKeys(row.openings()), row.latitude(), row.longitude(),
                    row.ownerCollectiviteId(), Map.copyOf(trips));
        }).toList();
    }
}
