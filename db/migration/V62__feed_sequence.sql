-- What calendar clients need to follow changes (RFC 5545 SEQUENCE, LAST-MODIFIED): a counter and a time bumped on
-- every change of a published session, an appointment or a statutory request, by triggers so that every writer
-- (planning, booking, statutory, scripts) keeps them right without knowing about feeds.
ALTER TABLE planning_session ADD COLUMN sequence integer NOT NULL DEFAULT 0;
ALTER TABLE planning_session ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE appointment ADD COLUMN sequence integer NOT NULL DEFAULT 0;
ALTER TABLE appointment ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE statutory_request ADD COLUMN sequence integer NOT NULL DEFAULT 0;

CREATE FUNCTION feed_bump_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW IS DISTINCT FROM OLD THEN
        NEW.sequence := OLD.sequence + 1;
        NEW.updated_at := clock_timestamp();
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER planning_session_feed_sequence BEFORE UPDATE ON planning_session
    FOR EACH ROW EXECUTE FUNCTION feed_bump_sequence();
CREATE TRIGGER appointment_feed_sequence BEFORE UPDATE ON appointment
    FOR EACH ROW EXECUTE FUNCTION feed_bump_sequence();
CREATE TRIGGER statutory_request_feed_sequence BEFORE UPDATE ON statutory_request
    FOR EACH ROW EXECUTE FUNCTION feed_bump_sequence();

-- An item that leaves a feed (a published session deleted by a re-plan, or handed to another professional or
-- cabinet, with its appointments; a statutory visit given to another doctor) stays in it as cancelled for 30 days, so that calendars
-- remove it instead of keeping a stale copy. Written by the triggers below only; feeds reads it.
CREATE TABLE feed_cancellation (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_kind          text        NOT NULL CHECK (item_kind IN ('SESSION', 'APPOINTMENT', 'STATUTORY')),
    item_id            bigint      NOT NULL,
    professional_id    bigint,
    cabinet_id         bigint,
    collectivite_ids   bigint[]    NOT NULL DEFAULT '{}',
    session_date       date,
    half_day           text,
    capacity_minutes   integer,
    starts_at          timestamp,
    ends_at            timestamp,
    sequence           integer     NOT NULL,
    cancelled_at       timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX feed_cancellation_professional_idx ON feed_cancellation (professional_id, cancelled_at);
CREATE INDEX feed_cancellation_cabinet_idx ON feed_cancellation (cabinet_id, cancelled_at);
CREATE INDEX feed_cancellation_collectivites_idx ON feed_cancellation USING gin (collectivite_ids);
CREATE INDEX feed_cancellation_age_idx ON feed_cancellation (cancelled_at);

CREATE FUNCTION feed_session_left() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Past the 30 days a calendar needs to remove them, the rows go.
    DELETE FROM feed_cancellation WHERE cancelled_at < now() - interval '31 days';
    IF OLD.status = 'PUBLISHED' AND (TG_OP = 'DELETE' OR NEW.professional_id <> OLD.professional_id
                                     OR NEW.cabinet_id <> OLD.cabinet_id) THEN
        INSERT INTO feed_cancellation (item_kind, item_id, professional_id, cabinet_id, collectivite_ids,
                                       session_date, half_day, capacity_minutes, sequence)
        VALUES ('SESSION', OLD.id, OLD.professional_id, OLD.cabinet_id,
                ARRAY(SELECT DISTINCT collectivite_id FROM planning_demand_unit WHERE session_id = OLD.id),
                OLD.session_date, OLD.half_day, OLD.capacity_minutes, OLD.sequence + 1);
        -- Its appointments leave the old professional's (or cabinet's) calendar with it; a confidential one is
        -- listed for no collectivité.
        INSERT INTO feed_cancellation (item_kind, item_id, professional_id, cabinet_id, collectivite_ids,
                                       starts_at, ends_at, sequence)
        SELECT 'APPOINTMENT', a.id, OLD.professional_id, OLD.cabinet_id,
               CASE WHEN a.confidential THEN '{}'::bigint[] ELSE ARRAY[a.collectivite_id] END,
               a.starts_at, a.ends_at, a.sequence + 1
        FROM appointment a WHERE a.session_id = OLD.id;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
-- BEFORE: the demand units still point at the session (ON DELETE SET NULL runs after).
CREATE TRIGGER planning_session_feed_left BEFORE DELETE OR UPDATE OF professional_id, cabinet_id
    ON planning_session FOR EACH ROW EXECUTE FUNCTION feed_session_left();

CREATE FUNCTION feed_statutory_left() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.professional_id IS NOT NULL AND OLD.starts_at IS NOT NULL
       AND (TG_OP = 'DELETE' OR NEW.professional_id IS DISTINCT FROM OLD.professional_id) THEN
        INSERT INTO feed_cancellation (item_kind, item_id, professional_id, cabinet_id, collectivite_ids,
                                       starts_at, ends_at, sequence)
        VALUES ('STATUTORY', OLD.id, OLD.professional_id, OLD.cabinet_id, ARRAY[OLD.collectivite_id],
                OLD.starts_at, OLD.starts_at + make_interval(mins => coalesce(OLD.minutes, 60)), OLD.sequence + 1);
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER statutory_request_feed_left BEFORE DELETE OR UPDATE OF professional_id
    ON statutory_request FOR EACH ROW EXECUTE FUNCTION feed_statutory_left();

-- The feeds' one-query reads: a professional's or a cabinet's sessions in a window, changed items.
CREATE INDEX planning_session_professional_day_idx ON planning_session (professional_id, session_date);
CREATE INDEX planning_session_cabinet_day_idx ON planning_session (cabinet_id, session_date);
CREATE INDEX planning_demand_unit_collectivite_idx ON planning_demand_unit (collectivite_id) WHERE session_id IS NOT NULL;

GRANT SELECT, INSERT, UPDATE, DELETE ON feed_cancellation TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE feed_cancellation_id_seq TO ${app_role};
