"""The spell check: the dictionary's load, one paragraph judged per key press (what
the window's highlighter will pay), opening a 5,000-word item, and
``minutetaker check`` on a 40-page meeting (20,000 words, with planted slips),
and on the same meeting with 50 names of people and places the office
dictionary does not hold yet (each costs the engine's n-gram search).

Floors: reading the files the load reads; finding the words of the same text
with the tokenizer's regular expression alone; ``minutetaker show --json`` of the
same meeting (the same process start, archive and meeting load, JSON out).

For the window's key-to-screen rows with checking on (built with the highlighter):
make the checker with :func:`prepared_checker` and time the key presses as
bench_gui does, the highlighter calling ``misspelt_spans`` per text block.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.timing import measure, row

ROOT = Path(__file__).resolve().parents[1]
WORDS = 20_000
ITEM_WORDS = 5_000
RUNS = 5
# Slips planted in the big meeting, each once: American spellings, doubled and
# undoubled letters, transposed letters (fictional text, like the rest).
SLIPS = [
    "organize",
    "color",
    "center",
    "analyzed",
    "defense",
    "traveled",
    "judgment",
    "neighborhood",
    "catalog",
    "behavior",
    "occured",
    "comittee",
    "acommodation",
    "embarassing",
    "untill",
    "recieved",
    "thier",
    "polciing",
    "whihc",
    "goverment",
]
# Invented names of people and places (fictional, like the rest), none in the
# dictionary or the demo's office dictionary: what a real meeting holds before
# its first check puts them in the office dictionary. No small edit mends them,
# so each sends the engine to its n-gram search.
NAMES = [
    "Brackenwell",
    "Thrushcombe",
    "Ashworthy",
    "Pemberville",
    "Wexcombe",
    "Hollinsby",
    "Caddermoor",
    "Sturrington",
    "Marlowby",
    "Quenhurst",
    "Elmcote",
    "Larkhampton",
    "Oxenwick",
    "Peverstone",
    "Rudgeley",
    "Tollbury",
    "Upcombe",
    "Yarnstead",
    "Fennimore",
    "Gildersleigh",
    "Thistlewood",
    "Marchbank",
    "Pennyfeather",
    "Quarrowby",
    "Rookstaple",
    "Sallowby",
    "Tremlett",
    "Vosper",
    "Winterhallow",
    "Okafor",
    "Adeyemi",
    "Nkemelu",
    "Szymanska",
    "Kowalczyk",
    "Ruaidhri",
    "Aoibheann",
    "Siobhan",
    "Caoimhe",
    "Dervla",
    "Ffion",
    "Treharne",
    "Gwenthorpe",
    "Hedwyn",
    "Iolo",
    "Cadfael",
    "Bryngarth",
    "Penrhosfa",
    "Llanfeirig",
    "Cwmderi",
    "Aberlleu",
]


def _demo_paragraphs(folder: Path) -> tuple[list[str], list[str]]:
    """Paragraphs of varied fictional prose (the demo's), and the office words."""
    from minutetaker.demo import fill_demo
    from minutetaker.store import Archive

    with Archive.open(folder / "demo") as archive:
        fill_demo(archive, meetings=120)
        office = archive.words.office()
        texts: list[str] = []
        for summary in archive.list_meetings():
            for item in archive.load_meeting(summary.id).walk_items():
                texts += [b.text for block in item.blocks for b in block.walk() if b.text]
                texts += [a.text for a in item.actions]
    return texts, office


def big_meeting(paragraphs: list[str], words: int = WORDS, names: list[str] | None = None):
    """A 40-page meeting: the agenda's notes items filled with ``words`` words of
    the paragraphs given, one slip of SLIPS planted in every 1,000 words, and
    each of ``names`` once, spread evenly."""
    from minutetaker.domain.model import Block
    from minutetaker.resources import load_agenda

    meeting = load_agenda("monthly-assurance").new_meeting(dt.date(2031, 3, 18))
    items = [i for i in meeting.walk_items() if i.kind in ("notes", "holding_to_account")]
    total, slips, n = 0, list(SLIPS), 0
    names = list(names or ())
    every = words // len(names) if names else 0
    planted = 0
    while total < words:
        text = paragraphs[n % len(paragraphs)]
        if slips and total // 1000 >= len(SLIPS) - len(slips):
            text = f"{text} The {slips.pop(0)} was noted."
        if names and total // every >= planted:
            text = f"{text} {names.pop(0)} said it would be followed up."
            planted += 1
        items[n % len(items)].blocks.append(Block("paragraph", text))
        total += len(text.split())
        n += 1
    return meeting


def prepared_checker(meeting, office_words: list[str]):
    """A checker for ``meeting`` as the window would hold one: the dictionary
    loaded, the room made, every word of the meeting judged once."""
    from minutetaker.checks.spelling import Room, SpellChecker, _item_texts

    checker = SpellChecker(room=Room.of_meeting(meeting, office_words))
    for item in meeting.walk_items():
        for text in _item_texts(item):
            checker.misspelt_spans(text)
    return checker


def _load() -> dict:
    from minutetaker.checks.dictionary import Dictionary, dictionary_path

    base = dictionary_path()
    assert Dictionary().prepared, "no usable en_GB.prepared: python -m minutetaker.checks.prepare"
    times = measure(lambda: Dictionary().warm_up(), repeat=RUNS, warmup=1)

    def read() -> None:
        for suffix in (".prepared", ".aff", ".dic"):
            base.with_suffix(suffix).read_bytes()

    floor = measure(read, repeat=RUNS, warmup=1)
    return row(
        "spelling: load the en-GB dictionary (prepared form, the engine's .aff)",
        times,
        "read the files it reads (.prepared, .aff, .dic)",
        floor,
    )


def _keystrokes(paragraphs: list[str], office: list[str]) -> dict:
    from minutetaker.checks import words
    from minutetaker.checks.spelling import Room, SpellChecker

    checker = SpellChecker(room=Room.of(*office))
    paragraph = " ".join(paragraphs[:6])
    paragraph = " ".join(paragraph.split()[:60])
    for _ in words.tokens(paragraph):  # warm the regular expression
        pass
    checker.misspelt_spans(paragraph)
    typed = " The ACC said the comittee would look at it again next month."
    times, floor = [], []
    for n in range(1, len(typed) + 1):
        text = paragraph + typed[:n]  # the paragraph as it stands after each key press
        start = time.perf_counter()
        checker.misspelt_spans(text)
        times.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        list(words._TOKEN.finditer(text))
        floor.append((time.perf_counter() - start) * 1000)
    return row(
        "spelling: one 60-word paragraph per key press (p99)",
        times,
        "the tokenizer's regex alone",
        floor,
        p=99,
    )


def _open_item(paragraphs: list[str], office: list[str]) -> dict:
    from minutetaker.checks import words
    from minutetaker.checks.dictionary import shared_dictionary
    from minutetaker.checks.spelling import Room, SpellChecker

    item, count = [], 0
    for text in paragraphs:
        item.append(text)
        count += len(text.split())
        if count >= ITEM_WORDS:
            break
    dictionary = shared_dictionary()
    times, floor = [], []
    for _ in range(RUNS):
        # a new dictionary memory each time: the item's words judged cold
        dictionary._known.clear()
        checker = SpellChecker(dictionary, Room.of(*office))
        start = time.perf_counter()
        for text in item:
            checker.misspelt_spans(text)
        times.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        for text in item:
            list(words._TOKEN.finditer(text))
        floor.append((time.perf_counter() - start) * 1000)
    return row(
        f"spelling: open a {ITEM_WORDS:,}-word item, words judged cold",
        times,
        "the tokenizer's regex alone",
        floor,
    )


def _command_line(
    folder: Path, paragraphs: list[str], office: list[str], names: list[str] | None = None
) -> dict:
    from minutetaker.checks.dictionary import shared_dictionary
    from minutetaker.store import Archive

    names = names or []
    known = [name for name in names if shared_dictionary().knows(name) or name in office]
    assert not known, f"not unknown names: {known}"
    data = folder / ("names" if names else "big")
    with Archive.open(data) as archive:
        meeting_id = archive.add_meeting(big_meeting(paragraphs, names=names))
        for word in office:
            archive.words.add(word)

    def command(*args: str) -> float:
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "minutetaker", "--data-dir", str(data), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
        )
        took = (time.perf_counter() - start) * 1000
        if done.returncode != 0:
            raise RuntimeError(done.stderr)
        if args[0] == "check":
            import json

            found = {f["text"] for f in json.loads(done.stdout)}
            missing = (set(SLIPS) | set(names)) - found
            assert not missing, f"check missed {missing}"
        return took

    command("check", str(meeting_id), "--json")  # compiled bytecode, as installed
    times = [command("check", str(meeting_id), "--json") for _ in range(RUNS)]
    floor = [command("show", str(meeting_id), "--json") for _ in range(RUNS)]
    with_names = f", {len(names)} unknown names" if names else ""
    return row(
        f"check a 40-page meeting ({WORDS:,} words, {len(SLIPS)} slips{with_names}) "
        "from the command line",
        times,
        "minutetaker show --json of it",
        floor,
    )


def _pasted_block(folder: Path) -> dict:
    """`check` of a meeting with one 5 MB pasted block: 4 MB of words, a 1 MB run
    with no space (a pasted code) and one slip. A run of 100,000 letters alone
    took over ten minutes before long runs were left unjudged."""
    from minutetaker.domain.model import Block
    from minutetaker.resources import load_agenda
    from minutetaker.store import Archive

    meeting = load_agenda("monthly-assurance").new_meeting(dt.date(2031, 3, 18))
    words = " ".join(["the custody suite was inspected"] * 130_000)
    text = f"{words} {'x' * 1_000_000} The comittee met."
    next(i for i in meeting.walk_items() if i.kind == "notes").blocks.append(
        Block("paragraph", text)
    )
    with Archive.open(folder / "pasted") as archive:
        meeting_id = archive.add_meeting(meeting)

    def command(*args: str) -> float:
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "minutetaker", "--data-dir", str(folder / "pasted"), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
        )
        if done.returncode != 0 or (args[0] == "check" and "comittee" not in done.stdout):
            raise RuntimeError(done.stderr or done.stdout[:200])
        return (time.perf_counter() - start) * 1000

    times = [command("check", str(meeting_id), "--json") for _ in range(3)]
    floor = [command("show", str(meeting_id), "--json") for _ in range(3)]
    return row(
        "check a meeting with a 5 MB pasted block (a 1 MB run with no space)",
        times,
        "minutetaker show --json of it",
        floor,
    )


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paragraphs, office = _demo_paragraphs(folder)
        return [
            _load(),
            _keystrokes(paragraphs, office),
            _open_item(paragraphs, office),
            _command_line(folder, paragraphs, office),
            _command_line(folder, paragraphs, office, NAMES),
            _pasted_block(folder),
        ]
