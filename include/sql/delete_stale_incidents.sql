-- Rows an older parser version left behind for articles the current version has parsed (and whose
-- current rows were loaded or quarantined): they must not linger beside the new ones.
DELETE FROM newsfacts.incidents i
USING newsfacts.articles a
WHERE i.article_id = a.article_id
  AND a.parsed_version = %(parser_version)s
  AND i.parser_version <> %(parser_version)s
  AND NOT EXISTS (SELECT 1 FROM newsfacts.staged_incidents s WHERE s.article_id = a.article_id);
