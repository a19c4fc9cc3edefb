package fr.cdg.medtravail.visits;

import java.time.LocalDate;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;

/**
 * Published by planning when a published session is re-planned (its professional on leave): who holds it now,
 * where and when, or {@code withdrawn} when nobody does. Booking, which planning may not depend on, listens: a
 * replacement of a kind allowed for the booked visits at the same place and time keeps the appointments; otherwise
 * they wait for the secretariat's decision and the référents are told. Lives here because both modules may use
 * visits.
 */
public record SessionReplanned(long sessionId, boolean withdrawn, Long professionalId,
                               ProfessionalKind professionalKind, LocalDate date, Half half, Long cabinetId,
                               String decidedBy) {

    public static SessionReplanned withdrawn(long sessionId, String decidedBy) {
        return new SessionReplanned(sessionId, true, null, null, null, null, null, decidedBy);
    }
}
