-- Rows an older parser version left behind for articles the current version has parsed (and whose
-- current rows were loaded or quarantined): they must not linger beside the new ones.
-- The rows of another version are collected first: one pass over the fact table's parser_version
-- (between parser releases it finds none, and articles and staging are never probed), instead of a
-- probe into the fact table for every article the current version has ever parsed. "Another version"
-- is written as two ranges, so an index on parser_version would serve it if one is ever added.
WITH other_version AS MATERIALIZED (
    SELECT incident_id, article_id FROM newsfacts.incidents
    WHERE parser_version < %(parser_version)s OR parser_version > %(parser_version)s
)
DELETE FROM newsfacts.incidents i
USING other_version o
JOIN newsfacts.articles a ON a.article_id = o.article_id
WHERE i.incident_id = o.incident_id
  AND a.parsed_version = %(parser_version)s
  AND NOT EXISTS (SELECT 1 FROM newsfacts.staged_incidents s WHERE s.article_id = a.article_id);
