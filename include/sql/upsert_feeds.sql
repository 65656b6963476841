INSERT INTO newsfacts.feeds (url, name, feed_url, sitemap, archive) VALUES %s
ON CONFLICT (url) DO UPDATE
SET name = EXCLUDED.name, feed_url = EXCLUDED.feed_url, sitemap = EXCLUDED.sitemap, archive = EXCLUDED.archive
RETURNING feed_id, url, name;
