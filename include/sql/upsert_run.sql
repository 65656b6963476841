INSERT INTO newsfacts.runs (run_id, dag_id, logical_date, interval_start, interval_end, status, started_at)
VALUES (%(run_id)s, %(dag_id)s, %(logical_date)s, %(interval_start)s, %(interval_end)s, 'running', now())
ON CONFLICT (run_id) DO UPDATE
SET status = 'running', started_at = now(), finished_at = NULL,
    interval_start = EXCLUDED.interval_start, interval_end = EXCLUDED.interval_end;
