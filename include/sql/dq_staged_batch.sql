-- One batch of the rows waiting for validation, after the key (article_id, seq, run_id) of the last
-- batch, with the reasons the articles suite found against their article (NULL when none). The fields
-- come back as one document (row_data), the shape the suites and quarantine read.
SELECT s.run_id, s.article_id, s.seq, s.parser_version,
       jsonb_build_object(
           'killed', s.killed, 'killed_low', s.killed_low, 'killed_high', s.killed_high,
           'injured', s.injured, 'injured_low', s.injured_low, 'injured_high', s.injured_high,
           'event_date', s.event_date, 'date_precision', s.date_precision, 'country', s.country,
           'admin1', s.admin1, 'location', s.location, 'lat', s.lat, 'lon', s.lon,
           'geo_precision', s.geo_precision, 'actors', s.actors, 'attack_type', s.attack_type,
           'weapon', s.weapon, 'evidence', s.evidence, 'published_date', s.published_date) AS row_data,
       c.reasons AS article_reasons
FROM newsfacts.staged_incidents s
LEFT JOIN pg_temp.dq_checked_articles c USING (article_id)
WHERE s.status = 'staged'
  AND (s.article_id, s.seq, s.run_id) > (%(article_id)s, %(seq)s, %(run_id)s)
ORDER BY s.article_id, s.seq, s.run_id
LIMIT %(limit)s;
