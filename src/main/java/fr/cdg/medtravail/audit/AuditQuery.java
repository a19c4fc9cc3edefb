package fr.cdg.medtravail.audit;

import java.time.LocalDate;

/** Filters of an audit search; any may be null. {@code from} and {@code to} are days, both included. */
public record AuditQuery(String username, AuditAction action, String subjectType, String subjectId,
                         Long collectiviteId, LocalDate from, LocalDate to) {
}
