-- One row per expectation per run and suite: a rerun of the run's validation replaces its rows.
INSERT INTO newsfacts.dq_results (run_id, suite, expectation, rule, description, severity, success,
                                  observed_value, unexpected_count, unexpected_percent, element_count,
                                  data_docs)
VALUES %s
ON CONFLICT (run_id, suite, expectation) DO UPDATE SET
    rule = EXCLUDED.rule, description = EXCLUDED.description, severity = EXCLUDED.severity,
    success = EXCLUDED.success, observed_value = EXCLUDED.observed_value,
    unexpected_count = EXCLUDED.unexpected_count, unexpected_percent = EXCLUDED.unexpected_percent,
    element_count = EXCLUDED.element_count, data_docs = EXCLUDED.data_docs, recorded_at = now();
