-- The run's new articles, as the articles suite reads them.
SELECT article_id, url, canonical_url, title, language, text, published_at, fetched_at
FROM newsfacts.articles
WHERE run_id = %(run_id)s
ORDER BY article_id;
