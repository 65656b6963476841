-- A parse batch's rows (COPYed into staged_incoming, which this empties again) into staging; a re-parse
-- in the same run replaces them.
WITH incoming AS (
    DELETE FROM pg_temp.staged_incoming RETURNING run_id, article_id, seq, parser_version, row_data
)
INSERT INTO newsfacts.staged_incidents (run_id, article_id, seq, parser_version, row_data)
SELECT run_id, article_id, seq, parser_version, row_data FROM incoming
ON CONFLICT (run_id, article_id, seq) DO UPDATE
SET parser_version = EXCLUDED.parser_version, row_data = EXCLUDED.row_data, status = 'staged';
