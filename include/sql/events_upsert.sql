INSERT INTO newsfacts.events (
    event_id, event_date, date_precision, country, admin1, location, lat, lon, geo_precision,
    killed, killed_low, killed_high, injured, injured_low, injured_high, attack_type, actors,
    n_reports, n_outlets, first_reported_at, last_updated_at)
VALUES %s
ON CONFLICT (event_id) DO UPDATE SET
    event_date = EXCLUDED.event_date, date_precision = EXCLUDED.date_precision, country = EXCLUDED.country,
    admin1 = EXCLUDED.admin1, location = EXCLUDED.location, lat = EXCLUDED.lat, lon = EXCLUDED.lon,
    geo_precision = EXCLUDED.geo_precision, killed = EXCLUDED.killed, killed_low = EXCLUDED.killed_low,
    killed_high = EXCLUDED.killed_high, injured = EXCLUDED.injured, injured_low = EXCLUDED.injured_low,
    injured_high = EXCLUDED.injured_high, attack_type = EXCLUDED.attack_type, actors = EXCLUDED.actors,
    n_reports = EXCLUDED.n_reports, n_outlets = EXCLUDED.n_outlets,
    first_reported_at = EXCLUDED.first_reported_at, last_updated_at = EXCLUDED.last_updated_at,
    updated_at = now();
