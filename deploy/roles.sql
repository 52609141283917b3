-- The database and its two roles (README "Deploy for a province", docs/SECURITY.md), run once by
-- PostgreSQL's superuser; running it again creates only what is missing and resets the passwords:
--
--   sudo -u postgres psql -v owner_password='…' -v app_password='…' -f deploy/roles.sql
--
-- owner (default thidua): owns the database and its tables, runs `npm run db:migrate`, `setup` and
--   `restore` through MIGRATION_DATABASE_URL.
-- app (default tdk_app): what the running app connects as (DATABASE_URL). `npm run db:migrate`
--   gives it rows to read and write, and on "AuditLog" only SELECT and INSERT (lib/db/app-role.ts);
--   not being the owner, it cannot drop or disable the audit log's triggers.
-- Other names: -v owner=… -v app=… -v database=… (default thidua).
\set ON_ERROR_STOP on
\if :{?owner}
\else
  \set owner thidua
\endif
\if :{?app}
\else
  \set app tdk_app
\endif
\if :{?database}
\else
  \set database thidua
\endif

SELECT format('CREATE ROLE %I LOGIN', :'owner') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN', :'app') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app') \gexec
ALTER ROLE :"owner" LOGIN NOSUPERUSER NOCREATEROLE PASSWORD :'owner_password';
ALTER ROLE :"app" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD :'app_password';

SELECT format('CREATE DATABASE %I OWNER %I', :'database', :'owner') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'database') \gexec
-- Only the owner creates anything there, temporary tables included (a temporary table could stand
-- in for one the audit trigger reads); the app only connects.
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"database" TO :"app";

\connect :"database"
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
