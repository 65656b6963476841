-- Whether staging holds rows the load does not take (still waiting for validation): then it cannot be
-- truncated, only the taken and quarantined rows deleted.
SELECT EXISTS (SELECT 1 FROM newsfacts.staged_incidents WHERE status = 'staged');
