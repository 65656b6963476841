-- Under the load's exclusive lock, when every staged row was loaded or quarantined: empty the queue at
-- once (new empty files at commit) instead of deleting row by row and vacuuming the dead rows after.
TRUNCATE newsfacts.staged_incidents;
