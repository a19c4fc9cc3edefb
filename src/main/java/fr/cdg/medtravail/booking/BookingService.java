package fr.cdg.medtravail.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cdg.medtravail.directory.agent.Agent;
import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.directory.agent.AgentService;
import fr.cdg.medtravail.directory.cabinet.CabinetService;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.visits.DueVisit;
import fr.cdg.medtravail.visits.VisitKind;
import fr.cdg.medtravail.visits.VisitService;
import fr.cdg.medtravail.web.ConflictException;
import fr.cdg.medtravail.web.FieldProblem;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.NotFoundException;

/**
 * Placing agents on published sessions, replacing and cancelling them, giving reserved minutes back. Each booking
 * checks, in this order: the input (400); the time already taken (409, one indexed read, so that racers lose
 * cheaply); the agent (visible, else 404; active, else 400); the session (published, else 404); the time (inside the
 * session's hours, not past: 400); the visit (owed by the agent and allowed for the session's professional: 400);
 * the due visit not already booked (409); then under the session's lock the reserve (409) and, by the database's
 * exclusion constraints, the time and the agent's other appointments (409).
 */
@Service
public class BookingService {

    /** Recipient of the secretariat's notifications. */
    public static final String SECRETARIAT = "secretariat";

    private final AppointmentRepository appointments;
    private final BookingRepository booking;
    private final AgentService agents;
    private final VisitService visits;
    private final BookingSettings settings;
    private final CabinetService cabinets;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BookingService(AppointmentRepository appointments, BookingRepository booking, AgentService agents,
                   VisitService visits, BookingSettings settings, CabinetService cabinets,
                   TransactionTemplate transactions, Clock clock) {
        this.cabinets = cabinets;
        this.transactions = transactions;
        this.appointments = appointments;
        this.booking = booking;
        this.agents = agents;
        this.visits = visits;
        this.settings = settings;
        this.clock = clock;
    }

    /** A booking and whether it repeats an earlier request with the same Idempotency-Key. */
    public record Booked(Appointment appointment, boolean replayed) {
    }

    /** Recipient of the notifications meant for a collectivité's référents. */
    public static String referentsOf(long collectiviteId) {
        return "referents:collectivite:" + collectiviteId;
    }

    /**
     * Books an agent; with an {@code idempotencyKey} already used by the same user for the same booking, answers that
     * booking again instead of booking twice. A time already taken is refused on one read outside any transaction,
     * so that the many losers of a race hold no connection longer than that read.
     */
    public Booked place(CdgUser user, AppointmentRequest request, String idempotencyKey) {
        var problems = request.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new InvalidInputException("Idempotency-Key", "1 to 200 characters");
        }
        var replay = replay(user, request, idempotencyKey);
        if (replay.isPresent()) {
            return replay.get();
        }
        var wanted = new TimeRange(request.start(), request.start().plusMinutes(settings.minutes(request.visitKind())));
        if (appointments.timeTaken(request.sessionId(), wanted)) {
            // A retry whose first attempt committed after the replay check above took this time itself.
            return replay(user, request, idempotencyKey).orElseThrow(BookingService::timeTaken);
        }
        return transactions.execute(status -> placeChecked(user, request, idempotencyKey));
    }

    private Booked placeChecked(CdgUser user, AppointmentRequest request, String idempotencyKey) {
        var agent = bookableAgent(user, request.agentId(), "agentId");
        var session = published(request.sessionId());
        var now = now();
        var time = timeOn(session, request.start(), request.visitKind(), now);
        var due = dueVisit(user, agent, request.visitKind(), session, now.toLocalDate());

        appointments.lockSession(session.id());
        // A retry racing its first attempt waited for the lock: it finds the first attempt's booking now, before the
        // checks that booking would otherwise fail (its agent and its time are taken by it).
        var replay = replay(user, request, idempotencyKey);
        if (replay.isPresent()) {
            return replay.get();
        }
        refuseTaken(session, agent, due, time);
        return new Booked(book(user, session, agent, due, time, idempotencyKey), false);
    }

    /**
     * Another agent takes an upcoming appointment's time: the first is recorded as replaced (not an absence), the
     * second booked on the same time.
     */
    @Transactional
    public Appointment replace(CdgUser user, long appointmentId, ReplacementForm form) {
        var problems = new ArrayList<FieldProblem>();
        if (form.agentId() == null) {
            problems.add(FieldProblem.of("agentId", "must name the agent who takes the time"));
        }
        if (form.visitKind() == null) {
            problems.add(FieldProblem.of("visitKind", "must name the visit the new agent comes for"));
        }
        if (form.version() == null) {
            problems.add(FieldProblem.of("version", "must give the version of the appointment read"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var replaced = visibleTo(user, appointmentId);
        var agent = bookableAgent(user, form.agentId(), "agentId");
        if (agent.collectiviteId() != replaced.collectiviteId() && !user.isStaff()) {
            throw new InvalidInputException("agentId", "the agent must belong to the collectivité of the appointment");
        }
        var session = published(replaced.sessionId());
        var now = now();
        var time = timeOn(session, replaced.start(), form.visitKind(), now);
        if (!replaced.time().contains(time)) {
            throw new InvalidInputException("visitKind", "a " + form.visitKind() + " visit is longer than the time"
                    + " being replaced");
        }
        var due = dueVisit(user, agent, form.visitKind(), session, now.toLocalDate());
        appointments.lockSession(session.id());
        upcoming(replaced, form.version());
        if (!appointments.move(replaced, AppointmentStatus.REPLACED, "replaced by agent " + agent.id(), null,
                user.username())) {
            throw stale(appointmentId);
        }
        reopenRequest(replaced);
        refuseTaken(session, agent, due, time);
        var replacement = book(user, session, agent, due, time, null);
        appointments.setReplacedBy(replaced.id(), replacement.id());
        return replacement;
    }

    /**
     * Cancels an upcoming appointment. At least 48 hours before, the time is free again; later, the absence is
     * unjustified unless another agent is given the time (then it is recorded as replaced). The secretariat's
     * cancellation is the service's. {@code version}, when given, must be the current one.
     */
    @Transactional
    public Appointment cancel(CdgUser user, long appointmentId, Integer version) {
        var appointment = visibleTo(user, appointmentId);
        // After a re-plan, the secretariat decides: cancelling is one decision.
        if (!(user.isStaff() && appointment.status() == AppointmentStatus.TO_REPLAN)) {
            upcoming(appointment, version == null ? appointment.version() : version);
        } else if (version != null && version != appointment.version()) {
            throw stale(appointmentId);
        }
        AppointmentStatus status;
        if (user.isStaff()) {
            status = AppointmentStatus.CANCELLED_BY_SERVICE;
        } else if (BookingRules.announcedInTime(appointment.start(), now())) {
            status = AppointmentStatus.CANCELLED;
        } else {
            status = AppointmentStatus.ABSENT_UNJUSTIFIED;
        }
        var note = status == AppointmentStatus.ABSENT_UNJUSTIFIED
                ? "cancelled less than " + BookingRules.ABSENCE_NOTICE.toHours() + " hours before" : "cancelled";
        if (!appointments.move(appointment, status, note, null, user.username())) {
            throw stale(appointmentId);
        }
        reopenRequest(appointment);
        return appointments.findById(appointmentId).orElseThrow();
    }

    /**
     * Gives reserved minutes back. At least 15 days before the session they return to the pool and are offered to
     * the référents of the collectivités within reach of the cabinet and to their waitlisted agents; later, they
     * are recorded as a late release (unused minutes).
     */
    @Transactional
    public void release(CdgUser user, long collectiviteId, long sessionId, ReleaseForm form) {
        if (!user.canSeeCollectivite(collectiviteId)) {
            throw new NotFoundException("Collectivité", collectiviteId);
        }
        if (form.minutes() == null || form.minutes() <= 0) {
            throw new InvalidInputException("minutes", "must be a positive number of minutes");
        }
        var session = published(sessionId);
        appointments.lockSession(sessionId);
        var ledger = booking.ledger(sessionId, collectiviteId);
        if (form.minutes() > ledger.ownLeft()) {
            throw new InvalidInputException("minutes", "only " + ledger.ownLeft()
                    + " reserved minutes are left unbooked on this session");
        }
        var today = now().toLocalDate();
        boolean early = BookingRules.earlyRelease(session.date(), today);
        booking.release(sessionId, collectiviteId, form.minutes(), early, user.username());
        if (early) {
            offer(session, collectiviteId, form.minutes());
        }
    }

    /** A cabinet's own opening hours for a half-day, instead of the defaults (upcoming appointments keep theirs). */
    @Transactional
    public OpeningHours setHours(long cabinetId, Half half, String hours) {
        cabinets.get(cabinetId);
        OpeningHours parsed;
        try {
            parsed = OpeningHours.parse(hours == null ? "" : hours);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("hours", e.getMessage());
        }
        booking.setHours(cabinetId, half, parsed);
        return parsed;
    }

    /** Puts a due agent on the waitlist of released minutes. */
    @Transactional
    public void waitFor(CdgUser user, long collectiviteId, WaitlistForm form) {
        if (form.agentId() == null) {
            throw new InvalidInputException("agentId", "must name the agent");
        }
        if (form.visitKind() == null) {
            throw new InvalidInputException("visitKind", "must name the visit the agent waits for");
        }
        var agent = bookableAgent(user, form.agentId(), "agentId");
        if (agent.collectiviteId() != collectiviteId) {
            throw new NotFoundException("Agent", form.agentId());
        }
        owed(user, agent, form.visitKind(), now().toLocalDate());
        booking.addToWaitlist(agent.id(), collectiviteId, form.visitKind());
    }

    /**
     * Writes the 15-day warnings: the référents of collectivités whose reserve on a session within the next 15 days
     * is still empty. Each reserve is warned once.
     */
    @Scheduled(cron = "${medtravail.booking.warning-cron:0 0 6 * * *}", zone = "Europe/Paris")
    @Transactional
    public void warnEmptyReserves() {
        warnEmptyReserves(now().toLocalDate());
    }

    @Transactional
    public int warnEmptyReserves(LocalDate today) {
        var empty = booking.emptyReserves(today, BookingRules.warningHorizon(today));
        for (var reserve : empty) {
            booking.notify(referentsOf(reserve.collectiviteId()), reserve.collectiviteId(), null,
                    NotificationKind.EMPTY_RESERVE_WARNING, Map.of("sessionId", reserve.sessionId(),
                            "date", reserve.date().toString(), "halfDay", reserve.half().name(),
                            "cabinetId", reserve.cabinetId(), "reservedMinutes", reserve.minutes()),
                    "empty-reserve:" + reserve.sessionId() + ":" + reserve.collectiviteId());
        }
        return empty.size();
    }

    private Appointment book(CdgUser user, BookableSession session, Agent agent, DueVisit due, TimeRange time,
                             String idempotencyKey) {
        var dueKey = dueKey(due);
        var ledger = booking.ledger(session.id(), agent.collectiviteId());
        int minutes = time.minutes();
        boolean reach = ledger.ownLeft() >= minutes
                || booking.withinReach(agent.collectiviteId(), session.cabinetId(), settings.poolTravelMinutes());
        var source = ledger.sourceFor(minutes, reach, user.isStaff()).orElseThrow(() -> new ConflictException(
                "No reserved minutes left for the collectivité on this session (" + ledger.ownLeft()
                        + " reserved, " + (reach ? ledger.poolLeft() : 0) + " in the pool, " + minutes + " needed)"));
        var booked = appointments.insert(new AppointmentRepository.NewAppointment(session.id(), agent.collectiviteId(),
                agent.id(), due.kind(), due.requestId(), dueKey, due.confidential(), time, source, user.username(),
                idempotencyKey), "booked (" + source + ")");
        appointments.replaceLateCancellations(session.id(), time, booked.id(), user.username());
        if (due.requestId() != null) {
            visits.requestBooked(due.requestId());
        }
        booking.leaveWaitlist(agent.id(), due.kind());
        return booked;
    }

    private void refuseTaken(BookableSession session, Agent agent, DueVisit due, TimeRange time) {
        switch (appointments.clash(agent.id(), dueKey(due), session.id(), time)) {
            case DUE_VISIT_BOOKED -> throw new ConflictException("The agent already has an upcoming appointment for"
                    + " this " + due.kind() + " visit");
            case TIME_TAKEN -> throw timeTaken();
            case NONE -> { }
        }
    }

    private static ConflictException timeTaken() {
        return new ConflictException("This time of the session is already taken: choose another time");
    }

    private void offer(BookableSession session, long releasedBy, int minutes) {
        var others = booking.collectivitesWithinReach(session.cabinetId(), settings.poolTravelMinutes(), releasedBy);
        var payload = new LinkedHashMap<String, Object>();
        payload.put("sessionId", session.id());
        payload.put("date", session.date().toString());
        payload.put("halfDay", session.half().name());
        payload.put("cabinetId", session.cabinetId());
        payload.put("minutes", minutes);
        var stamp = session.id() + ":" + releasedBy + ":" + now();
        for (var collectivite : others) {
            booking.notify(referentsOf(collectivite), collectivite, null, NotificationKind.RELEASE_OFFER, payload,
                    "release:" + stamp + ":" + collectivite);
        }
        for (var waiting : booking.waitlist(others)) {
            var forAgent = new LinkedHashMap<String, Object>(payload);
            forAgent.put("visitKind", waiting.kind().name());
            booking.notify(referentsOf(waiting.collectiviteId()), waiting.collectiviteId(), waiting.agentId(),
                    NotificationKind.WAITLIST_OFFER, forAgent, "waitlist:" + stamp + ":" + waiting.agentId());
        }
    }

    /** The key of a due visit: one upcoming appointment per key. */
    static String dueKey(DueVisit due) {
        return due.requestId() != null ? "request:" + due.requestId() : "periodic:" + due.kind();
    }

    private Agent bookableAgent(CdgUser user, long agentId, String field) {
        var agent = agents.get(user, agentId);
        if (!agent.active()) {
            throw new InvalidInputException(field, "the agent has left the collectivité");
        }
        return agent;
    }

    private BookableSession published(long sessionId) {
        return booking.session(sessionId).orElseThrow(() -> new NotFoundException("Published session", sessionId));
    }

    private TimeRange timeOn(BookableSession session, LocalDateTime start, VisitKind kind, LocalDateTime now) {
        var time = new TimeRange(start, start.plusMinutes(settings.minutes(kind)));
        if (!session.hours().fits(time)) {
            throw new InvalidInputException("start", "a " + settings.minutes(kind) + "-minute " + kind + " visit"
                    + " must fit the session's hours, " + session.hours().span().start().toLocalTime() + "–"
                    + session.hours().span().end().toLocalTime() + " on " + session.date());
        }
        if (!start.isAfter(now)) {
            throw new InvalidInputException("start", "is in the past");
        }
        return time;
    }

    private DueVisit dueVisit(CdgUser user, Agent agent, VisitKind kind, BookableSession session, LocalDate today) {
        var due = owed(user, agent, kind, today);
        if (!due.mayBeHeldBy(session.professionalKind())) {
            throw new InvalidInputException("visitKind", "a " + kind + " visit of this agent is held by "
                    + due.allowed().stream().map(Enum::name).sorted().toList() + ", not by the session's "
                    + session.professionalKind());
        }
        return due;
    }

    /** The most urgent due visit of that kind; a référent never reaches a confidential one. */
    private DueVisit owed(CdgUser user, Agent agent, VisitKind kind, LocalDate today) {
        return visits.dueFor(agent, today).stream()
                .filter(due -> due.kind() == kind && (user.isStaff() || !due.confidential()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("visitKind", "the agent owes no " + kind
                        + " visit (periodic visits follow the calendar; others need a visit request)"));
    }

    /** The appointment if the user may see it: a référent neither another collectivité's nor a confidential one. */
    Appointment visibleTo(CdgUser user, long appointmentId) {
        return appointments.findById(appointmentId)
                .filter(a -> user.isStaff() || user.canSeeCollectivite(a.collectiviteId()) && !a.confidential())
                .orElseThrow(() -> new NotFoundException("Appointment", appointmentId));
    }

    private void upcoming(Appointment appointment, int version) {
        if (appointment.version() != version) {
            throw stale(appointment.id());
        }
        if (appointment.status() != AppointmentStatus.BOOKED) {
            throw new ConflictException("The appointment is " + appointment.status() + ", not upcoming");
        }
        if (!appointment.start().isAfter(now())) {
            throw new ConflictException("The appointment has started: record the attendance instead");
        }
    }

    private void reopenRequest(Appointment appointment) {
        if (appointment.requestId() != null) {
            visits.requestReopened(appointment.requestId());
        }
    }

    private Optional<Booked> replay(CdgUser user, AppointmentRequest request, String idempotencyKey) {
        return idempotencyKey == null ? Optional.empty()
                : appointments.byIdempotencyKey(user.username(), idempotencyKey)
                        .map(earlier -> new Booked(sameBooking(earlier, request), true));
    }

    private static Appointment sameBooking(Appointment earlier, AppointmentRequest request) {
        if (earlier.sessionId() != request.sessionId() || earlier.agentId() != request.agentId()
                || earlier.visitKind() != request.visitKind() || !earlier.start().equals(request.start())) {
            throw new ConflictException("This Idempotency-Key was already used for another appointment");
        }
        return earlier;
    }

    static ConflictException stale(long appointmentId) {
        return new ConflictException("Appointment " + appointmentId + " changed since you read it: reload it");
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(BookingRules.ZONE));
    }

    Optional<BookableSession> session(long sessionId) {
        return booking.session(sessionId);
    }
}
