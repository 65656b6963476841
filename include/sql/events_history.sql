SELECT r.incident_id, r.article_id, r.outlet, r.reported_at, r.killed, r.injured, r.link, a.title, a.url,
       i.location, i.event_date
FROM newsfacts.event_reports r
JOIN newsfacts.articles a USING (article_id)
JOIN newsfacts.incidents i ON i.incident_id = r.incident_id
WHERE r.event_id = %(event_id)s
ORDER BY r.reported_at, r.incident_id;
