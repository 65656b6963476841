"""`make bench`: every stage's throughput, CPU time per item and peak memory, beside its reference."""
