-- Per-constraint totals stored with each best solution of a run, so that the run status reads them instead of
-- scoring the plan again.
CREATE TABLE planning_run_constraint (
    run_id         bigint  NOT NULL REFERENCES planning_run (id) ON DELETE CASCADE,
    constraint_id  text    NOT NULL,
    level          text    NOT NULL CHECK (level IN ('HARD', 'MEDIUM', 'SOFT')),
    score          bigint  NOT NULL,
    matches        integer NOT NULL,
    PRIMARY KEY (run_id, constraint_id)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON planning_run_constraint TO ${app_role};
