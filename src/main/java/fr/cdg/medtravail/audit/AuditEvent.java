package fr.cdg.medtravail.audit;

import java.time.Instant;
import java.util.Map;

/** One row of the audit trail: who did what to which subject, when and from where. */
public record AuditEvent(long id, Instant at, String username, String role, AuditAction action, String subjectType,
                         String subjectId, Long collectiviteId, String clientIp, String userAgent,
                         Map<String, Object> detail) {
}
