-- Entry states per feed: for one run (the run that gave each entry its current state) or, with
-- run_id NULL, for every entry there is; with up to three of the reasons recorded for each.
SELECT f.name AS feed, e.state, count(*) AS entries,
       (array_agg(DISTINCT e.state_reason) FILTER (WHERE e.state_reason IS NOT NULL))[1:3] AS reasons
FROM newsfacts.entries e
JOIN newsfacts.feeds f USING (feed_id)
WHERE (%(run_id)s::text IS NULL OR COALESCE(e.attempt_run_id, e.last_run_id) = %(run_id)s)
  AND (%(feed)s::text IS NULL OR f.name = %(feed)s)
GROUP BY f.name, e.state
ORDER BY f.name, e.state;
