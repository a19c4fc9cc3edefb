package fr.cdg.medtravail.booking;

import java.time.LocalDate;

import fr.cdg.medtravail.visits.VisitKind;

/**
 * The employer's certificate (fiche de visite): the agent attended on that date, with the professional's
 * non-medical conclusion; due to the référent by {@code dueBy} (8 working days). Never for a confidential visit.
 */
public record VisitCertificate(long appointmentId, long agentId, String lastName, String firstName,
                               long collectiviteId, VisitKind visitKind, LocalDate visitDate, boolean attended,
                               String conclusion, LocalDate dueBy) {
}
