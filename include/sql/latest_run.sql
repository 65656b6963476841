SELECT run_id, dag_id, logical_date, interval_start, interval_end, status, started_at, finished_at, counts,
       data_docs_path
FROM newsfacts.runs
WHERE (%(run_id)s::text IS NULL OR run_id = %(run_id)s)
ORDER BY started_at DESC
LIMIT 1;
