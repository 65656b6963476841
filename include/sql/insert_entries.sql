-- Entries seen before keep their state; (xmax = 0) tells a fresh insert from an update.
INSERT INTO newsfacts.entries (feed_id, entry_key, url, title, published_at, first_run_id, last_run_id)
VALUES %s
ON CONFLICT (feed_id, entry_key) DO UPDATE SET last_run_id = EXCLUDED.last_run_id
RETURNING (xmax = 0) AS inserted;
