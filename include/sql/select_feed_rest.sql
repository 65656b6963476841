-- A feed's failure streak and rest, with the time of the asking run (its interval end, else logical date).
SELECT f.feed_id, f.name, f.consecutive_failures, f.skip_until, f.last_error,
       COALESCE(r.interval_end, r.logical_date, now()) AS run_at
FROM newsfacts.feeds f
LEFT JOIN newsfacts.runs r ON r.run_id = %(run_id)s
WHERE f.feed_id = %(feed_id)s;
