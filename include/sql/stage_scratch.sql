-- A parse batch's rows arrive here by COPY (fast, but COPY cannot upsert) and move on to staging in the
-- same transaction (stage_incidents.sql), so nothing is ever staged here alone: the table is dropped
-- at commit and a crash loses nothing that was committed.
CREATE TEMP TABLE IF NOT EXISTS staged_incoming (
    run_id         text NOT NULL,
    article_id     bigint NOT NULL,
    seq            integer NOT NULL,
    parser_version text NOT NULL,
    row_data       jsonb NOT NULL
) ON COMMIT DROP;
