-- Articles published in [start, end) with their archived page (keyset pagination).
SELECT a.article_id, a.url, a.title, a.published_at, p.body_gz, p.encoding
FROM newsfacts.articles a
JOIN newsfacts.pages p ON p.url = a.url AND p.content_hash = a.page_hash
WHERE a.published_at >= %(start)s AND a.published_at < %(end)s AND a.article_id > %(after)s
ORDER BY a.article_id
LIMIT %(limit)s;
