-- E-mail of an account, by which an OpenID Connect log-in finds it (verified e-mail claim). Optional: accounts
-- without one log in with their password only. Unique whatever the case, as providers do not agree on it.
ALTER TABLE app_user ADD COLUMN email text CHECK (email ~ '^[^@\s]+@[^@\s]+$');
CREATE UNIQUE INDEX app_user_email_idx ON app_user (lower(email));
