-- Appointments: agents placed by référents or the secretariat on published sessions (planning_session, read only).

-- Appointment times mix ids and time ranges in one exclusion constraint.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Opening hours of a cabinet's half-day when they differ from the defaults (medtravail.booking.morning/afternoon).
CREATE TABLE cabinet_hours (
    cabinet_id         bigint NOT NULL REFERENCES cabinet (id) ON DELETE CASCADE,
    half_day           text   NOT NULL CHECK (half_day IN ('AM', 'PM')),
    opens_at           time   NOT NULL,
    closes_at          time   NOT NULL,
    PRIMARY KEY (cabinet_id, half_day),
    CHECK (closes_at > opens_at)
);

CREATE TABLE appointment (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- A session with appointments is never deleted silently: planning must ask the secretariat first.
    session_id         bigint  NOT NULL REFERENCES planning_session (id) ON DELETE RESTRICT,
    collectivite_id    bigint  NOT NULL REFERENCES collectivite (id) ON DELETE CASCADE,
    agent_id           bigint  NOT NULL REFERENCES agent (id) ON DELETE CASCADE,
    visit_kind         text    NOT NULL CHECK (visit_kind IN ('VIP', 'SMP', 'HIRING', 'RETURN', 'PRE_RETURN',
                                                   'AGENT_REQUEST', 'EMPLOYER_REQUEST', 'NURSE_ORIENTATION')),
    request_id         bigint  REFERENCES visit_request (id) ON DELETE SET NULL,
    -- The due visit this appointment serves: the periodic kind, or the request's id.
    due_key            text    NOT NULL,
    confidential       boolean NOT NULL DEFAULT false,
    starts_at          timestamp NOT NULL,
    ends_at            timestamp NOT NULL,
    status             text    NOT NULL DEFAULT 'BOOKED' CHECK (status IN ('BOOKED', 'HELD', 'ABSENT_ANNOUNCED',
                           'ABSENT_UNJUSTIFIED', 'REPLACED', 'CANCELLED', 'CANCELLED_BY_SERVICE', 'TO_REPLAN')),
    -- Minutes taken from the pool released by others, or beyond any reserve by the secretariat.
    reserve            text    NOT NULL CHECK (reserve IN ('RESERVED', 'POOL', 'BEYOND')),
    booked_by          text    NOT NULL,
    booked_at          timestamptz NOT NULL DEFAULT now(),
    idempotency_key    text,
    replaced_by        bigint  REFERENCES appointment (id) ON DELETE SET NULL,
    -- Non-medical conclusion shown on the employer's certificate (fiche de visite); never medical content.
    certificate_note   text    CHECK (length(certificate_note) <= 500),
    version            integer NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at),
    CONSTRAINT appointment_session_time_excl EXCLUDE USING gist (session_id WITH =, tsrange(starts_at, ends_at) WITH &&)
        WHERE (status IN ('BOOKED', 'HELD')),
    CONSTRAINT appointment_agent_time_excl EXCLUDE USING gist (agent_id WITH =, tsrange(starts_at, ends_at) WITH &&)
        WHERE (status IN ('BOOKED', 'HELD'))
);
CREATE UNIQUE INDEX appointment_due_visit_idx ON appointment (agent_id, due_key) WHERE status = 'BOOKED';
CREATE UNIQUE INDEX appointment_idempotency_idx ON appointment (booked_by, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX appointment_session_idx ON appointment (session_id);
CREATE INDEX appointment_collectivite_idx ON appointment (collectivite_id, starts_at);

-- Every status change of an appointment: who, when, from what to what.
CREATE TABLE appointment_change (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    appointment_id     bigint NOT NULL REFERENCES appointment (id) ON DELETE CASCADE,
    from_status        text,
    to_status          text   NOT NULL,
    changed_by         text   NOT NULL,
    changed_at         timestamptz NOT NULL DEFAULT now(),
    note               text
);
CREATE INDEX appointment_change_appointment_idx ON appointment_change (appointment_id);

-- Reserved minutes a collectivité gave back: early ones (at least 15 days ahead) return to the pool, late ones and
-- those left unused are recorded as unused.
CREATE TABLE reserve_release (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id         bigint  NOT NULL REFERENCES planning_session (id) ON DELETE CASCADE,
    collectivite_id    bigint  NOT NULL REFERENCES collectivite (id) ON DELETE CASCADE,
    minutes            integer NOT NULL CHECK (minutes > 0),
    early              boolean NOT NULL,
    released_by        text    NOT NULL,
    released_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reserve_release_session_idx ON reserve_release (session_id);

-- Due agents waiting for released minutes, first come, first served.
CREATE TABLE waitlist_entry (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agent_id           bigint NOT NULL REFERENCES agent (id) ON DELETE CASCADE,
    collectivite_id    bigint NOT NULL REFERENCES collectivite (id) ON DELETE CASCADE,
    visit_kind         text   NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (agent_id, visit_kind)
);

-- Outbox of messages to send (release offers, waitlist offers, 15-day warnings, re-plan notices); the mail sender
-- fills sent_at. dedup_key keeps a scheduled warning from being written twice.
CREATE TABLE notification (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient          text   NOT NULL,
    collectivite_id    bigint REFERENCES collectivite (id) ON DELETE CASCADE,
    agent_id           bigint REFERENCES agent (id) ON DELETE CASCADE,
    kind               text   NOT NULL CHECK (kind IN ('RELEASE_OFFER', 'WAITLIST_OFFER', 'EMPTY_RESERVE_WARNING',
                                                       'REPLAN_NOTICE', 'REPLAN_DECISION')),
    payload            jsonb  NOT NULL,
    dedup_key          text   UNIQUE,
    created_at         timestamptz NOT NULL DEFAULT now(),
    sent_at            timestamptz
);
CREATE INDEX notification_unsent_idx ON notification (created_at) WHERE sent_at IS NULL;

GRANT SELECT, INSERT, UPDATE, DELETE ON cabinet_hours, appointment, appointment_change, reserve_release,
    waitlist_entry, notification TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE appointment_id_seq, appointment_change_id_seq, reserve_release_id_seq,
    waitlist_entry_id_seq, notification_id_seq TO ${app_role};
