-- Backfills: sources may name a sitemap and a dated archive template for discovering past articles,
-- and an entry discovered for one day whose page says it belongs to another is kept out of the run.
ALTER TABLE newsfacts.feeds ADD COLUMN IF NOT EXISTS feed_url text;
ALTER TABLE newsfacts.feeds ADD COLUMN IF NOT EXISTS sitemap text;
ALTER TABLE newsfacts.feeds ADD COLUMN IF NOT EXISTS archive text;

ALTER TABLE newsfacts.entries DROP CONSTRAINT IF EXISTS entries_state_check;
ALTER TABLE newsfacts.entries ADD CONSTRAINT entries_state_check CHECK (state IN (
    'new', 'fetched', 'extracted', 'loaded', 'duplicate', 'no_incident', 'failed', 'refused',
    'skipped_robots', 'out_of_interval'));
CREATE INDEX IF NOT EXISTS entries_published_idx ON newsfacts.entries (published_at);
CREATE INDEX IF NOT EXISTS articles_published_idx ON newsfacts.articles (published_at);
