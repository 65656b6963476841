-- Extracted entries end as loaded (the article yielded incidents, loaded or quarantined) or no_incident.
-- Driven by the open entries alone (entries_state_idx: one run's entries at most): the article's parse
-- is looked up per open entry by primary key. Written as a join, the planner could start from the
-- articles instead and scan every article ever kept, and it does when the statistics on
-- articles.parsed_version date from before the parse stage (autovacuum analyses the table while a run
-- extracts, and the load follows the parse within minutes).
-- Returns how many entries ended in each state (counts, not one row per entry: a run can close many).
WITH closed AS (
    UPDATE newsfacts.entries e
    SET state = CASE
            WHEN EXISTS (SELECT 1 FROM newsfacts.incidents i WHERE i.article_id = e.article_id)
              OR EXISTS (SELECT 1 FROM newsfacts.quarantine q WHERE q.article_id = e.article_id)
            THEN 'loaded' ELSE 'no_incident' END,
        updated_at = now()
    WHERE e.state = 'extracted'
      AND (SELECT a.parsed_version FROM newsfacts.articles a WHERE a.article_id = e.article_id) IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM newsfacts.staged_incidents s WHERE s.article_id = e.article_id)
    RETURNING e.state
)
SELECT state, count(*) FROM closed GROUP BY state ORDER BY state;
