"""Minutes with Track Changes left pending are read as if every change were
accepted, and the report says so: the person may have meant to reject some."""

from __future__ import annotations

from pathlib import Path

from minutetaker.wordimport.reader import read_word_minutes

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "word"


def _pending_notes(name: str) -> list[str]:
    recognised = read_word_minutes(FIXTURES / name)
    return [note for note in recognised.notes if "tracked changes" in note]


def test_pending_tracked_changes_are_said_in_the_report():
    notes = _pending_notes("third-round-tracked.docx")
    assert len(notes) == 1
    assert "not yet accepted or rejected" in notes[0]
    assert "as if every change were accepted" in notes[0]


def test_minutes_without_tracked_changes_say_nothing_of_them():
    assert _pending_notes("third-round-comma-people.docx") == []


def test_the_command_lines_dry_run_says_it(tmp_path, capsys):
    from minutetaker.cli.main import main

    code = main(
        [
            "--data-dir",
            str(tmp_path / "data"),
            "import",
            "--dry-run",
            str(FIXTURES / "third-round-tracked.docx"),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "Read as: tracked changes" in out
    assert not (tmp_path / "data").exists()
