INSERT INTO newsfacts.staged_incidents (run_id, article_id, seq, parser_version, row_data)
VALUES %s
ON CONFLICT (run_id, article_id, seq) DO UPDATE
SET parser_version = EXCLUDED.parser_version, row_data = EXCLUDED.row_data, status = 'staged';
