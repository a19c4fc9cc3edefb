package fr.cdg.medtravail.booking;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cdg.medtravail.calendar.FrenchCalendar;
import fr.cdg.medtravail.directory.agent.AgentService;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.visits.VisitKind;
import fr.cdg.medtravail.visits.VisitService;
import fr.cdg.medtravail.web.ConflictException;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.NotFoundException;

/**
 * What became of an appointment, recorded by the session's professional or the secretariat, and the employer's
 * certificate. A held visit moves the agent's last-visit dates, so that the next due visit follows from it.
 */
@Service
public class AttendanceService {

    /** Visits that restart the calendar of periodic visits (AgentFollowUp.lastVipDate). */
    private static final Set<VisitKind> PERIODIC = EnumSet.of(VisitKind.VIP, VisitKind.SMP, VisitKind.HIRING);
    private static final int MAX_NOTE = 500;

    private final AppointmentRepository appointments;
    private final BookingRepository booking;
    private final BookingService bookings;
    private final AgentService agents;
    private final VisitService visits;
    private final FrenchCalendar calendar = FrenchCalendar.metropolitan();

    AttendanceService(AppointmentRepository appointments, BookingRepository booking, BookingService bookings,
                      AgentService agents, VisitService visits) {
        this.appointments = appointments;
        this.booking = booking;
        this.bookings = bookings;
        this.agents = agents;
        this.visits = visits;
    }

    @Transactional
    public Appointment record(CdgUser user, long appointmentId, AttendanceForm form) {
        if (form.status() == null || !AppointmentStatus.ATTENDANCE.contains(form.status())) {
            throw new InvalidInputException("status", "must be one of " + AppointmentStatus.ATTENDANCE);
        }
        if (form.version() == null) {
            throw new InvalidInputException("version", "must give the version of the appointment read");
        }
        if (form.certificateNote() != null && form.certificateNote().length() > MAX_NOTE) {
            throw new InvalidInputException("certificateNote", "at most " + MAX_NOTE + " characters");
        }
        var appointment = ofProfessional(user, appointmentId);
        var session = bookings.session(appointment.sessionId())
                .orElseThrow(() -> new NotFoundException("Appointment", appointmentId));
        if (appointment.version() != form.version()) {
            throw BookingService.stale(appointmentId);
        }
        if (appointment.status() == AppointmentStatus.HELD) {
            throw new ConflictException("The visit is recorded as held; its dates are on the agent's follow-up");
        }
        if (form.status() == AppointmentStatus.HELD && appointment.start().isAfter(bookings.now())) {
            throw new InvalidInputException("status", "the visit has not started yet");
        }
        var note = "attendance";
        if (form.status() == AppointmentStatus.ABSENT_ANNOUNCED) {
            checkAnnouncement(appointment, form.announcedAt());
            note = "attendance: absence announced on " + form.announcedAt();
        }
        if (!appointments.move(appointment, form.status(), note, blankToNull(form.certificateNote()),
                user.username())) {
            throw BookingService.stale(appointmentId);
        }
        if (form.status() == AppointmentStatus.HELD) {
            agents.recordVisit(appointment.agentId(), appointment.start().toLocalDate(),
                    PERIODIC.contains(appointment.visitKind()),
                    session.professionalKind() == ProfessionalKind.OCCUPATIONAL_DOCTOR);
            if (appointment.requestId() != null) {
                visits.requestHeld(appointment.requestId());
            }
        } else if (appointment.requestId() != null && appointment.status() == AppointmentStatus.BOOKED) {
            visits.requestReopened(appointment.requestId());
        }
        return appointments.findById(appointmentId).orElseThrow();
    }

    /** An absence counts as announced only when it was, 48 hours before the visit at least; later, it is billed. */
    private void checkAnnouncement(Appointment appointment, LocalDateTime announcedAt) {
        if (announcedAt == null) {
            throw new InvalidInputException("announcedAt", "must say when the absence was announced");
        }
        if (announcedAt.isAfter(bookings.now())) {
            throw new InvalidInputException("announcedAt", "is in the future");
        }
        if (!BookingRules.announcedInTime(appointment.start(), announcedAt)) {
            throw new InvalidInputException("announcedAt", "less than " + BookingRules.ABSENCE_NOTICE.toHours()
                    + " hours before the visit: the absence is unjustified (ABSENT_UNJUSTIFIED)");
        }
    }

    @Transactional(readOnly = true)
    public AppointmentDetail detail(CdgUser user, long appointmentId) {
        var appointment = user.professionalId() != null && !user.isStaff()
                ? ofProfessional(user, appointmentId) : bookings.visibleTo(user, appointmentId);
        return new AppointmentDetail(appointment, appointments.changes(appointmentId));
    }

    /** The employer's certificate of a held visit; none for a confidential one (the employer is not told). */
    @Transactional(readOnly = true)
    public VisitCertificate certificate(CdgUser user, long appointmentId) {
        var appointment = bookings.visibleTo(user, appointmentId);
        if (appointment.confidential()) {
            throw new ConflictException("A confidential visit gives the employer no certificate");
        }
        if (appointment.status() != AppointmentStatus.HELD) {
            throw new ConflictException("No certificate: the appointment is " + appointment.status());
        }
        var name = booking.agentNames(List.of(appointment.agentId())).get(appointment.agentId());
        var day = appointment.start().toLocalDate();
        return new VisitCertificate(appointment.id(), appointment.agentId(), name.lastName(), name.firstName(),
                appointment.collectiviteId(), appointment.visitKind(), day, true, appointment.certificateNote(),
                BookingRules.certificateDue(day, calendar));
    }

    /** The appointment if the user is the staff or the professional of its session. */
    private Appointment ofProfessional(CdgUser user, long appointmentId) {
        var appointment = appointments.findById(appointmentId)
                .orElseThrow(() -> new NotFoundException("Appointment", appointmentId));
        if (user.isStaff()) {
            return appointment;
        }
        var session = bookings.session(appointment.sessionId());
        if (user.professionalId() == null || session.isEmpty()
                || session.get().professionalId() != user.professionalId()) {
            throw new NotFoundException("Appointment", appointmentId);
        }
        return appointment;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
