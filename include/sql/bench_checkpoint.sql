-- Benchmark only (make bench), outside every timed call: write out the previous repeat's dirty pages and
-- start a new WAL cycle, so that no checkpoint (requested by WAL volume, about once per loading section)
-- lands inside one side's measurement, and both sides start from the same state.
CHECKPOINT;
