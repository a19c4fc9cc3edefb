-- Calendar feeds: a secret URL per subscription, of one professional's sessions and appointments, one cabinet's,
-- one collectivité's (for its référent), or one approved doctor's statutory appointments. Only the SHA-256 of the
-- token is kept; the URL cannot be shown again, only rotated.
CREATE TABLE feed (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The subscription dies with its account.
    owner_id           bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    scope              text        NOT NULL CHECK (scope IN ('PROFESSIONAL', 'CABINET', 'COLLECTIVITE', 'STATUTORY')),
    -- One target per scope, each going with its row.
    professional_id    bigint      REFERENCES professional (id) ON DELETE CASCADE,
    cabinet_id         bigint      REFERENCES cabinet (id) ON DELETE CASCADE,
    collectivite_id    bigint      REFERENCES collectivite (id) ON DELETE CASCADE,
    privacy            text        NOT NULL CHECK (privacy IN ('DETAILED', 'NAMES', 'BUSY_ONLY')),
    token_hash         bytea       NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_at         timestamptz NOT NULL DEFAULT now(),
    rotated_at         timestamptz,
    CHECK ((scope IN ('PROFESSIONAL', 'STATUTORY')) = (professional_id IS NOT NULL)),
    CHECK ((scope = 'CABINET') = (cabinet_id IS NOT NULL)),
    CHECK ((scope = 'COLLECTIVITE') = (collectivite_id IS NOT NULL)),
    -- A collectivité's agents are shown with their names at most, never with the visit's reason.
    CHECK (scope <> 'COLLECTIVITE' OR privacy <> 'DETAILED')
);
CREATE INDEX feed_owner_idx ON feed (owner_id);

-- A référent's feed of a collectivité dies with the binding of the account to it (security's table). Checked at
-- commit: security rewrites an account's bindings by deleting them all and inserting the new set, and a binding
-- that is kept must keep its feeds.
CREATE FUNCTION feed_drop_unbound() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM app_user_collectivite
                   WHERE user_id = OLD.user_id AND collectivite_id = OLD.collectivite_id) THEN
        DELETE FROM feed WHERE owner_id = OLD.user_id AND collectivite_id = OLD.collectivite_id
            AND owner_id IN (SELECT id FROM app_user WHERE role = 'REFERENT');
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER feed_drop_unbound AFTER DELETE ON app_user_collectivite
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION feed_drop_unbound();

GRANT SELECT, INSERT, UPDATE, DELETE ON feed TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE feed_id_seq TO ${app_role};
