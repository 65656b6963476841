UPDATE newsfacts.runs
SET status = %(status)s, finished_at = now(), counts = %(counts)s, timings = %(timings)s,
    data_docs_path = %(data_docs_path)s
WHERE run_id = %(run_id)s
RETURNING run_id, dag_id, logical_date, status, started_at, finished_at, counts, data_docs_path;
