-- Planning of consultation sessions: horizons, derived demand, solver runs, sessions, secretariat decisions.

-- Visits waiting to be planned that the agent rows alone do not reveal (return to work, requests).
CREATE TABLE visit_request (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agent_id           bigint NOT NULL REFERENCES agent (id) ON DELETE CASCADE,
    reason             text   NOT NULL CHECK (reason IN ('RETURN', 'REQUEST')),
    professional_kind  text   NOT NULL CHECK (professional_kind IN ('DOCTOR', 'NURSE')),
    requested_on       date   NOT NULL,
    status             text   NOT NULL DEFAULT 'WAITING' CHECK (status IN ('WAITING', 'PLANNED', 'DONE', 'CANCELLED'))
);
CREATE INDEX visit_request_waiting_idx ON visit_request (status) WHERE status = 'WAITING';

-- A planning horizon (typically a quarter). Horizons do not overlap, so monthly tiers temps is counted in one place.
CREATE TABLE planning_horizon (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name               text NOT NULL CHECK (length(trim(name)) > 0),
    start_date         date NOT NULL,
    end_date           date NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (end_date >= start_date),
    EXCLUDE USING gist (daterange(start_date, end_date, '[]') WITH &&)
);

-- Manual demand adjustment per collectivité, kind and horizon, in half-days (negative removes the least urgent).
CREATE TABLE planning_demand_adjustment (
    horizon_id         bigint   NOT NULL REFERENCES planning_horizon (id) ON DELETE CASCADE,
    collectivite_id    bigint   NOT NULL REFERENCES collectivite (id) ON DELETE CASCADE,
    professional_kind  text     NOT NULL CHECK (professional_kind IN ('DOCTOR', 'NURSE')),
    half_days          smallint NOT NULL,
    reason             text,
    PRIMARY KEY (horizon_id, collectivite_id, professional_kind)
);

CREATE TABLE planning_run (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    horizon_id         bigint NOT NULL REFERENCES planning_horizon (id) ON DELETE CASCADE,
    status             text   NOT NULL CHECK (status IN ('SOLVING', 'TERMINATED', 'STOPPED', 'FAILED', 'INTERRUPTED')),
    termination_seconds integer NOT NULL CHECK (termination_seconds > 0),
    started_at         timestamptz NOT NULL DEFAULT now(),
    ended_at           timestamptz,
    best_score         text,
    hard_score         bigint,
    medium_score       bigint,
    soft_score         bigint,
    improvements       integer NOT NULL DEFAULT 0,
    last_saved_at      timestamptz,
    error              text
);
-- One run per horizon at a time.
CREATE UNIQUE INDEX planning_run_one_solving_idx ON planning_run (horizon_id) WHERE status = 'SOLVING';

-- A session: one professional, one half-day, one cabinet. A later booking feature cuts a published session into
-- visit slots of N minutes inside capacity_minutes.
CREATE TABLE planning_session (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    horizon_id         bigint   NOT NULL REFERENCES planning_horizon (id) ON DELETE CASCADE,
    professional_id    bigint   NOT NULL REFERENCES professional (id),
    session_date       date     NOT NULL,
    half_day           text     NOT NULL CHECK (half_day IN ('AM', 'PM')),
    cabinet_id         bigint   NOT NULL REFERENCES cabinet (id),
    status             text     NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    pinned             boolean  NOT NULL DEFAULT false,
    capacity_minutes   integer  NOT NULL CHECK (capacity_minutes > 0),
    published_at       timestamptz,
    -- Date the collectivités were told (at least 28 days before session_date, MEDPREV art. 2.4).
    notice_date        date,
    created_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (status = 'DRAFT' OR (published_at IS NOT NULL AND notice_date IS NOT NULL))
);
CREATE UNIQUE INDEX planning_session_published_idx ON planning_session (professional_id, session_date, half_day)
    WHERE status = 'PUBLISHED';
CREATE INDEX planning_session_horizon_idx ON planning_session (horizon_id, session_date);

-- Demand derived for a horizon, in units of at most one session; session_id is the unit's place in the plan.
CREATE TABLE planning_demand_unit (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    horizon_id         bigint   NOT NULL REFERENCES planning_horizon (id) ON DELETE CASCADE,
    collectivite_id    bigint   NOT NULL REFERENCES collectivite (id) ON DELETE CASCADE,
    professional_kind  text     NOT NULL CHECK (professional_kind IN ('DOCTOR', 'NURSE')),
    reason             text     NOT NULL CHECK (reason IN ('VIP', 'SMP', 'HIRING', 'RETURN', 'REQUEST', 'ADJUSTMENT')),
    minutes            integer  NOT NULL CHECK (minutes > 0),
    priority           smallint NOT NULL CHECK (priority BETWEEN 1 AND 4),
    session_id         bigint   REFERENCES planning_session (id) ON DELETE SET NULL
);
CREATE INDEX planning_demand_unit_horizon_idx ON planning_demand_unit (horizon_id);
CREATE INDEX planning_demand_unit_session_idx ON planning_demand_unit (session_id);

-- Which collectivités a session serves and for how many minutes.
CREATE VIEW planning_session_collectivite AS
    SELECT session_id, collectivite_id, sum(minutes)::integer AS minutes, count(*)::integer AS units
    FROM planning_demand_unit WHERE session_id IS NOT NULL
    GROUP BY session_id, collectivite_id;

-- Secretariat decisions: moves inside the notice window, re-plans after a leave, cancellations.
CREATE TABLE planning_change_log (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    horizon_id         bigint NOT NULL REFERENCES planning_horizon (id) ON DELETE CASCADE,
    session_id         bigint REFERENCES planning_session (id) ON DELETE SET NULL,
    action             text   NOT NULL CHECK (action IN ('MOVE', 'PUBLISH', 'REPLAN', 'CANCEL')),
    decided_by         text   NOT NULL CHECK (length(trim(decided_by)) > 0),
    decided_at         timestamptz NOT NULL DEFAULT now(),
    reason             text   NOT NULL CHECK (length(trim(reason)) > 0),
    before_state       text,
    after_state        text
);
