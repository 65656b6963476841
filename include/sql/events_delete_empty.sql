-- Events left without reports (their incidents disappeared in a re-parse).
DELETE FROM newsfacts.events e
WHERE NOT EXISTS (SELECT 1 FROM newsfacts.event_reports r WHERE r.event_id = e.event_id);
