-- Days of newsfacts_daily whose run finished successfully (what a resumed backfill skips).
SELECT DISTINCT (interval_start AT TIME ZONE 'UTC')::date AS day
FROM newsfacts.runs
WHERE dag_id = 'newsfacts_daily' AND status = 'success'
  AND interval_start >= %(start)s AND interval_start < %(end)s
  AND interval_end - interval_start = interval '1 day';
