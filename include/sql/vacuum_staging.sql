-- After each load (autocommit): staging is emptied every run; keep its table and indexes lean.
VACUUM (ANALYZE) newsfacts.staged_incidents;
