-- One batch of the rows waiting for validation, after the key (article_id, seq, run_id) of the last
-- batch, with the reasons the articles suite found against their article (NULL when none).
SELECT s.run_id, s.article_id, s.seq, s.parser_version, s.row_data, c.reasons AS article_reasons
FROM newsfacts.staged_incidents s
LEFT JOIN pg_temp.dq_checked_articles c USING (article_id)
WHERE s.status = 'staged'
  AND (s.article_id, s.seq, s.run_id) > (%(article_id)s, %(seq)s, %(run_id)s)
ORDER BY s.article_id, s.seq, s.run_id
LIMIT %(limit)s;
