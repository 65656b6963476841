-- A row quarantined again (a rerun) is open again, and the event is appended to its action log.
INSERT INTO newsfacts.quarantine (run_id, article_id, seq, parser_version, failed_expectations, row_data, actions)
VALUES %s
ON CONFLICT (article_id, seq, parser_version) DO UPDATE
SET run_id = EXCLUDED.run_id, failed_expectations = EXCLUDED.failed_expectations,
    row_data = EXCLUDED.row_data, quarantined_at = now(), status = 'open', resolved_at = NULL,
    actions = newsfacts.quarantine.actions || EXCLUDED.actions;
