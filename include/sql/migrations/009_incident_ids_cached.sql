-- Each session takes incident ids from the sequence 100 at a time, so a load does not lock and update
-- the sequence (and WAL-log it every 32 values) for every row. Ids stay unique and increase within a
-- session; a session that ends leaves a gap, and two sessions loading at once interleave their ranges.
-- Nothing reads meaning into the numbers: they only break ties between reports of the same moment.
ALTER SEQUENCE newsfacts.incidents_incident_id_seq CACHE 100;
