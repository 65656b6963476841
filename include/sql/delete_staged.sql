DELETE FROM newsfacts.staged_incidents AS s
USING (VALUES %s) AS v (run_id, article_id, seq)
WHERE s.run_id = v.run_id AND s.article_id = v.article_id::bigint AND s.seq = v.seq::int;
