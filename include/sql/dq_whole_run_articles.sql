-- The articles rules no batch can judge: canonical URLs seen more than once (every copy counts, as GX
-- counts them) with the first twenty in article order, and how many distinct texts the run holds.
WITH counted AS (
    SELECT article_id, canonical_url, fingerprint,
           canonical_url IS NOT NULL AND count(*) OVER (PARTITION BY canonical_url) > 1 AS duplicated
    FROM pg_temp.dq_checked_articles
)
SELECT count(*) AS element_count,
       count(*) FILTER (WHERE canonical_url IS NULL) AS url_missing,
       count(*) FILTER (WHERE duplicated) AS url_duplicated,
       COALESCE((array_agg(canonical_url ORDER BY article_id) FILTER (WHERE duplicated))[1:20],
                '{}') AS url_sample,
       count(fingerprint) AS fingerprints,
       count(DISTINCT fingerprint) AS distinct_fingerprints
FROM counted;
