-- A published session that a re-plan leaves to no one while agents are booked on it is withdrawn, not deleted: the
-- appointments keep their session (appointment.session_id is ON DELETE RESTRICT) until the secretariat rebooks or
-- cancels them. Planning, the board and booking read only DRAFT and PUBLISHED sessions.
ALTER TABLE planning_session DROP CONSTRAINT planning_session_status_check;
ALTER TABLE planning_session ADD CONSTRAINT planning_session_status_check
    CHECK (status IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN'));

-- No table created: nothing to grant.
