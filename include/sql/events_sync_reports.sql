-- Keep the report rows' tolls in step with their incidents (a re-parse may change them).
UPDATE newsfacts.event_reports r SET killed = i.killed, injured = i.injured
FROM newsfacts.incidents i
WHERE i.incident_id = r.incident_id AND r.event_id = ANY(%(event_ids)s)
  AND (r.killed IS DISTINCT FROM i.killed OR r.injured IS DISTINCT FROM i.injured);
