-- Reports of events that a report in [start, end) could still join (first reported inside the window).
SELECT r.event_id, i.incident_id, i.article_id, i.seq, i.event_date, i.date_precision, i.country, i.admin1,
       i.location, i.lat, i.lon, i.geo_precision, i.killed, i.killed_low, i.killed_high, i.injured,
       i.injured_low, i.injured_high, i.attack_type, i.actors, r.reported_at, r.outlet, a.text
FROM newsfacts.event_reports r
JOIN newsfacts.events e USING (event_id)
JOIN newsfacts.incidents i ON i.incident_id = r.incident_id
JOIN newsfacts.articles a ON a.article_id = r.article_id
WHERE e.first_reported_at >= %(start)s AND e.first_reported_at < %(end)s
ORDER BY r.event_id, r.reported_at, i.incident_id;
