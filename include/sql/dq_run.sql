SELECT run_id, dag_id, logical_date, interval_start, interval_end, status
FROM newsfacts.runs WHERE run_id = %(run_id)s;
