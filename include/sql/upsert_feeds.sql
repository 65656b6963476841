INSERT INTO newsfacts.feeds (url, name) VALUES %s
ON CONFLICT (url) DO UPDATE SET name = EXCLUDED.name
RETURNING feed_id, url, name;
