-- Data-quality history: one row per expectation per run and suite, and quarantine that can be acted on
-- (every release or drop is appended to the row's action log).
CREATE TABLE IF NOT EXISTS newsfacts.dq_results (
    run_id             text NOT NULL,
    suite              text NOT NULL,          -- 'articles', 'incidents', 'run'
    expectation        text NOT NULL,          -- type(kwargs without thresholds): stable, so a trend can be drawn
    rule               text,                   -- type(kwargs) in full, as quarantine reasons name it
    description        text,                   -- what the rule means, in words
    severity           text NOT NULL CHECK (severity IN ('quarantine', 'warn', 'critical')),
    success            boolean NOT NULL,
    observed_value     jsonb,
    unexpected_count   bigint,
    unexpected_percent double precision,
    element_count      bigint,
    data_docs          text,                   -- the suite's validation page in Data Docs for this run
    recorded_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, suite, expectation)
);
CREATE INDEX IF NOT EXISTS dq_results_recorded_idx ON newsfacts.dq_results (recorded_at);

ALTER TABLE newsfacts.quarantine
    ADD COLUMN IF NOT EXISTS status text NOT NULL DEFAULT 'open',
    ADD COLUMN IF NOT EXISTS actions jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN IF NOT EXISTS resolved_at timestamptz;
DO $$ BEGIN
    ALTER TABLE newsfacts.quarantine
        ADD CONSTRAINT quarantine_status_check CHECK (status IN ('open', 'released', 'dropped'));
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
CREATE INDEX IF NOT EXISTS quarantine_status_idx ON newsfacts.quarantine (status);
