-- Open entries (new, or failed with tries left) that this run has not tried yet, oldest first.
-- A run for a past day takes only the entries dated inside its window (NULL bounds: no window).
SELECT e.entry_id, e.url, e.title, e.published_at, e.feed_id, a.article_id AS existing_article_id
FROM newsfacts.entries e
LEFT JOIN newsfacts.articles a ON a.url = e.url
WHERE e.state IN ('new', 'failed')
  AND e.attempts < %(max_attempts)s
  AND e.attempt_run_id IS DISTINCT FROM %(run_id)s
  AND (%(window_start)s::timestamptz IS NULL OR e.published_at >= %(window_start)s)
  AND (%(window_end)s::timestamptz IS NULL OR e.published_at < %(window_end)s)
ORDER BY e.entry_id
LIMIT %(limit)s;
