"""Small helpers shared by the benchmark modules."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def measure(fn: Callable[[], object], repeat: int, warmup: int = 3) -> list[float]:
    """Milliseconds taken by each of ``repeat`` calls of ``fn`` (after a warm-up)."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def row(
    figure: str, times: list[float], floor: str, floor_times: list[float], p: float = 95
) -> dict:
    median = statistics.median(times)
    floor_median = statistics.median(floor_times) if floor_times else float("nan")
    return {
        "figure": figure,
        "median_ms": round(median, 3),
        "p95_ms": round(percentile(times, p), 3),
        "floor": floor,
        "floor_median_ms": round(floor_median, 3),
        "ratio": round(median / floor_median, 2) if floor_times and floor_median else None,
    }
