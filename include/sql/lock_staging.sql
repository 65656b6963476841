-- The load's first statement: staging to itself until it commits, or at once an error (55P03) when
-- another transaction uses staging, so the load never waits behind another run's validation.
LOCK TABLE newsfacts.staged_incidents IN ACCESS EXCLUSIVE MODE NOWAIT;
