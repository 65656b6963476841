SELECT q.quarantine_id, q.run_id, q.article_id, q.seq, q.parser_version, q.status, q.failed_expectations,
       q.quarantined_at, q.resolved_at, jsonb_array_length(q.actions) AS n_actions, a.title, a.url
FROM newsfacts.quarantine q
JOIN newsfacts.articles a USING (article_id)
WHERE (%(status)s::text IS NULL OR q.status = %(status)s)
  AND (%(run_id)s::text IS NULL OR q.run_id = %(run_id)s)
ORDER BY q.quarantine_id
LIMIT %(limit)s;
