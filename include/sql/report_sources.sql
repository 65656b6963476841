-- Sources ranked by what went wrong with them in the window: quarantined rows, failed pages, feed health.
WITH window_runs AS (
    SELECT run_id FROM newsfacts.runs
    WHERE coalesce(interval_start, logical_date, started_at)::date BETWEEN %(start)s AND %(end)s
), per_feed AS (
    SELECT f.feed_id, f.name, f.url, f.last_status, f.last_error, f.consecutive_failures, f.last_polled_at,
           (SELECT count(*) FROM newsfacts.quarantine q JOIN newsfacts.articles a USING (article_id)
            WHERE a.feed_id = f.feed_id AND q.run_id IN (SELECT run_id FROM window_runs)) AS quarantined,
           (SELECT count(*) FROM newsfacts.entries e
            WHERE e.feed_id = f.feed_id AND e.state IN ('failed', 'refused')
              AND e.last_run_id IN (SELECT run_id FROM window_runs)) AS failed_entries,
           (SELECT count(*) FROM newsfacts.articles a
            WHERE a.feed_id = f.feed_id AND a.run_id IN (SELECT run_id FROM window_runs)) AS articles
    FROM newsfacts.feeds f
)
SELECT *, quarantined + failed_entries + consecutive_failures AS failures
FROM per_feed
ORDER BY failures DESC, name;
