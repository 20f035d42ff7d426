"""Issue 11, points 11-16: what is accepted is right and round-trips; nothing hangs."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import unicodedata

import pytest

from minutetaker.domain.model import Block, Item, Meeting, NextMeeting, Person
from minutetaker.interchange import meeting_to_json
from tests.hardening.conftest import one_sentence, write_meeting
from tests.samples import sample_meeting


def _as_dict(meeting=None) -> dict:
    return json.loads(meeting_to_json(meeting or sample_meeting()))


# -- 11. a word all through a 5 MB pasted block is found, with its snippet --------------


def test_a_5_mb_pasted_block_is_searched_from_the_command_line(cli, tmp_path):
    words = ["retail", "custody", "patrol", "Eastport", "burglary", "forum"]
    block = " ".join(words[i % 6] for i in range(5_000_000 // 7)) + " the Kestrel review"
    meeting = _as_dict()
    meeting["items"][4]["blocks"] = [{"type": "paragraph", "text": block}]
    source = write_meeting(tmp_path / "big.json", meeting)
    assert cli("import", str(source))[0] == 0
    for query, marked in (("custody", "[custody]"), ("kestrel", "[Kestrel]")):
        code, out, _ = cli("search", query, "--json")
        hits = json.loads(out)
        assert code == 0 and hits[0]["item_number"] == "5"
        assert marked in hits[0]["snippet"] and len(hits[0]["snippet"]) < 200


# -- 12. what is accepted round-trips --------------------------------------------------


@pytest.mark.parametrize(
    ("place", "value"),
    [
        (("time",), "10:30\n"),
        (("next_meeting", "time"), "10:30\n"),
        (("date",), "2031-03-18\n"),
        (("next_meeting", "date"), "2031-04-15\n"),
        (("items", 3, "items", 0, "actions", 0, "due"), "2031-04-15\n"),
    ],
)
def test_a_value_with_a_trailing_newline_is_refused(cli, tmp_path, place, value):
    raw = _as_dict()
    raw["next_meeting"] = {"date": "2031-04-15", "time": "10:30", "venue": ""}
    here = raw
    for key in place[:-1]:
        here = here[key]
    here[place[-1]] = value
    source = write_meeting(tmp_path / "m.json", raw)
    before = source.read_bytes()
    code, _, err = cli("import", str(source))
    assert code == 1 and one_sentence(err), err
    assert ".".join(str(p) for p in place if isinstance(p, str))[-4:] in err
    assert source.read_bytes() == before


def test_what_is_imported_exports_and_imports_again_the_same(cli, tmp_path):
    raw = _as_dict()
    raw["next_meeting"] = {"date": "2031-04-15", "time": "10:30", "venue": "Room 2"}
    source = write_meeting(tmp_path / "m.json", raw)
    assert cli("import", str(source))[0] == 0
    out = tmp_path / "out" / "again.json"
    out.parent.mkdir()
    assert cli("export", "1", "--out", str(out))[0] == 0
    other = tmp_path / "other"
    assert cli("import", str(out), folder=other)[0] == 0
    assert json.loads(cli("show", "1", "--json", folder=other)[1]) == json.loads(out.read_text())


# -- 13. the next meeting comes after this one ------------------------------------------


@pytest.mark.parametrize("next_date", ["2031-01-01", "2031-03-18"])
def test_a_next_meeting_not_after_the_meeting_is_refused(cli, tmp_path, next_date):
    raw = _as_dict()
    raw["next_meeting"] = {"date": next_date, "time": "", "venue": ""}
    source = write_meeting(tmp_path / "m.json", raw)
    code, _, err = cli("import", str(source))
    assert code == 1 and one_sentence(err)
    assert "next_meeting.date" in err and "after" in err and "2031-03-18" in err


def test_new_never_starts_a_meeting_back_in_time(cli, data_dir):
    """An archive that holds such a date already (typed in an older version)."""
    from minutetaker.store import Archive

    meeting = sample_meeting()
    meeting.next_meeting = NextMeeting(dt.date(2031, 1, 1), "10:30", "Room 2")
    with Archive.open(data_dir) as archive:
        archive.add_meeting(meeting)
    code, out, _ = cli("new")
    assert code == 0
    listed = json.loads(cli("list", "--json")[1])
    started = dt.date.fromisoformat(listed[0]["date"])
    assert started > dt.date(2031, 3, 18)
    shown = json.loads(cli("show", listed[0]["date"], "--json")[1])
    assert len(shown["people"]) == len(meeting.people)  # carried, not lost
    assert "actions brought forward" in out


# -- 14. a template is a name, never a path ------------------------------------------------


def test_a_template_given_as_a_path_is_never_loaded(cli, tmp_path, monkeypatch):
    from minutetaker import resources
    from minutetaker.domain import template as templates

    evil = tmp_path / "evil.toml"
    evil.write_text('name = "evil"\ntitle = "Evil"\n', encoding="utf-8")
    relative = os.path.relpath(tmp_path / "evil", resources.resource("templates"))
    loaded = []
    real = templates.load_template
    monkeypatch.setattr(templates, "load_template", lambda p: loaded.append(p) or real(p))
    raw = _as_dict()
    raw["template"] = relative
    source = write_meeting(tmp_path / "m.json", raw)
    cli("import", str(source))
    assert all(os.path.basename(p) == "monthly-assurance.toml" for p in loaded), loaded
    for name in (relative, str(tmp_path / "evil"), "../templates/monthly-assurance", ".", ""):
        with pytest.raises(templates.TemplateError):
            resources.load_agenda(name)
    assert all(os.path.basename(p) == "monthly-assurance.toml" for p in loaded), loaded


# -- 15. the same meeting is the same however its title is written ---------------------------


def _variant(title: str, suffix: str) -> dict:
    meeting = Meeting(
        title,
        dt.date(2031, 3, 18),
        people=[Person("Alex Marsh", "Police and Crime Commissioner", "PCC")],
        items=[Item("1", f"Notes {suffix}", blocks=[Block("paragraph", "Nothing.")])],
    )
    return _as_dict(meeting)


@pytest.mark.parametrize(
    "title",
    [
        unicodedata.normalize("NFD", "Comité d’assurance mensuel"),
        "comité d’assurance MENSUEL",
        "Comité d’assurance mensuel ",
        "Comité d’assurance\u200b mensuel",
        "Comité  d’assurance mensuel",
        "\ufeffComité d’assurance mensuel",
    ],
)
def test_the_same_meeting_is_not_imported_twice(cli, tmp_path, title):
    first = write_meeting(tmp_path / "a.json", _variant("Comité d’assurance mensuel", "a"))
    assert cli("import", str(first))[0] == 0
    again = write_meeting(tmp_path / "b.json", _variant(title, "b"))
    code, _, err = cli("import", str(again))
    assert code == 1 and "already holds" in err
    assert cli("import", "--replace", str(again))[0] == 0
    listed = json.loads(cli("list", "--json")[1])
    assert len(listed) == 1
    shown = json.loads(cli("show", str(listed[0]["id"]), "--json")[1])
    assert shown["items"][0]["heading"] == "Notes b"


def test_two_titles_in_one_import_that_differ_only_in_form_are_the_same(cli, tmp_path):
    first = write_meeting(tmp_path / "a.json", _variant("Monthly Assurance Meeting", "a"))
    second = write_meeting(tmp_path / "b.json", _variant("MONTHLY ASSURANCE MEETING", "b"))
    code, _, err = cli("import", str(first), str(second))
    assert code == 1 and "also in" in err


# -- 16. a public version is written with its log, or not at all ----------------------------


def test_a_public_version_whose_log_name_is_too_long_is_not_written(cli, tmp_path):
    cli("import", str(write_meeting(tmp_path / "m.json", sample_meeting())))
    out = tmp_path / "out"
    out.mkdir()
    target = out / ("n" * 240 + ".docx")  # fits; its log's name does not
    code, stdout, err = cli("export", "1", "--out", str(target), "--public")
    assert code == 1 and one_sentence(err) and "too long" in err and stdout == ""
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("existed", [False, True])
def test_a_public_version_whose_log_fails_leaves_what_was_there(
    cli, tmp_path, monkeypatch, existed
):
    from minutetaker.store import files

    cli("import", str(write_meeting(tmp_path / "m.json", sample_meeting())))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "public.docx"
    log = out / "public – redaction log.txt"
    if existed:
        target.write_bytes(b"last month's public version")
        log.write_bytes(b"last month's log")
    real = files.os.replace

    def full_at_the_log(source, destination):
        if str(destination).endswith("log.txt"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(source, destination)

    monkeypatch.setattr(files.os, "replace", full_at_the_log)
    code, stdout, err = cli("export", "1", "--out", str(target), "--public")
    monkeypatch.undo()
    assert code == 1 and one_sentence(err) and "full" in err and stdout == ""
    if existed:
        assert target.read_bytes() == b"last month's public version"
        assert log.read_bytes() == b"last month's log"
        assert sorted(p.name for p in out.iterdir()) == sorted([target.name, log.name])
    else:
        assert list(out.iterdir()) == []
