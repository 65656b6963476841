UPDATE newsfacts.staged_incidents AS s SET status = v.status
FROM (VALUES %s) AS v (run_id, article_id, seq, status)
WHERE s.run_id = v.run_id AND s.article_id = v.article_id::bigint AND s.seq = v.seq::int;
