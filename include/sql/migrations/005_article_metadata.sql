-- Article metadata from the extractor's reconciliation: the page's own last-modified statement.
-- (author, language, canonical URL and site name already have columns since 001.)
ALTER TABLE newsfacts.articles ADD COLUMN IF NOT EXISTS modified_at timestamptz;
