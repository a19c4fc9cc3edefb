-- Roles of medtravail on an external PostgreSQL (12 or later), run once by a database administrator before the
-- application's first start, e.g.:
--   psql -h db.example -U postgres -v owner_password="'…'" -v app_password="'…'" -f db/roles.sql
-- Then configure the application (environment variables):
--   SPRING_DATASOURCE_URL=jdbc:postgresql://db.example:5432/medtravail
--   SPRING_DATASOURCE_USERNAME=medtravail_app     SPRING_DATASOURCE_PASSWORD=…   (the application)
--   SPRING_FLYWAY_USER=medtravail_owner           SPRING_FLYWAY_PASSWORD=…       (migrations only)
--   MEDTRAVAIL_DB_APP_ROLE=medtravail_app         (if the application's role has another name)
-- The migrations (db/migration, run as the owner) grant the application's role what it needs, table by table:
-- rows of the directory, planning and accounts, and only INSERT and SELECT on audit_event.
-- In pg_hba.conf, allow these roles with scram-sha-256 only (no trust, no md5), from the application's hosts only.

CREATE ROLE medtravail_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    PASSWORD :owner_password;
CREATE ROLE medtravail_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    PASSWORD :app_password;

CREATE DATABASE medtravail OWNER medtravail_owner ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE medtravail FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE medtravail TO medtravail_app;

\connect medtravail
-- The owner creates the tables; nobody else creates anything in the schema.
ALTER SCHEMA public OWNER TO medtravail_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO medtravail_app;
