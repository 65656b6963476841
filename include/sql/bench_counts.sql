-- Benchmark only (make bench): what a run left in its scratch warehouse.
SELECT (SELECT count(*) FROM newsfacts.articles) AS articles,
       (SELECT count(*) FROM newsfacts.incidents) AS incidents,
       (SELECT count(*) FROM newsfacts.quarantine) AS quarantined;
