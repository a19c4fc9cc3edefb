package fr.cdg.medtravail.booking;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.web.NotFoundException;

/** An appointment's convocation, as a page or a PDF, for whoever may see the appointment (a référent: never a confidential one). */
@Service
public class ConvocationService {

    private final BookingService bookings;
    private final MessageRepository messages;

    ConvocationService(BookingService bookings, MessageRepository messages) {
        this.bookings = bookings;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public Convocation convocation(CdgUser user, long appointmentId) {
        var appointment = bookings.visibleTo(user, appointmentId);
        return messages.convocation(appointment.id())
                .orElseThrow(() -> new NotFoundException("Appointment", appointmentId));
    }

    @Transactional(readOnly = true)
    public byte[] pdf(CdgUser user, long appointmentId) {
        return ConvocationPdf.render(convocation(user, appointmentId));
    }
}
