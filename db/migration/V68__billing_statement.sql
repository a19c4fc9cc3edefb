-- Issued statements (bordereaux) and their lines. Issued means final: a correction is a new statement naming the one
-- it corrects, so the application's role may only read and insert; no UPDATE or DELETE even by mistake or by an
-- injected query. A collectivité with statements cannot be deleted (accounting records outlive the membership);
-- its name and SIREN are kept as they were on the day of issue. The check is immediate; deferrable only so that a
-- transaction that will roll back (the demo loader's test of an empty database) may look past it.
CREATE TABLE billing_statement (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collectivite_id     bigint   NOT NULL REFERENCES collectivite (id) DEFERRABLE INITIALLY IMMEDIATE,
    collectivite_name   text     NOT NULL,
    siren               char(9)  NOT NULL,
    year                smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    period              text     NOT NULL CHECK (period IN ('YEAR', 'S1', 'S2')),
    -- The preventive grid whose surcharge rule the statement applied, named on the statement.
    grid_id             bigint   NOT NULL REFERENCES tariff_grid (id) ON DELETE RESTRICT,
    surcharge_rule      text     NOT NULL,
    total               numeric(12, 2) NOT NULL,
    corrects_id         bigint   UNIQUE REFERENCES billing_statement (id) ON DELETE RESTRICT,
    correction_reason   text     CHECK (length(correction_reason) <= 500),
    issued_by           text     NOT NULL,
    issued_at           timestamptz NOT NULL DEFAULT now(),
    CHECK ((corrects_id IS NULL) = (correction_reason IS NULL))
);
-- One original statement per collectivité and period; the others correct it.
CREATE UNIQUE INDEX billing_statement_original_idx ON billing_statement (collectivite_id, year, period)
    WHERE corrects_id IS NULL;
CREATE INDEX billing_statement_period_idx ON billing_statement (year, period);

CREATE TABLE billing_statement_line (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    statement_id        bigint   NOT NULL REFERENCES billing_statement (id) ON DELETE RESTRICT,
    position            smallint NOT NULL,
    label               text     NOT NULL,
    quantity            numeric(14, 4) NOT NULL,
    unit_price          numeric(12, 4) NOT NULL,
    amount              numeric(12, 2) NOT NULL,
    rule                text     NOT NULL,
    source              text     NOT NULL,
    grid_id             bigint   REFERENCES tariff_grid (id) ON DELETE RESTRICT,
    UNIQUE (statement_id, position)
);

GRANT SELECT, INSERT ON billing_statement, billing_statement_line TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE billing_statement_id_seq, billing_statement_line_id_seq TO ${app_role};
