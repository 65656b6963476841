-- The rows to act on, locked so two analysts cannot release and drop the same row at once.
SELECT q.quarantine_id, q.run_id, q.article_id, q.seq, q.parser_version, q.status, q.row_data,
       q.failed_expectations, r.interval_start
FROM newsfacts.quarantine q
LEFT JOIN newsfacts.runs r ON r.run_id = q.run_id
WHERE q.quarantine_id = ANY(%(ids)s)
ORDER BY q.quarantine_id
FOR UPDATE OF q;
