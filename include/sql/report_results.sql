-- Every expectation result of the window's runs, oldest run first: one trend line per (suite, expectation).
SELECT d.run_id, coalesce(r.interval_start, r.logical_date, r.started_at) AS day_ts, d.suite, d.expectation,
       d.rule, d.description, d.severity, d.success, d.observed_value, d.unexpected_count, d.unexpected_percent,
       d.element_count
FROM newsfacts.dq_results d
JOIN newsfacts.runs r USING (run_id)
WHERE coalesce(r.interval_start, r.logical_date, r.started_at)::date BETWEEN %(start)s AND %(end)s
ORDER BY d.suite, d.expectation, day_ts, r.started_at;
