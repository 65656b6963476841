-- Move one batch of validated rows from staging into the fact table inside the database: the rows
-- never travel to the client. The natural key (article_id, seq) makes a rerun or re-parse update in
-- place; if two runs staged the same key, the later run's row wins. Returns how many staged rows the
-- batch took (a batch short of the limit was the last) and how many incident rows it wrote.
WITH batch AS (
    DELETE FROM newsfacts.staged_incidents s
    USING (SELECT run_id, article_id, seq FROM newsfacts.staged_incidents
           WHERE status = 'valid' ORDER BY article_id, seq LIMIT %(limit)s) pick
    WHERE s.run_id = pick.run_id AND s.article_id = pick.article_id AND s.seq = pick.seq
    RETURNING s.run_id, s.article_id, s.seq, s.parser_version, s.row_data
), latest AS (
    SELECT DISTINCT ON (article_id, seq) * FROM batch ORDER BY article_id, seq, run_id DESC
), loaded AS (
    INSERT INTO newsfacts.incidents (
        article_id, seq, killed, killed_low, killed_high, injured, injured_low, injured_high,
        event_date, date_precision, country, admin1, location, lat, lon, geo_precision,
        actors, attack_type, weapon, evidence, parser_version, run_id)
    SELECT article_id, seq,
           (row_data->>'killed')::int, (row_data->>'killed_low')::int, (row_data->>'killed_high')::int,
           (row_data->>'injured')::int, (row_data->>'injured_low')::int, (row_data->>'injured_high')::int,
           (row_data->>'event_date')::date, row_data->>'date_precision', row_data->>'country',
           row_data->>'admin1', row_data->>'location', (row_data->>'lat')::double precision,
           (row_data->>'lon')::double precision, row_data->>'geo_precision',
           COALESCE(row_data->'actors', '[]'::jsonb), row_data->>'attack_type', row_data->>'weapon',
           COALESCE(row_data->'evidence', '[]'::jsonb), parser_version, %(run_id)s
    FROM latest
    ON CONFLICT (article_id, seq) DO UPDATE SET
        killed = EXCLUDED.killed, killed_low = EXCLUDED.killed_low, killed_high = EXCLUDED.killed_high,
        injured = EXCLUDED.injured, injured_low = EXCLUDED.injured_low, injured_high = EXCLUDED.injured_high,
        event_date = EXCLUDED.event_date, date_precision = EXCLUDED.date_precision,
        country = EXCLUDED.country, admin1 = EXCLUDED.admin1, location = EXCLUDED.location,
        lat = EXCLUDED.lat, lon = EXCLUDED.lon, geo_precision = EXCLUDED.geo_precision,
        actors = EXCLUDED.actors, attack_type = EXCLUDED.attack_type, weapon = EXCLUDED.weapon,
        evidence = EXCLUDED.evidence, parser_version = EXCLUDED.parser_version, run_id = EXCLUDED.run_id,
        loaded_at = now()
    RETURNING 1
)
SELECT (SELECT count(*) FROM batch) AS taken, (SELECT count(*) FROM loaded) AS loaded;
