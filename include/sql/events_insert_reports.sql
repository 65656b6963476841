INSERT INTO newsfacts.event_reports (event_id, incident_id, article_id, outlet, reported_at, killed, injured, link)
VALUES %s
ON CONFLICT (incident_id) DO NOTHING;
