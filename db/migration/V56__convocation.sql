-- Convocations and reminders join the outbox; each row records how it was delivered.

ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
    CHECK (kind IN ('RELEASE_OFFER', 'WAITLIST_OFFER', 'EMPTY_RESERVE_WARNING', 'REPLAN_NOTICE', 'REPLAN_DECISION',
                    'CONVOCATION', 'REMINDER'));

-- The appointment a convocation or a reminder is about.
ALTER TABLE notification ADD COLUMN appointment_id bigint REFERENCES appointment (id) ON DELETE CASCADE;
-- SENT by e-mail; RECORDED when no SMTP server is configured; NO_ADDRESS when the directory has no e-mail for the
-- recipient; REJECTED when the address is unreadable or refused by the SMTP server (not retried); OBSOLETE when the
-- appointment was cancelled or replaced before the message left.
ALTER TABLE notification ADD COLUMN outcome text
    CHECK (outcome IN ('SENT', 'RECORDED', 'NO_ADDRESS', 'REJECTED', 'OBSOLETE'));
ALTER TABLE notification ADD COLUMN address text;
ALTER TABLE notification ADD CHECK ((sent_at IS NULL) = (outcome IS NULL));
CREATE INDEX notification_appointment_idx ON notification (appointment_id) WHERE appointment_id IS NOT NULL;

GRANT SELECT, INSERT, UPDATE, DELETE ON notification TO ${app_role};
