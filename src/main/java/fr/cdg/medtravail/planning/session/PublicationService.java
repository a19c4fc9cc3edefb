package fr.cdg.medtravail.planning.session;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.cdg.medtravail.calendar.DatedHalfDay;
import fr.cdg.medtravail.directory.professional.Leave;
import fr.cdg.medtravail.directory.professional.LeaveForm;
import fr.cdg.medtravail.directory.professional.ProfessionalService;
import fr.cdg.medtravail.planning.PlanningSettings;
import fr.cdg.medtravail.planning.changelog.ChangeAction;
import fr.cdg.medtravail.planning.changelog.ChangeLogRepository;
import fr.cdg.medtravail.planning.changelog.LoggedChange;
import fr.cdg.medtravail.planning.horizon.HorizonService;
import fr.cdg.medtravail.planning.run.PlanningRunService;
import fr.cdg.medtravail.planning.solver.HardRules;
import fr.cdg.medtravail.planning.solver.PlanningConstraint;
import fr.cdg.medtravail.visits.SessionReplanned;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changes a plan outside the solver: publication (notice given), a professional's new leave before a re-plan,
 * and the secretariat's moves, checked by the solver's own {@link HardRules} and recorded in the change log.
 */
@Service
public class PublicationService {

    private final SessionRepository sessions;
    private final SessionService named;
    private final ChangeLogRepository changes;
    private final HorizonService horizons;
    private final PlanningRunService runs;
    private final ProfessionalService professionals;
    private final PlanningSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PublicationService(SessionRepository sessions, SessionService named, ChangeLogRepository changes,
                       HorizonService horizons, PlanningRunService runs, ProfessionalService professionals,
                       PlanningSettings settings, Clock clock, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.named = named;
        this.changes = changes;
        this.horizons = horizons;
        this.runs = runs;
        this.professionals = professionals;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    /**
     * What a publication did: {@code published} drafts at least {@code noticeDays} ahead; {@code insideWindow} drafts
     * too close to be published, which stay unannounced and are planned again by the next run.
     */
    public record Publication(int published, int insideWindow) {
    }

    /** Draft sessions at least {@code noticeDays} ahead become published (pinned, notice dated today). */
    @Transactional
    public Publication publish(long horizonId, String publishedBy) {
        horizons.horizon(horizonId);
        runs.requireIdle(horizonId);
        var today = LocalDate.now(clock);
        int insideWindow = (int) named.ofHorizon(horizonId).stream()
                .filter(s -> NoticeAlert.of(s.status(), s.date(), today, settings) == NoticeAlert.INSIDE_WINDOW).count();
        int count = sessions.publish(horizonId, today, settings.noticeDate(today));
        changes.log(horizonId, null, ChangeAction.PUBLISH, publishedBy == null || publishedBy.isBlank()
                ? "secretariat" : publishedBy, count + " session(s) published, notice given on " + today
                        + (insideWindow > 0 ? "; " + insideWindow + " draft(s) inside the notice window not published"
                        : ""), null, null);
        return new Publication(count, insideWindow);
    }

    /**
     * Records a professional's new leave (kind SICK when not given) through the directory, before a re-plan.
     * Sessions after the notice window are re-assigned by the solver (the stability constraint keeps the rest);
     * those inside it stay and are returned: only an explicit secretariat decision ({@link #move}) may change them.
     */
    @Transactional
    public List<StoredSession> recordLeave(long horizonId, Long professionalId, LeaveForm leave) {
        horizons.horizon(horizonId);
        runs.requireIdle(horizonId);
        if (professionalId == null || !professionals.exists(professionalId)) {
            throw new InvalidInputException("professionalId", "unknown professional");
        }
        if (leave == null) {
            throw new InvalidInputException("leave", "startDate, startHalf, endDate and endHalf are required");
        }
        Leave recorded = professionals.addLeave(professionalId, leave.kind() != null ? leave
                : new LeaveForm(Leave.Kind.SICK, leave.startDate(), leave.startHalf(), leave.endDate(), leave.endHalf()));
        var window = settings.noticeDate(LocalDate.now(clock));
        return named.ofHorizon(horizonId).stream()
                .filter(s -> s.professionalId() == professionalId && s.date().isBefore(window)
                        && recorded.covers(s.date(), s.halfDay()))
                .toList();
    }

    /**
     * Secretariat decision: moves a session (possibly inside the notice window), refused with the name of the hard
     * rule it would break, and recorded with who, when and why. The moved session is pinned. A published session's
     * notice is given again today, and booking hears of the move ({@link SessionReplanned}) before it is written: the
     * appointments it can no longer keep wait for the secretariat, and the référents of every collectivité the session
     * serves are told when its place or time changes.
     */
    @Transactional
    public StoredSession move(long sessionId, SessionMove move) {
        var session = sessions.find(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
        runs.requireIdle(session.horizonId());
        if (move.decidedBy() == null || move.decidedBy().isBlank()) {
            throw new InvalidInputException("decidedBy", "required");
        }
        if (move.reason() == null || move.reason().isBlank()) {
            throw new InvalidInputException("reason", "required: a move is a recorded decision");
        }
        long professionalId = move.professionalId() == null ? session.professionalId() : move.professionalId();
        var date = move.date() == null ? session.date() : move.date();
        var half = move.halfDay() == null ? session.halfDay() : move.halfDay();
        long cabinetId = move.cabinetId() == null ? session.cabinetId() : move.cabinetId();
        check(session, professionalId, new DatedHalfDay(date, half), cabinetId);
        var before = named.find(sessionId).orElseThrow();
        if (before.status() == SessionStatus.PUBLISHED) {
            events.publishEvent(new SessionReplanned(sessionId, false, professionalId,
                    professionals.get(professionalId).details().kind(), date, half,
                    cabinetId, session.servedCollectivites(), move.decidedBy().trim()));
        }
        sessions.move(sessionId, professionalId, date, half, cabinetId, LocalDate.now(clock));
        var after = named.find(sessionId).orElseThrow();
        changes.log(session.horizonId(), sessionId, ChangeAction.MOVE, move.decidedBy().trim(), move.reason().trim(),
                before.toString(), after.toString());
        return after;
    }

    /** The recorded decisions on a horizon's plan, oldest first. */
    public List<LoggedChange> changes(long horizonId) {
        horizons.horizon(horizonId);
        return changes.changes(horizonId);
    }

    /** Places the session's units on the new slot of the stored plan, as the solver's construction would. */
    private void check(PlannedSession session, long professionalId, DatedHalfDay halfDay, long cabinetId) {
        var plan = runs.load(horizons.horizon(session.horizonId()));
        var professional = plan.getProfessionals().stream().filter(p -> p.id() == professionalId).findFirst()
                .orElseThrow(() -> new InvalidInputException("professionalId", "unknown or inactive professional"));
        var cabinet = plan.getCabinets().stream().filter(c -> c.id() == cabinetId).findFirst()
                .orElseThrow(() -> new InvalidInputException("cabinetId", "unknown cabinet"));
        var unitIds = Set.copyOf(sessions.unitIds(session.id()));
        var units = plan.getUnits().stream().filter(unit -> unitIds.contains(unit.getId())).toList();
        var broken = HardRules.brokenByMove(plan, units, professional, halfDay, cabinet);
        if (broken != null) {
            throw new InvalidInputException(fieldOf(broken), broken.id());
        }
    }

    /** The field of the move that a broken rule points at. */
    private static String fieldOf(PlanningConstraint rule) {
        return switch (rule) {
            case PROFESSIONAL_KIND -> "professionalId";
            case CABINET_ROOMS, CABINET_OPEN, CABINET_WITHIN_TRAVEL, TELECONSULTATION -> "cabinetId";
            default -> "date";
        };
    }
}
