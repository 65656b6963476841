SELECT (SELECT count(*) FROM newsfacts.feeds)      AS feeds,
       (SELECT count(*) FROM newsfacts.articles)   AS articles,
       (SELECT count(*) FROM newsfacts.incidents)  AS incidents,
       (SELECT count(*) FROM newsfacts.quarantine) AS quarantined,
       (SELECT count(*) FROM newsfacts.events)     AS events,
       (SELECT count(*) FROM newsfacts.runs)       AS runs;
