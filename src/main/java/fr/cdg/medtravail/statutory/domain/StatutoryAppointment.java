package fr.cdg.medtravail.statutory.domain;

import java.time.LocalDateTime;

/** A visit given to a request: an approved doctor, a place, a start and a length. */
public record StatutoryAppointment(long requestId, long doctorId, long cabinetId, LocalDateTime startsAt, int minutes) {

    public LocalDateTime endsAt() {
        return startsAt.plusMinutes(minutes);
    }
}
