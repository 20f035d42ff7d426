"""Performance figures of minutetaker: run with ``make bench`` (``python -m benchmarks``)."""
