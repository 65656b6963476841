-- Feed health: a failure counts up, any success (including 304) resets the count.
UPDATE newsfacts.feeds
SET last_polled_at = now(),
    last_status = %(status)s,
    last_error = %(error)s,
    last_http_status = %(http_status)s,
    etag = CASE WHEN %(status)s = 'ok' THEN %(etag)s ELSE etag END,
    last_modified = CASE WHEN %(status)s = 'ok' THEN %(last_modified)s ELSE last_modified END,
    consecutive_failures = CASE WHEN %(status)s = 'failed' THEN consecutive_failures + 1 ELSE 0 END,
    entries_seen = entries_seen + %(n_entries)s
WHERE feed_id = %(feed_id)s;
