-- What the articles suite learned about each article it checked in this validation, for the incidents
-- suite (reasons its incidents inherit) and for the whole-run rules (duplicates), without holding the
-- run in memory. It lives as long as the validation's transaction: a retry starts from scratch.
CREATE TEMP TABLE dq_checked_articles (
    article_id    bigint PRIMARY KEY,
    canonical_url text,
    fingerprint   text NOT NULL,
    reasons       jsonb
) ON COMMIT DROP;
