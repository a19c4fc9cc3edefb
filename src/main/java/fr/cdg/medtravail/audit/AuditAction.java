package fr.cdg.medtravail.audit;

/** What an audit event records. */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, LOGIN_SUCCESS, LOGIN_FAILURE, ACCESS_DENIED, EXPORT, RETENTION_DELETE, IMPORT
}
