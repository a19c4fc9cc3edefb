-- A clock that moves whenever anything a feed shows may have changed, so that serving an unchanged feed (the
-- hourly poll of every calendar) costs one indexed query instead of recounting its items. A sequence, not a row:
-- writers never wait on each other for it (nextval takes no lock and is not rolled back).
CREATE SEQUENCE feed_change_clock;

CREATE FUNCTION feed_tick() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('feed_change_clock');
    RETURN NULL;
END $$;
CREATE TRIGGER planning_session_feed_tick AFTER INSERT OR UPDATE OR DELETE ON planning_session
    FOR EACH STATEMENT EXECUTE FUNCTION feed_tick();
CREATE TRIGGER planning_demand_unit_feed_tick AFTER INSERT OR UPDATE OR DELETE ON planning_demand_unit
    FOR EACH STATEMENT EXECUTE FUNCTION feed_tick();
CREATE TRIGGER appointment_feed_tick AFTER INSERT OR UPDATE OR DELETE ON appointment
    FOR EACH STATEMENT EXECUTE FUNCTION feed_tick();
CREATE TRIGGER statutory_request_feed_tick AFTER INSERT OR UPDATE OR DELETE ON statutory_request
    FOR EACH STATEMENT EXECUTE FUNCTION feed_tick();
CREATE TRIGGER feed_cancellation_feed_tick AFTER INSERT OR UPDATE OR DELETE ON feed_cancellation
    FOR EACH STATEMENT EXECUTE FUNCTION feed_tick();

-- No table created. Every writer of the tables above runs the trigger as itself: it needs nextval; the feeds read
-- last_value.
GRANT USAGE, SELECT ON SEQUENCE feed_change_clock TO ${app_role};
