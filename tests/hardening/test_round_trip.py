"""What import accepts, our own export gives back and import accepts again, whole.

Issue 11 point 12 found a time stored changed ("10:30\\n" as "10:30 "). The same
happens to any text the import cleans (characters Word cannot hold are dropped):
a title of such characters only became "", which our import then refused, and
two action ids differing only by such a character became one id, so one of the
two actions was silently lost."""

from __future__ import annotations

import json

import pytest

from tests.hardening.conftest import one_sentence, write_meeting
from tests.samples import sample_meeting


def _raw(tmp_path) -> dict:
    return json.loads(write_meeting(tmp_path / "m.json", sample_meeting()).read_text("utf-8"))


def _actions(raw: dict) -> list[dict]:
    found = []

    def walk(items):
        for item in items:
            found.extend(item["actions"])
            walk(item["items"])

    walk(raw["items"])
    return found


def _accepted_or_refused(cli, tmp_path, raw) -> dict | None:
    """Import ``raw``: None if refused (in one sentence); else our JSON export of it,
    which a second archive must import as it is."""
    source = tmp_path / "in.json"
    source.write_text(json.dumps(raw), encoding="utf-8")
    code, _, err = cli("import", str(source))
    if code != 0:
        assert code == 1 and one_sentence(err), err
        return None
    out = tmp_path / "out.json"
    assert cli("export", "1", "--out", str(out))[0] == 0
    code, _, err = cli("import", str(out), folder=tmp_path / "second")
    assert code == 0, f"our own export of what was accepted is refused: {err}"
    return json.loads(out.read_text("utf-8"))


@pytest.mark.parametrize("title", ["\u0000", "\u0001\u0002", "\ud800", "\u000b"])
def test_a_title_of_characters_word_cannot_hold(cli, tmp_path, title):
    raw = _raw(tmp_path)
    raw["title"] = title
    _accepted_or_refused(cli, tmp_path, raw)


@pytest.mark.parametrize(
    "ids", [("a\u0000", "a"), ("b\u0001", "b\u0002"), ("\u0000", "c"), ("d\ud800", "d")]
)
def test_two_action_ids_that_differ_only_by_such_characters(cli, tmp_path, ids):
    raw = _raw(tmp_path)
    first, second = _actions(raw)[:2]
    first["id"], second["id"] = ids
    texts = {first["text"], second["text"]}
    back = _accepted_or_refused(cli, tmp_path, raw)
    if back is not None:  # accepted: both actions are there, each with an id
        kept = {a["text"]: a["id"] for a in _actions(back)}
        assert texts <= set(kept), "an action was lost"
        assert all(kept[text] for text in texts)


@pytest.mark.parametrize("field", ["title", "minute_taker"])
def test_a_text_longer_than_a_word_property_exports(cli, tmp_path, field):
    """Word's document properties (title, author) hold 255 characters; a longer
    title or minute-taker's name was accepted, and then no Word version could be made."""
    raw = _raw(tmp_path)
    long = "Extraordinary Meeting of the Police, Fire and Crime Panel " * 6
    if field == "title":
        raw["title"] = long
    else:
        raw["minute_taker"]["name"] = long
    assert _accepted_or_refused(cli, tmp_path, raw) is not None
    for extra in ([], ["--public"]):
        code, _, err = cli("export", "1", "--out", str(tmp_path / "notes.docx"), *extra)
        assert code == 0, err
