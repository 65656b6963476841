-- Under the load's exclusive lock, when rows still wait for validation: the rows just loaded and the
-- quarantined ones (they live on in newsfacts.quarantine) leave staging; the waiting rows stay.
DELETE FROM newsfacts.staged_incidents WHERE status IN ('valid', 'quarantined');
