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
 * decision, which is asked for in the outbox, and the référents of the collectivités concerned are told.
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
        var upcoming = appointments.ofSession(event.sessionId()).stream()
                .filter(a -> a.status() == AppointmentStatus.BOOKED).toList();
        if (upcoming.isEmpty()) {
            return;
        }
        var by = event.decidedBy() == null ? PLANNING : event.decidedBy();
        var before = booking.session(event.sessionId());
        boolean kept = !event.withdrawn() && before.isPresent()
                && before.get().date().equals(event.date()) && before.get().half() == event.half()
                && Long.valueOf(before.get().cabinetId()).equals(event.cabinetId())
                && upcoming.stream().allMatch(a -> a.visitKind().allowed().contains(event.professionalKind()));
        if (kept) {
            for (var appointment : upcoming) {
                appointments.logChange(appointment.id(), appointment.status(), appointment.status(), by,
                        "session kept with professional " + event.professionalId());
            }
            return;
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
