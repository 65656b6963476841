-- A resting feed was not polled by this run; counted once per run however often the task retries.
UPDATE newsfacts.feeds
SET skipped_polls = skipped_polls + CASE WHEN last_skip_run_id IS DISTINCT FROM %(run_id)s THEN 1 ELSE 0 END,
    last_skip_run_id = %(run_id)s
WHERE feed_id = %(feed_id)s;
