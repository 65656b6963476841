-- Extracted entries end as loaded (the article yielded incidents, loaded or quarantined) or no_incident.
-- Returns how many entries ended in each state (counts, not one row per entry: a run can close many).
WITH closed AS (
    UPDATE newsfacts.entries e
    SET state = CASE
            WHEN EXISTS (SELECT 1 FROM newsfacts.incidents i WHERE i.article_id = e.article_id)
              OR EXISTS (SELECT 1 FROM newsfacts.quarantine q WHERE q.article_id = e.article_id)
            THEN 'loaded' ELSE 'no_incident' END,
        updated_at = now()
    FROM newsfacts.articles a
    WHERE e.state = 'extracted' AND a.article_id = e.article_id AND a.parsed_version IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM newsfacts.staged_incidents s WHERE s.article_id = e.article_id)
    RETURNING e.state
)
SELECT state, count(*) FROM closed GROUP BY state ORDER BY state;
