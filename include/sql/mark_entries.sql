-- One state per entry; `attempts` counts fetch tries so a dead link is given up after a few runs.
UPDATE newsfacts.entries AS e
SET state = v.state, state_reason = v.reason, page_hash = v.page_hash,
    article_id = COALESCE(v.article_id::bigint, e.article_id),
    attempts = e.attempts + v.tried::int, attempt_run_id = v.run_id, updated_at = now()
FROM (VALUES %s) AS v (entry_id, state, reason, page_hash, article_id, tried, run_id)
WHERE e.entry_id = v.entry_id::bigint;
