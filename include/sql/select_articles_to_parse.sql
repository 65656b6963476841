-- New articles, and this run's articles parsed by an older parser version (keyset pagination).
SELECT article_id, text, title, url, published_at
FROM newsfacts.articles
WHERE article_id > %(after)s
  AND (parsed_version IS NULL OR (run_id = %(run_id)s AND parsed_version <> %(parser_version)s))
ORDER BY article_id
LIMIT %(limit)s;
