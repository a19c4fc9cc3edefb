-- Visit requests become the visits module's: any requested kind of the convention (VisitKind), the absence behind a
-- return or pre-return visit, the employer's motive, confidentiality (the agent's own request), who filed it.
ALTER TABLE visit_request DROP CONSTRAINT visit_request_reason_check;
ALTER TABLE visit_request DROP CONSTRAINT visit_request_professional_kind_check;
ALTER TABLE visit_request DROP CONSTRAINT visit_request_status_check;
DROP INDEX visit_request_waiting_idx;

ALTER TABLE visit_request RENAME COLUMN reason TO kind;
UPDATE visit_request SET kind = 'AGENT_REQUEST' WHERE kind = 'REQUEST';
ALTER TABLE visit_request ADD CHECK (kind IN ('RETURN', 'PRE_RETURN', 'AGENT_REQUEST', 'EMPLOYER_REQUEST',
                                              'NURSE_ORIENTATION'));
-- Who may hold it follows from the kind (VisitKind.allowed).
ALTER TABLE visit_request DROP COLUMN professional_kind;
ALTER TABLE visit_request RENAME COLUMN requested_on TO filed_on;

ALTER TABLE visit_request ALTER COLUMN status DROP DEFAULT;
UPDATE visit_request SET status = CASE status WHEN 'WAITING' THEN 'OPEN' WHEN 'PLANNED' THEN 'BOOKED'
                                              WHEN 'DONE' THEN 'HELD' ELSE 'CANCELLED' END;
ALTER TABLE visit_request ALTER COLUMN status SET DEFAULT 'OPEN';
ALTER TABLE visit_request ADD CHECK (status IN ('OPEN', 'BOOKED', 'HELD', 'CANCELLED'));

ALTER TABLE visit_request
    ADD COLUMN absence_start date,
    ADD COLUMN return_on     date,
    ADD COLUMN motive        text,
    ADD COLUMN confidential  boolean NOT NULL DEFAULT false,
    ADD COLUMN filed_by      text NOT NULL DEFAULT 'system',
    ADD COLUMN filed_at      timestamptz NOT NULL DEFAULT now(),
    ADD CHECK (absence_start IS NULL OR return_on IS NULL OR return_on >= absence_start),
    ADD CHECK (kind <> 'EMPLOYER_REQUEST' OR length(trim(motive)) > 0),
    ADD CHECK (NOT confidential OR kind = 'AGENT_REQUEST');
ALTER TABLE visit_request ALTER COLUMN filed_by DROP DEFAULT;

CREATE INDEX visit_request_open_idx ON visit_request (agent_id) WHERE status IN ('OPEN', 'BOOKED');

GRANT SELECT, INSERT, UPDATE, DELETE ON visit_request TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE visit_request_id_seq TO ${app_role};
