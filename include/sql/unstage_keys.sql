-- Before a parse batch's rows are COPYed into staging: the same keys staged earlier by the same run (a
-- re-parse) give way, so the new rows replace them. One run's keys; article_ids[i] goes with seqs[i].
DELETE FROM newsfacts.staged_incidents s
USING unnest(%(article_ids)s::bigint[], %(seqs)s::int[]) AS k (article_id, seq)
WHERE s.run_id = %(run_id)s AND s.article_id = k.article_id AND s.seq = k.seq;
