-- Quarantined rows live on in newsfacts.quarantine; their staging copies are done with.
DELETE FROM newsfacts.staged_incidents WHERE status = 'quarantined';
