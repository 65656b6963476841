-- Record an action on a quarantined row: its new status (or the same one) and the entry in its log.
UPDATE newsfacts.quarantine
SET status = %(status)s,
    resolved_at = CASE WHEN %(status)s = 'open' THEN NULL ELSE now() END,
    failed_expectations = coalesce(%(failed_expectations)s, failed_expectations),
    actions = actions || jsonb_build_array(%(action)s::jsonb || jsonb_build_object('at', now()))
WHERE quarantine_id = %(quarantine_id)s;
