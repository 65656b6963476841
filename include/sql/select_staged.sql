SELECT run_id, article_id, seq, parser_version, row_data
FROM newsfacts.staged_incidents
WHERE status = %(status)s
ORDER BY article_id, seq
LIMIT %(limit)s;
