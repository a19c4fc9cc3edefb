-- Personal API tokens for scripts and integrations. Only the SHA-256 of the token is kept; the token itself is shown
-- once, when created. A token acts with its account's role and scope, until it expires or is revoked.
CREATE TABLE api_token (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id            bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name               text   NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    token_hash         bytea  NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_at         timestamptz NOT NULL DEFAULT now(),
    expires_at         timestamptz NOT NULL,
    last_used_at       timestamptz,
    revoked_at         timestamptz
);
CREATE INDEX api_token_user_idx ON api_token (user_id);
GRANT SELECT, INSERT, UPDATE, DELETE ON api_token TO ${app_role};
