"""``minutetaker check MEETING [--json]``: the spelling findings of a meeting (the
personal-data findings of the same command are tested in test_after.py)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from minutetaker.cli.main import main
from minutetaker.store import Archive
from tests.checks.planted import AMERICAN, SLIPS, planted_meeting


@pytest.fixture
def cli(data_dir, capsys):
    def run(*args):
        code = main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def stored(data_dir):
    with Archive.open(data_dir) as archive:
        meeting_id = archive.add_meeting(planted_meeting())
        for word in ("Northshire", "Kingsford"):
            archive.words.add(word)
    return meeting_id


def _spelling(findings: list[dict]) -> list[dict]:
    return [f for f in findings if f["kind"] == "spelling"]


def test_json_lists_every_slip_with_item_word_excerpt_and_suggestions(cli, stored):
    code, out, err = cli("check", str(stored), "--json")
    assert code == 0 and err == ""
    findings = _spelling(json.loads(out))
    assert sorted((f["text"], f["item_number"]) for f in findings) == sorted(
        (slip, item) for slip, _, item in SLIPS
    )
    for f in findings:
        assert set(f) == {"item_number", "kind", "text", "excerpt", "suggestions"}
        assert f["kind"] == "spelling"
        assert f["text"] in f["excerpt"]
    first = {f["text"]: f["suggestions"][0] for f in findings}
    for slip, british, _ in AMERICAN:
        assert first[slip] == british


def test_the_meeting_is_named_by_its_date_too(cli, stored):
    code, out, _ = cli("check", "2032-04-20", "--json")
    assert code == 0 and len(_spelling(json.loads(out))) == len(SLIPS)


def test_the_office_dictionary_and_ignored_words_are_heeded(cli, data_dir, stored):
    with Archive.open(data_dir) as archive:
        archive.words.remove("Northshire")
        archive.words.ignore(stored, "tommorow")
    code, out, _ = cli("check", str(stored), "--json")
    assert code == 0
    words = [f["text"] for f in json.loads(out)]
    assert "Northshire" in words
    assert "tommorow" not in words


def test_the_text_shows_each_finding_and_the_words_around_it(cli, stored):
    code, out, _ = cli("check", str(stored))
    assert code == 0
    assert "4a   spelling  whihc  → which" in out
    assert "“…in RASSO and CSE reports, whihc follow the IOM review.”" in out
    # The slips, and the team mailbox in item 3 (an e-mail address: personal data?).
    assert "3    email  custody.review@northshire.pnn.police.uk" in out
    count = len(SLIPS) + 1
    assert out.rstrip().endswith(f"{count} findings in the meeting of Tuesday 20 April 2032.")


def test_a_clean_meeting_says_so(cli, data_dir, sample_meeting):
    sample_meeting.items = sample_meeting.items[:1]
    sample_meeting.items[0].blocks = []
    with Archive.open(data_dir) as archive:
        meeting_id = archive.add_meeting(sample_meeting)
        archive.words.add("Northshire")
    code, out, _ = cli("check", str(meeting_id))
    assert code == 0
    assert out == (
        "Nothing to look at in the meeting of Tuesday 18 March 2031: no misspelt words and "
        "no personal data in what would be published.\n"
    )
    assert json.loads(cli("check", str(meeting_id), "--json")[1]) == []


def test_an_unknown_meeting_is_one_sentence_and_status_1(data_dir, stored):
    done = subprocess.run(
        [sys.executable, "-m", "minutetaker", "--data-dir", str(data_dir), "check", "99"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr == "minutetaker: There is no meeting with id 99 in the archive.\n"
    assert done.stdout == ""


def test_the_json_of_a_real_process_is_one_document(data_dir, stored):
    done = subprocess.run(
        [sys.executable, "-m", "minutetaker", "--data-dir", str(data_dir), "check", "1", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert len(_spelling(json.loads(done.stdout))) == len(SLIPS)


def test_a_slip_at_a_sentence_start_is_offered_its_word_with_the_capital(cli, data_dir):
    meeting = planted_meeting()
    meeting.items[0].topic = "Teh briefing was noted. Recieved from the Comissioner."
    with Archive.open(data_dir) as archive:
        meeting_id = archive.add_meeting(meeting)
    code, out, _ = cli("check", str(meeting_id), "--json")
    assert code == 0
    first = {f["text"]: f["suggestions"][0] for f in _spelling(json.loads(out))}
    assert first["Teh"] == "The"
    assert first["Recieved"] == "Received"
    assert first["Comissioner"] == "Commissioner"
    code, out, _ = cli("check", str(meeting_id))
    assert "spelling  Teh  → The" in out
