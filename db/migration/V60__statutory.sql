-- Statutory medicine (convention MSC): requests of control visits and expertises, their appointments with approved
-- doctors, and the per-act billing lines past a collectivité's yearly quota.

-- Quota (droit de tirage): a share of the permanent headcount, 8 % unless the membership says otherwise.
ALTER TABLE membership ADD COLUMN statutory_quota_rate numeric(5, 4) NOT NULL DEFAULT 0.08
    CHECK (statutory_quota_rate >= 0 AND statutory_quota_rate <= 1);
ALTER TABLE collectivite_headcount ADD COLUMN permanent_headcount integer
    CHECK (permanent_headcount >= 0 AND permanent_headcount <= headcount);

CREATE TABLE statutory_request (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collectivite_id    bigint      NOT NULL REFERENCES collectivite (id) ON DELETE CASCADE,
    -- Agent data: the request goes with the agent (GDPR retention erases agents).
    agent_id           bigint      NOT NULL REFERENCES agent (id) ON DELETE CASCADE,
    kind               smallint    NOT NULL CHECK (kind BETWEEN 1 AND 17),
    rpi_ati            boolean     NOT NULL DEFAULT false,
    written_report     boolean     NOT NULL DEFAULT false,
    context            text        CHECK (length(context) <= 2000),
    received_at        timestamptz NOT NULL,
    -- The day the delay counts from: received_at, or the next day after the cut-off hour.
    received_on        date        NOT NULL,
    -- Deadline on the calendar alone, and once the days all approved doctors were on leave are left out
    -- (suspended: one "date reason" per line); recomputed while the request is open.
    calendar_due_on    date        NOT NULL,
    due_on             date        NOT NULL,
    suspended          text        NOT NULL DEFAULT '',
    filed_by           text        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('OPEN', 'PROPOSED', 'CONFIRMED', 'DONE', 'ABSENT', 'CANCELLED')),
    professional_id    bigint      REFERENCES professional (id) ON DELETE SET NULL,
    cabinet_id         bigint      REFERENCES cabinet (id) ON DELETE SET NULL,
    starts_at          timestamp,
    minutes            smallint    CHECK (minutes > 0),
    -- Why no appointment before the deadline could be given (null when placed in time).
    obstacle           text        CHECK (obstacle IN ('NO_DOCTOR', 'LEAVE', 'NO_ROOM', 'NO_TIME')),
    absence_announced  boolean,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (status NOT IN ('PROPOSED', 'CONFIRMED', 'DONE', 'ABSENT') OR starts_at IS NOT NULL)
);
CREATE INDEX statutory_request_collectivite_idx ON statutory_request (collectivite_id, received_on);
CREATE INDEX statutory_request_doctor_idx ON statutory_request (professional_id, starts_at);
CREATE INDEX statutory_request_agent_idx ON statutory_request (agent_id);
CREATE INDEX statutory_request_open_idx ON statutory_request (status) WHERE status IN ('OPEN', 'PROPOSED');

-- Acts billed past the quota, rewritten for a collectivité and year when an outcome is recorded; the billing module
-- reads them. No agent column: a line keeps the act, not the person; it goes with the request.
CREATE TABLE statutory_act_line (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collectivite_id    bigint        NOT NULL REFERENCES collectivite (id) ON DELETE CASCADE,
    request_id         bigint        NOT NULL REFERENCES statutory_request (id) ON DELETE CASCADE,
    year               smallint      NOT NULL,
    visited_on         date          NOT NULL,
    kind               smallint      NOT NULL CHECK (kind BETWEEN 1 AND 17),
    label              text          NOT NULL,
    amount             numeric(9, 2) NOT NULL CHECK (amount >= 0),
    UNIQUE (request_id, label)
);
CREATE INDEX statutory_act_line_year_idx ON statutory_act_line (collectivite_id, year);

GRANT SELECT, INSERT, UPDATE, DELETE ON statutory_request TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE statutory_request_id_seq TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON statutory_act_line TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE statutory_act_line_id_seq TO ${app_role};
