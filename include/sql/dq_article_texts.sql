SELECT article_id, text, published_at, fetched_at, language, canonical_url, url, title
FROM newsfacts.articles
WHERE article_id = ANY(%(article_ids)s);
