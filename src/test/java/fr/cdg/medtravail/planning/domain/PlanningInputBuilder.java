package fr.cdg.medtravail.planning.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.medtravail.calendar.DatedHalfDay;
import fr.cdg.medtravail.calendar.FrenchCalendar;
import fr.cdg.medtravail.calendar.WeeklyHalfDay;
import fr.cdg.medtravail.directory.professional.Leave;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.travel.TravelTimeModel;

/**
 * A planning input written by hand for plain unit tests (no database): collectivités, cabinets, professionals and
 * demand units, built into a {@link SessionPlan} by the real {@link ProblemBuilder} and travel model.
 */
public final class PlanningInputBuilder {

    /** Every working half-day of a week, Monday to Friday. */
    public static final Set<WeeklyHalfDay> WEEKDAYS = WeeklyHalfDay.parseAll(
            "MON-AM MON-PM TUE-AM TUE-PM WED-AM WED-PM THU-AM THU-PM FRI-AM FRI-PM");

    private final LocalDate start;
    private final LocalDate end;
    private final PlanningRules rules;
    private final List<PlanningInput.CollectiviteInput> collectivites = new ArrayList<>();
    private final List<PlanningInput.CabinetInput> cabinets = new ArrayList<>();
    private final List<PlanningInput.ProfessionalInput> professionals = new ArrayList<>();
    private final List<PlanningInput.UnitInput> units = new ArrayList<>();

    /** Convention numbers (one hour's travel, 45 min lunch trip, 3 h 30 sessions) and the given notice date. */
    public PlanningInputBuilder(LocalDate start, LocalDate end, LocalDate noticeDate) {
        this.start = start;
        this.end = end;
        this.rules = new PlanningRules(60, 45, 210, noticeDate);
    }

    public PlanningInputBuilder collectivite(long id, Map<Long, Integer> minutesToCabinet) {
        collectivites.add(new PlanningInput.CollectiviteInput(id, "C" + id, minutesToCabinet));
        return this;
    }

    public PlanningInputBuilder cabinet(long id, int rooms, double latitude, double longitude,
                                        Set<WeeklyHalfDay> openings) {
        cabinets.add(new PlanningInput.CabinetInput(id, "CAB" + id, rooms, openings, latitude, longitude, null));
        return this;
    }

    public PlanningInputBuilder professional(long id, ProfessionalKind kind, Set<WeeklyHalfDay> pattern,
                                             Leave... leaves) {
        return professional(id, kind, pattern, Map.of(), leaves);
    }

    /** {@code sessionsElsewhere}: sessions of other horizons in the months this one touches. */
    public PlanningInputBuilder professional(long id, ProfessionalKind kind, Set<WeeklyHalfDay> pattern,
                                             Map<YearMonth, Integer> sessionsElsewhere, Leave... leaves) {
        professionals.add(new PlanningInput.ProfessionalInput(id, "P" + id, kind, 1.0, 45.76, 4.84, pattern,
                List.of(leaves), sessionsElsewhere));
        return this;
    }

    /** A teleconsultation cabinet: no position. */
    public PlanningInputBuilder teleconsultation(long id, Set<WeeklyHalfDay> openings) {
        cabinets.add(new PlanningInput.CabinetInput(id, "TELE" + id, 5, openings, null, null, null));
        return this;
    }

    public PlanningInputBuilder unit(long id, long collectiviteId, ProfessionalKind kind, int minutes, int priority) {
        return unit(id, collectiviteId, kind, minutes, priority, null);
    }

    public PlanningInputBuilder unit(long id, long collectiviteId, ProfessionalKind kind, int minutes, int priority,
                                     PlanningInput.Assignment assignment) {
        units.add(new PlanningInput.UnitInput(id, collectiviteId, Set.of(kind), kind, VisitReason.VIP, minutes,
                priority, assignment));
        return this;
    }

    /** A unit either kind may hold, or only some ({@code allowed}), for {@code reason}. */
    public PlanningInputBuilder unit(long id, long collectiviteId, Set<ProfessionalKind> allowed,
                                     ProfessionalKind preferred, VisitReason reason, int minutes) {
        units.add(new PlanningInput.UnitInput(id, collectiviteId, allowed, preferred, reason, minutes, 2, null));
        return this;
    }

    public static PlanningInput.Assignment stored(long professionalId, DatedHalfDay halfDay, long cabinetId,
                                                  boolean published) {
        return new PlanningInput.Assignment(professionalId, halfDay, cabinetId, published);
    }

    public PlanningInput input() {
        return new PlanningInput(1, start, end, rules, collectivites, cabinets, professionals, units);
    }

    public SessionPlan plan() {
        return plan(FrenchCalendar.metropolitan());
    }

    public SessionPlan plan(FrenchCalendar calendar) {
        return new ProblemBuilder(TravelTimeModel.withDefaults()::minutes, calendar, 12).build(input());
    }
}
