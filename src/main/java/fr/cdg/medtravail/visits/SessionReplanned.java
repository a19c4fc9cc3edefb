package fr.cdg.medtravail.visits;

import java.time.LocalDate;
import java.util.List;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;

/**
 * Published by planning when a published session is re-planned (its professional on leave) or moved by the
 * secretariat: who holds it now, where and when, or {@code withdrawn} when nobody does, and the collectivités it
 * serves ({@code collectiviteIds}, from planning's demand units: booking cannot tell them from appointments, since a
 * collectivité may have booked nobody yet). Booking, which planning may not depend on, listens: a replacement of a
 * kind allowed for the booked visits at the same place and time keeps the appointments; otherwise they wait for the
 * secretariat's decision and the référents are told, those of every served collectivité too when the session changes
 * place or time. Lives here because both modules may use visits.
 */
public record SessionReplanned(long sessionId, boolean withdrawn, Long professionalId,
                               ProfessionalKind professionalKind, LocalDate date, Half half, Long cabinetId,
                               List<Long> collectiviteIds, String decidedBy) {

    public SessionReplanned {
        collectiviteIds = List.copyOf(collectiviteIds);
    }

    public static SessionReplanned withdrawn(long sessionId, List<Long> collectiviteIds, String decidedBy) {
        return new SessionReplanned(sessionId, true, null, null, null, null, null, collectiviteIds, decidedBy);
    }
}
