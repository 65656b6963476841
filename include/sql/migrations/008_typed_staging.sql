-- Staging holds the incident fields in typed columns, as the fact table does, instead of one JSONB
-- document: the load copies columns instead of extracting and casting 18 keys per row, and COPY parses
-- each field once. Counts are bigint and country is text so that a parse error (a figure too large for
-- the fact table, a made-up code) is still staged and then quarantined by validation, never refused here.
ALTER TABLE newsfacts.staged_incidents
    ADD COLUMN IF NOT EXISTS killed         bigint,
    ADD COLUMN IF NOT EXISTS killed_low     bigint,
    ADD COLUMN IF NOT EXISTS killed_high    bigint,
    ADD COLUMN IF NOT EXISTS injured        bigint,
    ADD COLUMN IF NOT EXISTS injured_low    bigint,
    ADD COLUMN IF NOT EXISTS injured_high   bigint,
    ADD COLUMN IF NOT EXISTS event_date     date,
    ADD COLUMN IF NOT EXISTS date_precision text,
    ADD COLUMN IF NOT EXISTS country        text,
    ADD COLUMN IF NOT EXISTS admin1         text,
    ADD COLUMN IF NOT EXISTS location       text,
    ADD COLUMN IF NOT EXISTS lat            double precision,
    ADD COLUMN IF NOT EXISTS lon            double precision,
    ADD COLUMN IF NOT EXISTS geo_precision  text,
    ADD COLUMN IF NOT EXISTS actors         jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN IF NOT EXISTS attack_type    text,
    ADD COLUMN IF NOT EXISTS weapon         text,
    ADD COLUMN IF NOT EXISTS evidence       jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN IF NOT EXISTS published_date date;   -- the article's day, for validation only

-- Rows staged before this migration (a run upgraded half-way) keep their fields.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns
               WHERE table_schema = 'newsfacts' AND table_name = 'staged_incidents' AND column_name = 'row_data') THEN
        UPDATE newsfacts.staged_incidents SET
            killed = (row_data->>'killed')::bigint, killed_low = (row_data->>'killed_low')::bigint,
            killed_high = (row_data->>'killed_high')::bigint, injured = (row_data->>'injured')::bigint,
            injured_low = (row_data->>'injured_low')::bigint, injured_high = (row_data->>'injured_high')::bigint,
            event_date = (row_data->>'event_date')::date, date_precision = row_data->>'date_precision',
            country = row_data->>'country', admin1 = row_data->>'admin1', location = row_data->>'location',
            lat = (row_data->>'lat')::double precision, lon = (row_data->>'lon')::double precision,
            geo_precision = row_data->>'geo_precision', actors = COALESCE(row_data->'actors', '[]'),
            attack_type = row_data->>'attack_type', weapon = row_data->>'weapon',
            evidence = COALESCE(row_data->'evidence', '[]'),
            published_date = (row_data->>'published_date')::date;
        ALTER TABLE newsfacts.staged_incidents DROP COLUMN row_data;
    END IF;
END $$;
