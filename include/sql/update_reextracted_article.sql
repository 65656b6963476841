-- New text and metadata from the archived page (when the extractor found any), and a fresh parse.
-- If the new text equals another article's, the old text stays (text_hash is unique).
WITH clash AS (
    SELECT EXISTS (SELECT 1 FROM newsfacts.articles o
                   WHERE o.text_hash = %(text_hash)s AND o.article_id <> %(article_id)s) AS yes
)
UPDATE newsfacts.articles a
SET text = CASE WHEN clash.yes THEN a.text ELSE COALESCE(%(text)s, a.text) END,
    text_hash = CASE WHEN clash.yes THEN a.text_hash ELSE COALESCE(%(text_hash)s, a.text_hash) END,
    title = COALESCE(%(title)s, a.title),
    author = COALESCE(%(author)s, a.author),
    site_name = COALESCE(%(site_name)s, a.site_name),
    language = COALESCE(%(language)s, a.language),
    canonical_url = COALESCE(%(canonical_url)s, a.canonical_url),
    published_at = COALESCE(%(published_at)s, a.published_at),
    modified_at = COALESCE(%(modified_at)s, a.modified_at),
    extractor_version = %(extractor_version)s,
    parsed_version = NULL
FROM clash
WHERE a.article_id = %(article_id)s;
