-- The CDG directory: collectivités and their agents, health professionals, cabinets, travel times.
-- Enumerations are CHECKed text so that rows stay readable in psql and in exports.

CREATE TABLE collectivite (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    siren              char(9)      NOT NULL UNIQUE CHECK (siren ~ '^[0-9]{9}$'),
    name               text         NOT NULL CHECK (length(trim(name)) > 0),
    kind               text         NOT NULL CHECK (kind IN ('COMMUNE', 'CCAS', 'EPT', 'SYNDICAT', 'DEPARTEMENT', 'OTHER')),
    affiliated         boolean      NOT NULL,
    -- Collectivités over 800 agents may run their own secretariat (convention MEDPREV).
    own_secretariat    boolean      NOT NULL DEFAULT false,
    insee_code         varchar(5)   CHECK (insee_code ~ '^[0-9][0-9AB][0-9]{3}$'),
    address            text,
    postal_code        varchar(5)   CHECK (postal_code ~ '^[0-9]{5}$'),
    city               text,
    latitude           double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude          double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    referent_name      text,
    referent_email     text CHECK (referent_email ~ '^[^@\s]+@[^@\s]+$'),
    referent_phone     text,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX collectivite_name_idx ON collectivite (lower(name));

-- Headcount (effectif) declared each year; fees are computed on the headcount at 1 January.
CREATE TABLE collectivite_headcount (
    collectivite_id    bigint   NOT NULL REFERENCES collectivite (id) ON DELETE CASCADE,
    year               smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    headcount          integer  NOT NULL CHECK (headcount >= 0),
    declared_on        date     NOT NULL,
    PRIMARY KEY (collectivite_id, year)
);

CREATE TABLE membership (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collectivite_id    bigint NOT NULL REFERENCES collectivite (id) ON DELETE CASCADE,
    service            text   NOT NULL CHECK (service IN ('PREVENTIVE', 'STATUTORY')),
    start_date         date   NOT NULL,
    end_date           date,
    tariff_category    text   NOT NULL CHECK (tariff_category IN
                           ('AFFILIATED', 'NON_AFFILIATED_OWN_SECRETARIAT', 'NON_AFFILIATED', 'REGION')),
    CHECK (end_date IS NULL OR end_date >= start_date),
    UNIQUE (collectivite_id, service, start_date)
);

CREATE TABLE agent (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collectivite_id          bigint  NOT NULL REFERENCES collectivite (id) ON DELETE CASCADE,
    matricule                text    NOT NULL CHECK (length(trim(matricule)) > 0),
    last_name                text    NOT NULL CHECK (length(trim(last_name)) > 0),
    first_name               text    NOT NULL CHECK (length(trim(first_name)) > 0),
    birth_date               date    NOT NULL,
    post                     text    NOT NULL,
    hire_date                date    NOT NULL,
    administrative_post      boolean NOT NULL DEFAULT false,
    -- Surveillance médicale particulière: follow-up frequency set by the doctor.
    smp                      boolean NOT NULL DEFAULT false,
    smp_interval_months      smallint CHECK (smp_interval_months BETWEEN 1 AND 48),
    left_on                  date,
    last_vip_date            date,
    last_doctor_visit_date   date,
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    UNIQUE (collectivite_id, matricule),
    CHECK (hire_date >= birth_date),
    CHECK (left_on IS NULL OR left_on >= hire_date)
);
CREATE INDEX agent_name_idx ON agent (collectivite_id, lower(last_name), lower(first_name));

CREATE TABLE professional (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code               text   NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9_-]{2,32}$'),
    kind               text   NOT NULL CHECK (kind IN
                           ('OCCUPATIONAL_DOCTOR', 'NURSE', 'APPROVED_DOCTOR', 'PSYCHOLOGIST', 'SOCIAL_WORKER')),
    last_name          text   NOT NULL CHECK (length(trim(last_name)) > 0),
    first_name         text   NOT NULL CHECK (length(trim(first_name)) > 0),
    email              text   CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
    -- Share of a full-time post, e.g. 0.8 for 80 %.
    working_ratio      numeric(3, 2) NOT NULL CHECK (working_ratio > 0 AND working_ratio <= 1),
    home_address       text,
    home_latitude      double precision NOT NULL CHECK (home_latitude BETWEEN -90 AND 90),
    home_longitude     double precision NOT NULL CHECK (home_longitude BETWEEN -180 AND 180),
    active             boolean NOT NULL DEFAULT true,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);

-- Weekly working half-days of a professional (Monday = 1).
CREATE TABLE professional_half_day (
    professional_id    bigint   NOT NULL REFERENCES professional (id) ON DELETE CASCADE,
    day_of_week        smallint NOT NULL CHECK (day_of_week BETWEEN 1 AND 6),
    half_day           text     NOT NULL CHECK (half_day IN ('AM', 'PM')),
    PRIMARY KEY (professional_id, day_of_week, half_day)
);

-- Leaves with half-day precision: from (start_date, start_half) to (end_date, end_half), both included.
CREATE TABLE professional_leave (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    professional_id    bigint NOT NULL REFERENCES professional (id) ON DELETE CASCADE,
    kind               text   NOT NULL CHECK (kind IN ('LEAVE', 'SICK', 'TRAINING', 'OTHER')),
    start_date         date   NOT NULL,
    start_half         text   NOT NULL CHECK (start_half IN ('AM', 'PM')),
    end_date           date   NOT NULL,
    end_half           text   NOT NULL CHECK (end_half IN ('AM', 'PM')),
    CHECK (end_date > start_date OR (end_date = start_date AND (start_half = 'AM' OR end_half = 'PM'))),
    UNIQUE (professional_id, start_date, start_half)
);

CREATE TABLE cabinet (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code               text   NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9_-]{2,32}$'),
    name               text   NOT NULL CHECK (length(trim(name)) > 0),
    kind               text   NOT NULL CHECK (kind IN ('CDG_PREMISES', 'COLLECTIVITE_OFFICE', 'SHARED_OFFICE', 'TELECONSULTATION')),
    address            text,
    postal_code        varchar(5) CHECK (postal_code ~ '^[0-9]{5}$'),
    city               text,
    latitude           double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude          double precision CHECK (longitude BETWEEN -180 AND 180),
    rooms              smallint NOT NULL CHECK (rooms BETWEEN 1 AND 50),
    owner_collectivite_id bigint REFERENCES collectivite (id) ON DELETE SET NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    -- A physical cabinet has a position; a teleconsultation "cabinet" has none.
    CHECK ((kind = 'TELECONSULTATION') = (latitude IS NULL AND longitude IS NULL)),
    CHECK (kind <> 'COLLECTIVITE_OFFICE' OR owner_collectivite_id IS NOT NULL)
);

CREATE TABLE cabinet_opening (
    cabinet_id         bigint   NOT NULL REFERENCES cabinet (id) ON DELETE CASCADE,
    day_of_week        smallint NOT NULL CHECK (day_of_week BETWEEN 1 AND 6),
    half_day           text     NOT NULL CHECK (half_day IN ('AM', 'PM')),
    PRIMARY KEY (cabinet_id, day_of_week, half_day)
);

-- Travel time from a collectivité (its seat) to a cabinet, in normal traffic (convention MEDPREV art. 2.2).
-- ESTIMATE rows come from the coordinate model and are recomputed; MATRIX rows were imported and win over it.
CREATE TABLE travel_time (
    collectivite_id    bigint   NOT NULL REFERENCES collectivite (id) ON DELETE CASCADE,
    cabinet_id         bigint   NOT NULL REFERENCES cabinet (id) ON DELETE CASCADE,
    minutes            integer  NOT NULL CHECK (minutes BETWEEN 0 AND 1440),
    source             text     NOT NULL CHECK (source IN ('ESTIMATE', 'MATRIX')),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (collectivite_id, cabinet_id)
);
CREATE INDEX travel_time_reachable_idx ON travel_time (collectivite_id, minutes);
