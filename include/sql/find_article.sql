-- The same story reached by another URL, its canonical URL, or the same text: stored once.
SELECT article_id FROM newsfacts.articles
WHERE url = %(url)s OR text_hash = %(text_hash)s
   OR (%(canonical_url)s::text IS NOT NULL AND (canonical_url = %(canonical_url)s OR url = %(canonical_url)s))
LIMIT 1;
