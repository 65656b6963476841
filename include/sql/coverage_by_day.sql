-- Per publication day: articles, incidents and quarantined rows (what a backfill filled).
SELECT d::date AS day,
       (SELECT count(*) FROM newsfacts.articles a
         WHERE a.published_at >= d AND a.published_at < d + interval '1 day') AS articles,
       (SELECT count(*) FROM newsfacts.incidents i JOIN newsfacts.articles a USING (article_id)
         WHERE a.published_at >= d AND a.published_at < d + interval '1 day') AS incidents,
       (SELECT count(*) FROM newsfacts.quarantine q JOIN newsfacts.articles a USING (article_id)
         WHERE a.published_at >= d AND a.published_at < d + interval '1 day') AS quarantined
FROM generate_series(%(start)s::timestamptz, %(end)s::timestamptz - interval '1 day', interval '1 day') AS d
ORDER BY d;
