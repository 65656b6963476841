-- Incidents not yet part of an event, oldest report first (the order that makes linking deterministic).
SELECT i.incident_id, i.article_id, i.seq, i.event_date, i.date_precision, i.country, i.admin1, i.location,
       i.lat, i.lon, i.geo_precision, i.killed, i.killed_low, i.killed_high, i.injured, i.injured_low,
       i.injured_high, i.attack_type, i.actors,
       COALESCE(a.published_at, a.fetched_at) AS reported_at,
       COALESCE(a.site_name, f.name, split_part(split_part(a.url, '://', 2), '/', 1)) AS outlet,
       a.text
FROM newsfacts.incidents i
JOIN newsfacts.articles a USING (article_id)
LEFT JOIN newsfacts.feeds f ON f.feed_id = a.feed_id
WHERE NOT EXISTS (SELECT 1 FROM newsfacts.event_reports r WHERE r.incident_id = i.incident_id)
ORDER BY COALESCE(a.published_at, a.fetched_at), i.incident_id;
