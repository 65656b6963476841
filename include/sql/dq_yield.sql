-- How many of the run's articles were parsed, and how many of those yielded at least one incident row.
SELECT count(*) AS articles_parsed,
       count(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM newsfacts.staged_incidents s
           WHERE s.article_id = a.article_id AND s.run_id = %(run_id)s)) AS articles_with_incidents,
       (SELECT count(*) FROM newsfacts.staged_incidents s WHERE s.run_id = %(run_id)s) AS incidents
FROM newsfacts.articles a
WHERE a.run_id = %(run_id)s AND a.parsed_version IS NOT NULL;
