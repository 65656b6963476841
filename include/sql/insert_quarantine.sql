INSERT INTO newsfacts.quarantine (run_id, article_id, seq, parser_version, failed_expectations, row_data)
VALUES %s
ON CONFLICT (article_id, seq, parser_version) DO UPDATE
SET run_id = EXCLUDED.run_id, failed_expectations = EXCLUDED.failed_expectations,
    row_data = EXCLUDED.row_data, quarantined_at = now();
