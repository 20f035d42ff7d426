"""Run every benchmark module (``benchmarks/bench_*.py``), print one table and
write the same figures to ``build/bench.json``.

Each module defines ``run() -> list[dict]`` with the keys figure, median_ms,
p95_ms, floor, floor_median_ms and ratio. Name modules on the command line to
run only those: ``python -m benchmarks store export``.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(names: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    modules = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if names:
        modules = [m for m in modules if m.removeprefix("bench_") in names or m in names]
    rows: list[dict] = []
    failed = False
    for name in modules:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            rows += importlib.import_module(f"benchmarks.{name}").run()
        except Exception:
            traceback.print_exc()
            failed = True
    _print_table(rows)
    out = HERE.parent / "build" / "bench.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten to {out.relative_to(HERE.parent)}")
    return 1 if failed else 0


def _print_table(rows: list[dict]) -> None:
    headers = ("figure", "median ms", "p95 ms", "floor", "floor ms", "ratio")
    cells = [
        (
            r["figure"],
            f"{r['median_ms']:.2f}",
            f"{r['p95_ms']:.2f}",
            r["floor"],
            f"{r['floor_median_ms']:.2f}",
            "" if r.get("ratio") is None else f"{r['ratio']:.2f}x",
        )
        for r in rows
    ]
    widths = [max(len(str(c)) for c in column) for column in zip(headers, *cells)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths))
    print(line)
    print("  ".join("-" * w for w in widths))
    for cell_row in cells:
        print("  ".join(str(c).ljust(w) for c, w in zip(cell_row, widths)))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
