-- Who may log in. A référent is bound to one or a few collectivités; a professional account to one professional.
CREATE TABLE app_user (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username           text    NOT NULL UNIQUE CHECK (username ~ '^[A-Za-z0-9._@-]{3,64}$'),
    display_name       text    NOT NULL,
    password_hash      text    NOT NULL,
    role               text    NOT NULL CHECK (role IN ('ADMIN', 'SECRETARIAT', 'PROFESSIONAL', 'REFERENT')),
    professional_id    bigint  REFERENCES professional (id) ON DELETE SET NULL,
    enabled            boolean NOT NULL DEFAULT true,
    created_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (role <> 'PROFESSIONAL' OR professional_id IS NOT NULL)
);

CREATE TABLE app_user_collectivite (
    user_id            bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    collectivite_id    bigint NOT NULL REFERENCES collectivite (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, collectivite_id)
);
