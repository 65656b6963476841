-- One batch of the articles a run's validation checks, in article_id order after %(after)s: the run's
-- new articles, and older articles whose incidents are staged now (re-parsed), checked with them.
SELECT a.article_id, a.url, a.canonical_url, a.title, a.language, a.text, a.published_at, a.fetched_at
FROM newsfacts.articles a
WHERE a.article_id > %(after)s
  AND (a.run_id = %(run_id)s
       OR EXISTS (SELECT 1 FROM newsfacts.staged_incidents s
                  WHERE s.article_id = a.article_id AND s.status = 'staged'))
ORDER BY a.article_id
LIMIT %(limit)s;
