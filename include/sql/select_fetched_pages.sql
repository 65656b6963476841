SELECT e.entry_id, e.url, e.title, e.published_at, e.feed_id, p.body_gz, p.encoding, p.fetched_at,
       p.content_hash
FROM newsfacts.entries e
JOIN newsfacts.pages p ON p.url = e.url AND p.content_hash = e.page_hash
WHERE e.state = 'fetched'
ORDER BY e.entry_id
LIMIT %(limit)s;
