-- For the load transaction only.
-- Its commit does not wait for the WAL to reach disk. Safe here: the load is one atomic transaction
-- (upsert, staging emptied, entries closed) that re-runs from staging. Should the server crash in the
-- fraction of a second before the WAL writer flushes it, the whole load is undone at once, its rows are
-- still staged as valid and the next load takes them; any later synchronous commit (the run's record,
-- event linking) flushes it first. Nothing else is relaxed: the load's rows are WAL-logged as always.
SET LOCAL synchronous_commit = off;
-- The key-ordered sort and the taken rows (about 1.5 KB each) stay in memory up to ~40,000 rows.
SET LOCAL work_mem = '64MB';
