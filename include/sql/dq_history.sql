-- Incidents per day (loaded + quarantined) of the successful runs whose news day falls in the 30 days
-- before this run's: the band the run's own count is held to.
SELECT coalesce((counts->>'incidents_loaded')::int, 0) + coalesce((counts->>'incidents_quarantined')::int, 0)
       AS incidents
FROM newsfacts.runs
WHERE status = 'success'
  AND run_id <> %(run_id)s
  AND interval_start >= %(day)s::timestamptz - interval '30 days'
  AND interval_start < %(day)s::timestamptz;
