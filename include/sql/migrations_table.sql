CREATE SCHEMA IF NOT EXISTS newsfacts;
CREATE TABLE IF NOT EXISTS newsfacts.schema_migrations (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);
