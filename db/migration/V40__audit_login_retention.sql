-- Audit trail: who read or changed what, from where, plus log-ins and refused accesses.
-- Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE even from the table's owner (the application connects
-- as the owner in the embedded setup, so privileges alone would not protect it). Only a database administrator who
-- disables the trigger on purpose can purge old rows.
CREATE TABLE audit_event (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at                 timestamptz NOT NULL DEFAULT now(),
    username           text,
    role               text,
    action             text NOT NULL CHECK (action IN ('READ', 'CREATE', 'UPDATE', 'DELETE', 'LOGIN_SUCCESS',
                           'LOGIN_FAILURE', 'ACCESS_DENIED', 'EXPORT', 'RETENTION_DELETE')),
    subject_type       text,
    subject_id         text,
    collectivite_id    bigint,
    client_ip          text,
    user_agent         text,
    detail             jsonb
);
CREATE INDEX audit_event_at_idx ON audit_event (at DESC);
CREATE INDEX audit_event_subject_idx ON audit_event (subject_type, subject_id, at DESC);
CREATE INDEX audit_event_username_idx ON audit_event (username, at DESC);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC;

-- Failed log-ins, kept in the database so that throttling holds across application instances.
CREATE TABLE login_failure (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username           text NOT NULL,
    client_ip          text,
    at                 timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failure_username_idx ON login_failure (username, at DESC);

-- Anonymous statistics kept when the retention job deletes the agents of a collectivité whose membership ended.
-- No foreign key: the figures outlive the collectivité's row.
CREATE TABLE agent_statistics (
    collectivite_id    bigint   NOT NULL,
    year               smallint NOT NULL,
    administrative_post boolean NOT NULL,
    smp                boolean  NOT NULL,
    age_band           text     NOT NULL CHECK (age_band IN ('<30', '30-39', '40-49', '50-59', '60+')),
    agents             integer  NOT NULL CHECK (agents > 0),
    recorded_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (collectivite_id, year, administrative_post, smp, age_band)
);

-- What each retention run deleted (or would delete, for a dry run).
CREATE TABLE retention_report (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_at             timestamptz NOT NULL DEFAULT now(),
    dry_run            boolean NOT NULL,
    ended_before       date    NOT NULL,
    triggered_by       text    NOT NULL,
    agents_deleted     integer NOT NULL,
    collectivites      jsonb   NOT NULL
);
