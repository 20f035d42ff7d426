"""Arbitrary text through every layer: store, interchange, search and export.

Hypothesis feeds any Unicode (control characters, lone surrogates, right-to-left
script, emoji) and huge pastes; nothing may crash, what can be kept is kept,
and the exported document still opens."""

import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutetaker.domain.model import Action, Block
from minutetaker.domain.serial import meeting_to_dict
from minutetaker.domain.text import clean_text
from minutetaker.export import export_docx
from minutetaker.interchange import InterchangeError, parse_meeting, parse_meeting_bytes
from minutetaker.store import Archive
from tests.samples import sample_meeting

ANY_TEXT = st.text(st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF), max_size=300)
CONTROLS = st.text(
    st.sampled_from("\x00\x07\x0b\x0c\x1b\r\n\t\ud800\udfff\ufffe\u2028 aé😀مע"), max_size=60
)
TEXT = st.one_of(ANY_TEXT, CONTROLS)
RUNS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def shared_archive(tmp_path_factory):
    with Archive.open(tmp_path_factory.mktemp("fuzz")) as archive:
        meeting = sample_meeting()
        archive.add_meeting(meeting)
        yield archive, meeting


@RUNS
@given(text=TEXT, heading=TEXT, owner=TEXT)
def test_any_text_is_stored_cleaned_and_searchable(shared_archive, text, heading, owner):
    archive, meeting = shared_archive
    item = meeting.find_item("5")
    item.topic = heading
    item.blocks = [
        Block("paragraph", text),
        Block("question", number="1", text=heading, findings=[Block("bullet", text)]),
    ]
    item.actions = [Action(text, owner)]
    archive.save_item(meeting.id, item)
    back = archive.load_meeting(meeting.id).find_item("5")
    assert back.blocks[0].text == clean_text(text)
    archive.search(text)
    archive.search(heading, owner=owner or None)


@RUNS
@given(text=TEXT)
def test_any_text_imports_or_is_refused_cleanly(text):
    raw = meeting_to_dict(sample_meeting())
    raw["items"][4]["blocks"][0]["text"] = text
    raw["title"] = text
    decoded = json.loads(json.dumps(raw))  # as a file would hold it: pairs are joined
    try:
        meeting = parse_meeting(decoded)
    except InterchangeError as error:  # a meeting must have a title: only that is refused
        assert not clean_text(decoded["title"]).strip() and "title" in str(error)
        return
    assert meeting.items[4].blocks[0].text == clean_text(decoded["title"])


@settings(max_examples=80, deadline=None)
@given(data=st.binary(max_size=400))
def test_any_bytes_are_a_meeting_or_a_clear_refusal(data):
    try:
        parse_meeting_bytes(data, "fuzz.json")
    except InterchangeError as error:
        assert str(error).startswith("fuzz.json")


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXT, reason=TEXT)
def test_any_text_exports_to_a_document_that_opens(tmp_path, text, reason):
    meeting = sample_meeting()
    meeting.find_item("5").blocks = [Block("paragraph", text), Block("bullet", text)]
    meeting.find_item("2").blocks[1].restricted_reason = reason
    meeting.chair = text
    for public in (False, True):
        path = tmp_path / f"out-{public}.docx"
        export_docx(meeting, path, public=public)
        with zipfile.ZipFile(path) as package:
            assert package.testzip() is None
        import docx

        docx.Document(str(path))


def test_a_five_megabyte_paste_is_kept_searched_and_exported(archive, tmp_path):
    meeting = sample_meeting()
    archive.add_meeting(meeting)
    line = "The Chief Constable described the unresourced incidents in Eastport. "
    paste = (line * (5 * 1024 * 1024 // len(line) + 1))[: 5 * 1024 * 1024] + " zebracrossing"
    item = meeting.find_item("5")
    item.blocks = [Block("paragraph", paste)]
    archive.save_item(meeting.id, item)
    back = archive.load_meeting(meeting.id)
    assert len(back.find_item("5").blocks[0].text) == len(paste)
    assert archive.search("zebracrossing")[0].item_number == "5"
    report = export_docx(back, tmp_path / "huge.docx")
    with zipfile.ZipFile(report.path) as package:
        body = package.read("word/document.xml").decode("utf-8")
    assert body.count("unresourced incidents in Eastport") > 70_000
    assert "zebracrossing" in body
