-- The application connects as ${app_role}, a role that is neither superuser nor owner: it reads and writes rows,
-- and may only add to and read the audit trail. It cannot alter tables, disable triggers or change
-- session_replication_role, so the append-only audit trail holds against it whatever the triggers. Migrations run
-- as the owner of the schema (see db/roles.sql); every later migration grants ${app_role} what its new tables need.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app_role};
REVOKE ALL ON audit_event, ${flyway:table} FROM ${app_role};
GRANT SELECT, INSERT ON audit_event TO ${app_role};
GRANT SELECT ON ${flyway:table} TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app_role};
