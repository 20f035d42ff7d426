"""How the spelling engine was chosen: spylls (pure Python) against pyenchant
(the enchant C library with its hunspell provider), both on the dictionary we
ship (resources/dictionaries/en_GB). Not part of ``make bench``: it needs
pyenchant and the system's libenchant-2, which minutetaker does not use.

    pip install pyenchant && apt-get install libenchant-2-2
    python -m benchmarks.engine_choice

Each engine is measured in a fresh process (so that memory and load time are its
own): load time, the time to judge a known and an unknown word, the time to
suggest for a misspelling, and the growth of the process's resident memory.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DICTIONARY = ROOT / "resources" / "dictionaries" / "en_GB"
KNOWN = [
    "the",
    "organisation",
    "performance",
    "reassurance",
    "vulnerability",
    "safeguarding",
    "committee",
]
UNKNOWN = [
    "oppaged",
    "recieve",
    "occured",
    "neighbor",
    "organize",
    "acommodation",
    "goverment",
    "comittee",
]
MISSPELT = [
    "occured",
    "recieve",
    "neighbor",
    "analyze",
    "oppaged",
    "recomend",
    "goverment",
    "accomodation",
]


def _rss_kib() -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _per_call_us(fn, words: list[str], rounds: int = 200) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for word in words:
            fn(word)
    return (time.perf_counter() - start) / (rounds * len(words)) * 1e6


def _measure(engine: str) -> dict:
    before = _rss_kib()
    start = time.perf_counter()
    if engine == "spylls":
        from spylls.hunspell import Dictionary

        dictionary = Dictionary.from_files(str(DICTIONARY))
        known, suggest = dictionary.lookup, lambda w: list(dictionary.suggest(w))[:5]
    else:
        import enchant

        dictionary = enchant.Broker().request_dict("en_GB")
        known, suggest = dictionary.check, lambda w: dictionary.suggest(w)[:5]
    load_ms = (time.perf_counter() - start) * 1000
    after = _rss_kib()
    suggest_ms = []
    for word in MISSPELT:
        start = time.perf_counter()
        suggest(word)
        suggest_ms.append((time.perf_counter() - start) * 1000)
    return {
        "engine": engine,
        "load_ms": round(load_ms, 1),
        "known_us": round(_per_call_us(known, KNOWN), 2),
        "unknown_us": round(_per_call_us(known, UNKNOWN), 2),
        "suggest_median_ms": round(statistics.median(suggest_ms), 1),
        "suggest_max_ms": round(max(suggest_ms), 1),
        "memory_mib": round((after - before) / 1024, 1) if before and after else None,
        "flags_organize": not known("organize"),
    }


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(_measure(sys.argv[2])))
        return 0
    rows = []
    with tempfile.TemporaryDirectory() as config:
        # enchant looks for hunspell dictionaries in $ENCHANT_CONFIG_DIR/hunspell first:
        # give it the very files spylls reads.
        (Path(config) / "hunspell").mkdir()
        for suffix in (".aff", ".dic"):
            source = DICTIONARY.with_suffix(suffix)
            (Path(config) / "hunspell" / source.name).write_bytes(source.read_bytes())
        env = dict(os.environ, ENCHANT_CONFIG_DIR=config)
        for engine in ("spylls", "enchant"):
            done = subprocess.run(
                [sys.executable, "-m", "benchmarks.engine_choice", "--one", engine],
                capture_output=True,
                text=True,
                env=env,
                cwd=ROOT,
            )
            if done.returncode != 0:
                print(f"{engine}: not measured ({done.stderr.strip().splitlines()[-1]})")
                continue
            rows.append(json.loads(done.stdout))
    for row in rows:
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
