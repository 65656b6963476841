-- A parse batch's rows straight into staging (after unstage_keys.sql made room for re-parsed keys):
-- COPY writes them in batches, without a scratch table or a per-row conflict check. Status: 'staged'.
COPY newsfacts.staged_incidents (
    run_id, article_id, seq, parser_version, killed, killed_low, killed_high, injured, injured_low,
    injured_high, event_date, date_precision, country, admin1, location, lat, lon, geo_precision, actors,
    attack_type, weapon, evidence, published_date) FROM STDIN;
