-- The set-based load finds staged rows by status and by article: without these, closing entries and
-- dropping stale rows scan the staging table once per article.
CREATE INDEX IF NOT EXISTS staged_incidents_status_idx ON newsfacts.staged_incidents (status);
CREATE INDEX IF NOT EXISTS staged_incidents_article_idx ON newsfacts.staged_incidents (article_id);
CREATE INDEX IF NOT EXISTS entries_article_idx ON newsfacts.entries (article_id);
