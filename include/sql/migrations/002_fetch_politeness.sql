-- Politeness and accounting: dead feeds rest (visible in feeds), and entry outcomes per feed per run.
ALTER TABLE newsfacts.feeds ADD COLUMN IF NOT EXISTS skip_until timestamptz;       -- not polled before this
ALTER TABLE newsfacts.feeds ADD COLUMN IF NOT EXISTS skipped_polls integer NOT NULL DEFAULT 0;
ALTER TABLE newsfacts.feeds ADD COLUMN IF NOT EXISTS last_skip_run_id text;

CREATE INDEX IF NOT EXISTS entries_feed_run_idx ON newsfacts.entries (feed_id, attempt_run_id);

-- Every entry has exactly one state; this counts them per feed and per run that gave the entry its
-- current state (the run that last fetched or extracted it, else the run that last saw it in its feed).
CREATE OR REPLACE VIEW newsfacts.entry_outcomes AS
SELECT e.feed_id,
       f.name AS feed,
       COALESCE(e.attempt_run_id, e.last_run_id) AS run_id,
       e.state,
       count(*) AS entries,
       (array_agg(DISTINCT e.state_reason) FILTER (WHERE e.state_reason IS NOT NULL))[1:5] AS reasons
FROM newsfacts.entries e
JOIN newsfacts.feeds f USING (feed_id)
GROUP BY e.feed_id, f.name, COALESCE(e.attempt_run_id, e.last_run_id), e.state;
