INSERT INTO pg_temp.dq_checked_articles (article_id, canonical_url, fingerprint, reasons)
VALUES %s;
