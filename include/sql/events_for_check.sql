-- The events a run touched, with the span of their reports, for the events suite.
SELECT e.event_id, e.killed, e.killed_low, e.killed_high, e.injured, e.injured_low, e.injured_high,
       e.n_reports, e.n_outlets,
       EXTRACT(EPOCH FROM (e.last_updated_at - e.first_reported_at)) / 86400.0 AS report_span_days
FROM newsfacts.events e
WHERE e.event_id = ANY(%(event_ids)s);
