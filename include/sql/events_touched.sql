-- Events whose reports changed in this run (new links, or incidents re-parsed in place).
SELECT DISTINCT r.event_id
FROM newsfacts.event_reports r JOIN newsfacts.incidents i ON i.incident_id = r.incident_id
WHERE i.run_id = %(run_id)s;
