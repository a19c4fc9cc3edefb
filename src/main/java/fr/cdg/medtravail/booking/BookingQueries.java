package fr.cdg.medtravail.booking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cdg.medtravail.directory.collectivite.CollectiviteService;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.visits.VisitService;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.NotFoundException;

/**
 * What the screens show: a collectivité's sessions with free times, its agents to place, a professional's day, the
 * fill rate of sessions. A référent sees neither another collectivité's data (404) nor confidential visits.
 */
@Service
public class BookingQueries {

    /** Longest period one listing covers. */
    public static final int MAX_DAYS = 184;

    private final BookingRepository booking;
    private final AppointmentRepository appointments;
    private final BookingService bookings;
    private final VisitService visits;
    private final CollectiviteService collectivites;
    private final BookingSettings settings;

    BookingQueries(BookingRepository booking, AppointmentRepository appointments, BookingService bookings,
                   VisitService visits, CollectiviteService collectivites, BookingSettings settings) {
        this.booking = booking;
        this.appointments = appointments;
        this.bookings = bookings;
        this.visits = visits;
        this.collectivites = collectivites;
        this.settings = settings;
    }

    /** Sessions between two days on which the collectivité may book: its own reserve, or the pool within reach. */
    @Transactional(readOnly = true)
    public List<SessionOffer> sessionsOf(CdgUser user, long collectiviteId, LocalDate from, LocalDate to) {
        collectivites.get(user, collectiviteId);
        var first = from == null ? bookings.now().toLocalDate() : from;
        var last = to == null ? first.plusWeeks(8) : to;
        period(first, last);
        var offers = new ArrayList<SessionOffer>();
        for (var session : booking.sessionsFor(collectiviteId, first, last, settings.poolTravelMinutes())) {
            var ledger = booking.ledger(session.id(), collectiviteId);
            boolean reachable = booking.withinReach(collectiviteId, session.cabinetId(), settings.poolTravelMinutes());
            int pool = reachable ? ledger.poolLeft() : 0;
            if (ledger.ownReserved() == 0 && pool == 0) {
                continue;
            }
            var all = appointments.ofSession(session.id());
            var taken = all.stream().filter(a -> a.status().occupiesTime()).map(Appointment::time).toList();
            var own = all.stream().filter(a -> a.collectiviteId() == collectiviteId)
                    .filter(a -> user.isStaff() || !a.confidential()).toList();
            offers.add(new SessionOffer(session.id(), session.date(), session.half(), session.cabinetId(),
                    session.cabinetName(), session.professionalKind(), session.hours().span(), ledger.ownReserved(),
                    ledger.ownReleased(), ledger.ownLeft(), pool, session.hours().free(taken), named(own)));
        }
        return offers;
    }

    /** The due visits of the collectivité's agents without an upcoming appointment, most urgent first. */
    @Transactional(readOnly = true)
    public List<AgentToPlace> agentsToPlace(CdgUser user, long collectiviteId, int limit) {
        collectivites.get(user, collectiviteId);
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "1 to 1000");
        }
        var booked = new HashSet<>(appointments.upcomingDueVisits(collectiviteId));
        var due = visits.dueIn(collectiviteId, bookings.now().toLocalDate(), user.isStaff()).stream()
                .filter(visit -> !booked.contains(visit.agentId() + " " + BookingService.dueKey(visit)))
                .limit(limit).toList();
        var names = booking.agentNames(due.stream().map(visit -> visit.agentId()).distinct().toList());
        return due.stream().map(visit -> {
            var name = names.get(visit.agentId());
            return new AgentToPlace(visit.agentId(), name.lastName(), name.firstName(), visit.kind(), visit.dueOn(),
                    visit.allowed(), visit.preferred(), visit.requestId(), visit.confidential(),
                    settings.minutes(visit.kind()));
        }).toList();
    }

    /** A professional's appointments of one day (their own only; the staff's any). */
    @Transactional(readOnly = true)
    public List<ScheduledAppointment> day(CdgUser user, long professionalId, LocalDate day) {
        if (!user.isStaff() && !Long.valueOf(professionalId).equals(user.professionalId())) {
            throw new NotFoundException("Professional", professionalId);
        }
        return named(appointments.ofProfessional(professionalId, day == null ? bookings.now().toLocalDate() : day));
    }

    @Transactional(readOnly = true)
    public List<SessionFillRate> fillRates(LocalDate from, LocalDate to) {
        var first = from == null ? bookings.now().toLocalDate() : from;
        var last = to == null ? first.plusWeeks(4) : to;
        period(first, last);
        return booking.fillRates(first, last);
    }

    private List<ScheduledAppointment> named(List<Appointment> list) {
        var names = booking.agentNames(list.stream().map(Appointment::agentId).distinct().toList());
        return list.stream().map(a -> new ScheduledAppointment(a, names.get(a.agentId()).lastName(),
                names.get(a.agentId()).firstName())).toList();
    }

    private static void period(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_DAYS))) {
            throw new InvalidInputException("to", "must be on or after from, at most " + MAX_DAYS + " days later");
        }
    }
}
