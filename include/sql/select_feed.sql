SELECT feed_id, url, name, feed_url, sitemap, archive, etag, last_modified, consecutive_failures, last_polled_at
FROM newsfacts.feeds WHERE feed_id = %(feed_id)s;
