-- The référents of a collectivité served by a published session that moves to another day, half-day or cabinet, or
-- is withdrawn, are told even when none of their agents is booked on it (SESSION_MOVED).

ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
    CHECK (kind IN ('RELEASE_OFFER', 'WAITLIST_OFFER', 'EMPTY_RESERVE_WARNING', 'REPLAN_NOTICE', 'REPLAN_DECISION',
                    'CONVOCATION', 'REMINDER', 'SESSION_MOVED'));
