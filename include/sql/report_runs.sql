-- Runs whose news day falls in the window, with their data-quality tally and Data Docs pages per suite.
SELECT r.run_id, r.status, coalesce(r.interval_start, r.logical_date, r.started_at) AS day_ts, r.started_at,
       r.counts, r.data_docs_path,
       count(d.expectation) AS expectations,
       count(d.expectation) FILTER (WHERE d.success) AS passed,
       count(d.expectation) FILTER (WHERE NOT d.success AND d.severity = 'critical') AS critical_failed,
       coalesce(jsonb_object_agg(d.suite, d.data_docs) FILTER (WHERE d.data_docs IS NOT NULL), '{}') AS pages
FROM newsfacts.runs r
LEFT JOIN newsfacts.dq_results d USING (run_id)
WHERE coalesce(r.interval_start, r.logical_date, r.started_at)::date BETWEEN %(start)s AND %(end)s
GROUP BY r.run_id
ORDER BY day_ts, r.started_at;
