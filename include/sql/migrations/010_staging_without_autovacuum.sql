-- Staging is a queue the load empties: it truncates staging, or deletes its rows and vacuums it itself
-- (pipeline.load_valid). Autovacuum has nothing left to do there, and while it vacuums or analyses
-- staging (after every run's COPY and validation, which is to say just before the load) it holds a lock
-- that makes the load's LOCK ... NOWAIT fail, so the load took the slow path meant for a concurrent run:
-- rows deleted one by one, then a VACUUM (seen in the loading bench).
-- Vacuums against transaction-id wraparound still run: this setting does not stop them.
ALTER TABLE newsfacts.staged_incidents SET (autovacuum_enabled = off, toast.autovacuum_enabled = off);
