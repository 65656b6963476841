-- Events: incidents from many reports (outlets, days) linked into one event with a reconciled toll.
-- event_id is the incident_id of the event's first report, so it is stable across reruns and re-parses.
CREATE TABLE IF NOT EXISTS newsfacts.events (
    event_id          bigint PRIMARY KEY,
    event_date        date,
    date_precision    text,
    country           char(2),
    admin1            text,
    location          text,
    lat               double precision,
    lon               double precision,
    geo_precision     text,
    killed            integer,
    killed_low        integer,
    killed_high       integer,
    injured           integer,
    injured_low       integer,
    injured_high      integer,
    attack_type       text,
    actors            jsonb NOT NULL DEFAULT '[]',
    n_reports         integer NOT NULL,
    n_outlets         integer NOT NULL,
    first_reported_at timestamptz,
    last_updated_at   timestamptz,
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS events_first_reported_idx ON newsfacts.events (first_reported_at);
CREATE INDEX IF NOT EXISTS events_date_idx ON newsfacts.events (event_date);

-- The toll history: one row per report (incident), ordered by reported_at; why it was linked.
CREATE TABLE IF NOT EXISTS newsfacts.event_reports (
    event_id     bigint NOT NULL REFERENCES newsfacts.events (event_id) ON DELETE CASCADE,
    incident_id  bigint NOT NULL UNIQUE REFERENCES newsfacts.incidents (incident_id) ON DELETE CASCADE,
    article_id   bigint NOT NULL REFERENCES newsfacts.articles (article_id),
    outlet       text,
    reported_at  timestamptz,
    killed       integer,
    injured      integer,
    link         jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (event_id, incident_id)
);
CREATE INDEX IF NOT EXISTS event_reports_article_idx ON newsfacts.event_reports (article_id);
