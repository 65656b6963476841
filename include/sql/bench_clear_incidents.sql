-- Benchmark only (make bench), on its own scratch database: empty the fact table between two loads.
TRUNCATE newsfacts.incidents CASCADE;
