-- Quarantined rows of the window's runs (all statuses), newest first, with their article and source.
SELECT q.quarantine_id, q.run_id, q.article_id, q.seq, q.parser_version, q.status, q.failed_expectations,
       q.row_data, q.quarantined_at, q.resolved_at, q.actions, a.title, a.url, f.name AS feed,
       coalesce(r.interval_start, r.logical_date, r.started_at) AS day_ts
FROM newsfacts.quarantine q
JOIN newsfacts.articles a USING (article_id)
LEFT JOIN newsfacts.feeds f ON f.feed_id = a.feed_id
LEFT JOIN newsfacts.runs r ON r.run_id = q.run_id
WHERE coalesce(r.interval_start, r.logical_date, r.started_at, q.quarantined_at)::date BETWEEN %(start)s AND %(end)s
ORDER BY q.quarantined_at DESC, q.quarantine_id DESC
LIMIT %(limit)s;
