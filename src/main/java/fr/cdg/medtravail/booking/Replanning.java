package fr.cdg.medtravail.booking;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cdg.medtravail.visits.BookedSessions;
import fr.cdg.medtravail.visits.SessionReplanned;

/**
 * Appointments of a re-planned session. Planning publishes {@link SessionReplanned} before it writes the change
 * (booking reads the session as it was): a professional of a kind allowed for every booked visit, at the same
 * cabinet, day and half-day, keeps the appointments; otherwise they wait, as {@code TO_REPLAN}, for the secretariat's
 * decision, which is asked for in the outbox, and the référents of the collectivités concerned are told. A session
 * that changes day, half-day or cabinet, or is withdrawn, is announced to the référents of every other collectivité
 * it serves ({@code SESSION_MOVED}), so that a collectivité that booked nobody yet still hears of it.
 */
@Service
public class Replanning implements BookedSessions {

    private static final String PLANNING = "planning";

    private final AppointmentRepository appointments;
    private final BookingRepository booking;

    Replanning(AppointmentRepository appointments, BookingRepository booking) {
        this.appointments = appointments;
        this.booking = booking;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> withUpcomingAppointments(Collection<Long> sessionIds) {
        return new HashSet<>(appointments.sessionsWithUpcoming(sessionIds));
    }

    @EventListener
    @Transactional
    public void on(SessionReplanned event) {
        var before = booking.session(event.sessionId());
        boolean samePlaceAndTime = !event.withdrawn() && before.isPresent()
                && before.get().date().equals(event.date()) && before.get().half() == event.half()
                && Long.valueOf(before.get().cabinetId()).equals(event.cabinetId());
        var told = settleAppointments(event, samePlaceAndTime);
        // A new professional at the same place and time changes nothing for a collectivité without appointments.
        if (!samePlaceAndTime && before.isPresent()) {
            announce(event, before.get(), told);
        }
    }

    /**
     * Keeps the booked appointments or sets them aside for the secretariat; returns the collectivités whose référents
     * got a {@code REPLAN_NOTICE} about them.
     */
    private Set<Long> settleAppointments(SessionReplanned event, boolean samePlaceAndTime) {
        var upcoming = appointments.ofSession(event.sessionId()).stream()
                .filter(a -> a.status() == AppointmentStatus.BOOKED).toList();
        if (upcoming.isEmpty()) {
            return Set.of();
        }
        var by = event.decidedBy() == null ? PLANNING : event.decidedBy();
        if (samePlaceAndTime
                && upcoming.stream().allMatch(a -> a.visitKind().allowed().contains(event.professionalKind()))) {
            for (var appointment : upcoming) {
                appointments.logChange(appointment.id(), appointment.status(), appointment.status(), by,
                        "session kept with professional " + event.professionalId());
            }
            return Set.of();
        }
        for (var appointment : upcoming) {
            if (!appointments.move(appointment, AppointmentStatus.TO_REPLAN, "session re-planned", null, by)) {
                throw BookingService.stale(appointment.id());
            }
        }
        var decision = new LinkedHashMap<String, Object>();
        decision.put("sessionId", event.sessionId());
        decision.put("appointmentIds", upcoming.stream().map(Appointment::id).toList());
        booking.notify(BookingService.SECRETARIAT, null, null, NotificationKind.REPLAN_DECISION, decision,
                "replan:" + event.sessionId() + ":" + upcoming.get(0).version());
        var byCollectivite = upcoming.stream().filter(a -> !a.confidential())
                .collect(Collectors.groupingBy(Appointment::collectiviteId));
        byCollectivite.forEach((collectivite, list) -> booking.notify(BookingService.referentsOf(collectivite),
                collectivite, null, NotificationKind.REPLAN_NOTICE, notice(event.sessionId(), list),
                "replan:" + event.sessionId() + ":" + collectivite + ":" + list.get(0).version()));
        return byCollectivite.keySet();
    }

    /**
     * Tells the référents of the served collectivités not told already that the session they were announced (the day
     * and half-day of {@code before}) moved, with its new day, half-day and cabinet, or was withdrawn; nothing of any
     * agent. The dedup key holds the session's change counter as it was: one message per change and collectivité.
     */
    private void announce(SessionReplanned event, BookableSession before, Set<Long> told) {
        var untold = event.collectiviteIds().stream().filter(collectivite -> !told.contains(collectivite)).toList();
        if (untold.isEmpty()) {
            return;
        }
        var notice = new LinkedHashMap<String, Object>();
        notice.put("sessionId", event.sessionId());
        notice.put("date", before.date().toString());
        notice.put("halfDay", before.half().name());
        notice.put("withdrawn", event.withdrawn());
        if (!event.withdrawn()) {
            notice.put("newDate", event.date().toString());
            notice.put("newHalfDay", event.half().name());
            notice.put("cabinet", booking.cabinetName(event.cabinetId()));
        }
        int change = booking.sessionSequence(event.sessionId());
        for (var collectivite : untold) {
            booking.notify(BookingService.referentsOf(collectivite), collectivite, null, NotificationKind.SESSION_MOVED,
                    notice, "session-moved:" + event.sessionId() + ":" + collectivite + ":" + change);
        }
    }

    /** Appointments waiting for the secretariat's decision after a re-plan. */
    @Transactional(readOnly = true)
    public List<Appointment> toReplan() {
        return appointments.withStatus(AppointmentStatus.TO_REPLAN);
    }

    /** What the référent's message says: the session's day and their agents' times, never who or why. */
    private static LinkedHashMap<String, Object> notice(long sessionId, List<Appointment> appointments) {
        var notice = new LinkedHashMap<String, Object>();
        notice.put("sessionId", sessionId);
        notice.put("appointmentIds", appointments.stream().map(Appointment::id).toList());
        notice.put("date", appointments.get(0).start().toLocalDate().toString());
        notice.put("times", appointments.stream().map(a -> a.start().toLocalTime()).sorted().distinct()
                .map(time -> time.toString()).toList());
        return notice;
    }
}
