package fr.cdg.medtravail.planning.session;

import java.time.LocalDate;

import fr.cdg.medtravail.calendar.Half;

/** A secretariat decision on a session: each field left null keeps the session's value. */
public record SessionMove(Long professionalId, LocalDate date, Half halfDay, Long cabinetId, String decidedBy,
                          String reason) {
}
