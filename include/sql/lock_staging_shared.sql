-- A quarantine release writes the fact table outside the load: it takes staging as a writer would
-- (ROW EXCLUSIVE: runs may still stage and validate) just before it upserts. A load that holds staging
-- finishes first; a load that starts meanwhile cannot lock staging for itself and takes the shared path,
-- whose ON CONFLICT copes with the released rows. The locked load's update-then-insert
-- (load_staged_incidents.sql) relies on this: while it holds staging, nothing else writes the fact table.
LOCK TABLE newsfacts.staged_incidents IN ROW EXCLUSIVE MODE;
