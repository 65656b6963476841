-- After a load that deleted rows from staging instead of truncating it (autocommit): staging is a queue
-- every run fills and empties; keep its table and indexes lean.
VACUUM (ANALYZE) newsfacts.staged_incidents;
