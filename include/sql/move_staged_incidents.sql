-- The load when staging is shared (another run validates or stages at the same time, so the load could
-- not lock it): the same upsert as load_staged_incidents.sql, but each row is deleted from staging as it
-- is taken, so rows other transactions mark valid meanwhile are neither lost nor loaded twice. Slower
-- (every row is deleted one by one and staging must be vacuumed after), never blocking.
-- Returns how many rows were taken (one per key) and how many of them were written.
WITH batch AS (
    DELETE FROM newsfacts.staged_incidents
    WHERE status = 'valid'
    RETURNING run_id, article_id, seq, parser_version, killed, killed_low, killed_high, injured, injured_low,
              injured_high, event_date, date_precision, country, admin1, location, lat, lon, geo_precision,
              actors, attack_type, weapon, evidence
), latest AS (
    SELECT DISTINCT ON (article_id, seq)
           article_id, seq, parser_version, killed, killed_low, killed_high, injured, injured_low, injured_high,
           event_date, date_precision, country, admin1, location, lat, lon, geo_precision, actors, attack_type,
           weapon, evidence
    FROM batch
    ORDER BY article_id, seq, run_id DESC
), written AS (
    INSERT INTO newsfacts.incidents (
        article_id, seq, killed, killed_low, killed_high, injured, injured_low, injured_high,
        event_date, date_precision, country, admin1, location, lat, lon, geo_precision,
        actors, attack_type, weapon, evidence, parser_version, run_id)
    SELECT article_id, seq, killed::int, killed_low::int, killed_high::int, injured::int, injured_low::int,
           injured_high::int, event_date, date_precision, country, admin1, location, lat, lon, geo_precision,
           actors, attack_type, weapon, evidence, parser_version, %(run_id)s
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
    WHERE (incidents.killed, incidents.killed_low, incidents.killed_high, incidents.injured,
           incidents.injured_low, incidents.injured_high, incidents.event_date, incidents.date_precision,
           incidents.country, incidents.admin1, incidents.location, incidents.lat, incidents.lon,
           incidents.geo_precision, incidents.actors, incidents.attack_type, incidents.weapon,
           incidents.evidence, incidents.parser_version)
          IS DISTINCT FROM
          (EXCLUDED.killed, EXCLUDED.killed_low, EXCLUDED.killed_high, EXCLUDED.injured,
           EXCLUDED.injured_low, EXCLUDED.injured_high, EXCLUDED.event_date, EXCLUDED.date_precision,
           EXCLUDED.country, EXCLUDED.admin1, EXCLUDED.location, EXCLUDED.lat, EXCLUDED.lon,
           EXCLUDED.geo_precision, EXCLUDED.actors, EXCLUDED.attack_type, EXCLUDED.weapon,
           EXCLUDED.evidence, EXCLUDED.parser_version)
    RETURNING 1
)
SELECT (SELECT count(*) FROM latest) AS taken, (SELECT count(*) FROM written) AS written;
