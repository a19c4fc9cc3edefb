-- Tariff grids of the billing module: the prices of one CDG's mission from a start date. A grid is never changed
-- in place: the administrator's edit is a new version row of the same CDG, mission and start, and a statement keeps
-- the id of the version it was computed with. Hence the application's role may only read and insert here.
CREATE TABLE tariff_grid (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cdg                 text    NOT NULL CHECK (cdg IN ('CDG69', 'CIG_PETITE_COURONNE')),
    mission             text    NOT NULL CHECK (mission IN ('PREVENTIVE', 'STATUTORY')),
    valid_from          date    NOT NULL,
    -- Last day the deliberation covers (null: until the next grid).
    valid_until         date    CHECK (valid_until IS NULL OR valid_until >= valid_from),
    version             integer NOT NULL CHECK (version >= 1),
    -- The unjustified-absence surcharge is data: which rule, past which yearly rate (in percent, exclusive).
    surcharge_rule      text    NOT NULL CHECK (surcharge_rule IN ('NONE', 'UNJUSTIFIED_AT_AGENT_COST')),
    surcharge_threshold numeric(5, 2) NOT NULL CHECK (surcharge_threshold BETWEEN 0 AND 100),
    source              text    NOT NULL CHECK (length(trim(source)) > 0),
    created_by          text    NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (cdg, mission, valid_from, version)
);

-- Prices in euros, payroll rates in percent of the payroll.
CREATE TABLE tariff_price (
    grid_id             bigint  NOT NULL REFERENCES tariff_grid (id) ON DELETE RESTRICT,
    item                text    NOT NULL CHECK (item IN ('AGENT_AFFILIATED', 'AGENT_NON_AFFILIATED_OWN_SECRETARIAT',
                            'AGENT_NON_AFFILIATED', 'AGENT_REGION', 'AGENT_DOCTOR', 'AGENT_DOCTOR_NURSE',
                            'CONSULTATION_DAY', 'PAYROLL_RATE_AFFILIATED', 'PAYROLL_RATE_NON_AFFILIATED',
                            'ACT_EXPERTISE', 'ACT_RPI_ATI', 'ACT_CONTROL', 'ACT_FIREARM', 'ACT_AGE_LIMIT',
                            'ACT_WRITTEN_REPORT')),
    amount              numeric(12, 4) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (grid_id, item)
);

-- CDG69, deliberation of 24 June 2024, fees 2025–2027 (004_…txt, convention MEDPREV article 3.1, convention MSC).
INSERT INTO tariff_grid (cdg, mission, valid_from, valid_until, version, surcharge_rule, surcharge_threshold, source, created_by)
VALUES ('CDG69', 'PREVENTIVE', DATE '2025-01-01', DATE '2027-12-31', 1, 'UNJUSTIFIED_AT_AGENT_COST', 5,
        'CDG69, convention MEDPREV art. 3.1 (tarifs 2025-2027)', 'migration'),
       ('CDG69', 'STATUTORY', DATE '2025-01-01', DATE '2027-12-31', 1, 'NONE', 5,
        'CDG69, convention MSC art. 3 (tarifs 2025-2027)', 'migration'),
       ('CIG_PETITE_COURONNE', 'PREVENTIVE', DATE '2026-01-01', DATE '2026-12-31', 1, 'UNJUSTIFIED_AT_AGENT_COST', 5,
        'CIG Petite Couronne, offre de services 2026 §7', 'migration');
INSERT INTO tariff_price (grid_id, item, amount)
SELECT g.id, p.item, p.amount
FROM tariff_grid g
JOIN (VALUES ('CDG69', 'PREVENTIVE', 'AGENT_AFFILIATED', 87),
             ('CDG69', 'PREVENTIVE', 'AGENT_NON_AFFILIATED_OWN_SECRETARIAT', 93),
             ('CDG69', 'PREVENTIVE', 'AGENT_NON_AFFILIATED', 104),
             ('CDG69', 'PREVENTIVE', 'AGENT_REGION', 109),
             ('CDG69', 'STATUTORY', 'PAYROLL_RATE_AFFILIATED', 0.0327),
             ('CDG69', 'STATUTORY', 'PAYROLL_RATE_NON_AFFILIATED', 0.0545),
             ('CDG69', 'STATUTORY', 'ACT_EXPERTISE', 200),
             ('CDG69', 'STATUTORY', 'ACT_RPI_ATI', 50),
             ('CDG69', 'STATUTORY', 'ACT_CONTROL', 100),
             ('CDG69', 'STATUTORY', 'ACT_FIREARM', 100),
             ('CDG69', 'STATUTORY', 'ACT_AGE_LIMIT', 50),
             ('CDG69', 'STATUTORY', 'ACT_WRITTEN_REPORT', 100),
             ('CIG_PETITE_COURONNE', 'PREVENTIVE', 'AGENT_DOCTOR', 120),
             ('CIG_PETITE_COURONNE', 'PREVENTIVE', 'AGENT_DOCTOR_NURSE', 135),
             ('CIG_PETITE_COURONNE', 'PREVENTIVE', 'CONSULTATION_DAY', 1380))
     AS p (cdg, mission, item, amount) ON p.cdg = g.cdg AND p.mission = g.mission;

GRANT SELECT, INSERT ON tariff_grid, tariff_price TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE tariff_grid_id_seq TO ${app_role};
