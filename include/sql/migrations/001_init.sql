-- The warehouse: feed health, entries (one state each), raw pages, articles, the incident fact table,
-- staging between parse -> validate -> load, quarantine and run history.
CREATE SCHEMA IF NOT EXISTS newsfacts;

CREATE TABLE IF NOT EXISTS newsfacts.feeds (
    feed_id              bigserial PRIMARY KEY,
    url                  text NOT NULL UNIQUE,
    name                 text NOT NULL,
    etag                 text,
    last_modified        text,
    last_polled_at       timestamptz,
    last_status          text,          -- 'ok', 'not_modified', 'failed'
    last_error           text,
    last_http_status     integer,
    consecutive_failures integer NOT NULL DEFAULT 0,
    entries_seen         bigint NOT NULL DEFAULT 0,
    added_at             timestamptz NOT NULL DEFAULT now()
);

-- Every feed entry ends in exactly one state, so a rerun fetches only what is still open.
CREATE TABLE IF NOT EXISTS newsfacts.entries (
    entry_id       bigserial PRIMARY KEY,
    feed_id        bigint NOT NULL REFERENCES newsfacts.feeds (feed_id),
    entry_key      text NOT NULL,       -- guid, else the link
    url            text NOT NULL,
    title          text,
    published_at   timestamptz,
    first_run_id   text NOT NULL,
    last_run_id    text NOT NULL,
    state          text NOT NULL DEFAULT 'new'
                   CHECK (state IN ('new', 'fetched', 'extracted', 'loaded', 'duplicate', 'no_incident',
                                    'failed', 'refused', 'skipped_robots')),
    state_reason   text,
    attempts       integer NOT NULL DEFAULT 0,
    attempt_run_id text,                -- the run that last tried to fetch it (a run tries once)
    page_hash      text,                -- the archived page this entry was fetched as
    article_id     bigint,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (feed_id, entry_key)
);
CREATE INDEX IF NOT EXISTS entries_state_idx ON newsfacts.entries (state);
CREATE INDEX IF NOT EXISTS entries_url_idx ON newsfacts.entries (url);

-- Raw page archive: bodies are kept gzip-compressed so history can be re-parsed without refetching.
CREATE TABLE IF NOT EXISTS newsfacts.pages (
    url            text NOT NULL,
    content_hash   text NOT NULL,       -- sha256 of the raw body
    final_url      text NOT NULL,
    http_status    integer NOT NULL,
    content_type   text,
    encoding       text,
    body_gz        bytea NOT NULL,
    fetched_at     timestamptz NOT NULL,
    run_id         text NOT NULL,
    PRIMARY KEY (url, content_hash)
);

CREATE TABLE IF NOT EXISTS newsfacts.articles (
    article_id        bigserial PRIMARY KEY,
    url               text NOT NULL UNIQUE,
    canonical_url     text,
    feed_id           bigint REFERENCES newsfacts.feeds (feed_id),
    title             text,
    author            text,
    site_name         text,
    published_at      timestamptz,
    language          text,
    text              text NOT NULL,
    text_hash         text NOT NULL,
    page_hash         text,
    fetched_at        timestamptz NOT NULL,
    extractor_version text NOT NULL,
    run_id            text NOT NULL,
    parsed_version    text               -- parser version whose incidents are loaded for this article
);
CREATE UNIQUE INDEX IF NOT EXISTS articles_text_hash_key ON newsfacts.articles (text_hash);
CREATE INDEX IF NOT EXISTS articles_canonical_idx ON newsfacts.articles (canonical_url);
CREATE INDEX IF NOT EXISTS articles_run_idx ON newsfacts.articles (run_id);

-- The fact table. (article_id, seq) is the natural key: a rerun or re-parse updates in place.
CREATE TABLE IF NOT EXISTS newsfacts.incidents (
    incident_id    bigserial PRIMARY KEY,
    article_id     bigint NOT NULL REFERENCES newsfacts.articles (article_id),
    seq            integer NOT NULL,     -- 0 is the article's main incident
    killed         integer,
    killed_low     integer,
    killed_high    integer,
    injured        integer,
    injured_low    integer,
    injured_high   integer,
    event_date     date,
    date_precision text,
    country        char(2),
    admin1         text,
    location       text,
    lat            double precision,
    lon            double precision,
    geo_precision  text,
    actors         jsonb NOT NULL DEFAULT '[]',
    attack_type    text,
    weapon         text,
    evidence       jsonb NOT NULL DEFAULT '[]',
    parser_version text NOT NULL,
    run_id         text NOT NULL,
    loaded_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (article_id, seq)
);
CREATE INDEX IF NOT EXISTS incidents_event_date_idx ON newsfacts.incidents (event_date);
CREATE INDEX IF NOT EXISTS incidents_country_idx ON newsfacts.incidents (country);

-- Hand-off between parse, validate and load inside one run (rows live here, not in XCom).
CREATE TABLE IF NOT EXISTS newsfacts.staged_incidents (
    run_id         text NOT NULL,
    article_id     bigint NOT NULL REFERENCES newsfacts.articles (article_id),
    seq            integer NOT NULL,
    parser_version text NOT NULL,
    row_data       jsonb NOT NULL,
    status         text NOT NULL DEFAULT 'staged' CHECK (status IN ('staged', 'valid', 'quarantined')),
    PRIMARY KEY (run_id, article_id, seq)
);

CREATE TABLE IF NOT EXISTS newsfacts.quarantine (
    quarantine_id  bigserial PRIMARY KEY,
    run_id         text NOT NULL,
    article_id     bigint NOT NULL REFERENCES newsfacts.articles (article_id),
    seq            integer NOT NULL,
    parser_version text NOT NULL,
    failed_expectations jsonb NOT NULL,
    row_data       jsonb NOT NULL,
    quarantined_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (article_id, seq, parser_version)
);

CREATE TABLE IF NOT EXISTS newsfacts.runs (
    run_id          text PRIMARY KEY,
    dag_id          text NOT NULL,
    logical_date    timestamptz,
    interval_start  timestamptz,
    interval_end    timestamptz,
    status          text NOT NULL DEFAULT 'running',
    started_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    counts          jsonb NOT NULL DEFAULT '{}',
    timings         jsonb NOT NULL DEFAULT '{}',
    data_docs_path  text
);
