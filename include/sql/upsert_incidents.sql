-- The natural key (article_id, seq) makes a rerun or a re-parse update rows in place.
INSERT INTO newsfacts.incidents (
    article_id, seq, killed, killed_low, killed_high, injured, injured_low, injured_high,
    event_date, date_precision, country, admin1, location, lat, lon, geo_precision,
    actors, attack_type, weapon, evidence, parser_version, run_id)
VALUES %s
ON CONFLICT (article_id, seq) DO UPDATE SET
    killed = EXCLUDED.killed, killed_low = EXCLUDED.killed_low, killed_high = EXCLUDED.killed_high,
    injured = EXCLUDED.injured, injured_low = EXCLUDED.injured_low, injured_high = EXCLUDED.injured_high,
    event_date = EXCLUDED.event_date, date_precision = EXCLUDED.date_precision,
    country = EXCLUDED.country, admin1 = EXCLUDED.admin1, location = EXCLUDED.location,
    lat = EXCLUDED.lat, lon = EXCLUDED.lon, geo_precision = EXCLUDED.geo_precision,
    actors = EXCLUDED.actors, attack_type = EXCLUDED.attack_type, weapon = EXCLUDED.weapon,
    evidence = EXCLUDED.evidence, parser_version = EXCLUDED.parser_version, run_id = EXCLUDED.run_id,
    loaded_at = now();
