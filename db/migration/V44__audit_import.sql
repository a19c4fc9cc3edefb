-- CSV imports get their own audit action: kind, collectivités and counts of what they wrote.
ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check CHECK (action IN ('READ', 'CREATE', 'UPDATE', 'DELETE',
    'LOGIN_SUCCESS', 'LOGIN_FAILURE', 'ACCESS_DENIED', 'EXPORT', 'RETENTION_DELETE', 'IMPORT'));
