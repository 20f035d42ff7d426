"""File > Apply corrections (issue 15, point 4): a circulated draft edited by a
reviewer (with Track Changes on and off, the XML written as Word writes it by
tests/after_meeting/reviewer.py), each change listed per item and accepted or
rejected from the keyboard; nothing applied without a choice; a file that is not
a circulated draft of this meeting refused with its sentence."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from minutetaker.after_meeting import circulate
from minutetaker.export import export_docx
from tests.after_meeting.reviewer import Reviewer
from tests.gui.after.conftest import history, reason_field
from tests.gui.conftest import activate

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def returned(archive, stored_meeting, tmp_path):
    """The sample's draft circulated, edited and sent back."""
    circulate.circulate(archive, stored_meeting.id, tmp_path / "draft.docx")
    reviewer = Reviewer(tmp_path / "draft.docx")
    reviewer.replace("cash machine", "shop")  # item 2, tracked
    reviewer.insert_paragraph_after(
        "A police horse was injured on duty.", "A second horse was lame after the match."
    )
    reviewer.delete_paragraph("Repeat offenders account for 40% of cases.")  # item 4a
    reviewer.retype("Force Headquarters, Kingsford", "Kingsford Town Hall")  # untracked
    return reviewer.save(tmp_path / "returned.docx")


def _choose_file(monkeypatch, window, path) -> None:
    monkeypatch.setattr(window.after, "ask_file", lambda: str(path))


def _open(qtbot, window):
    qtbot.keyClick(window.editor, Qt.Key.Key_C, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.after.corrections_dialog is not None, timeout=20000)
    dialog = window.after.corrections_dialog
    activate(qtbot, dialog)
    dialog.tree.setFocus()
    return dialog


def _listed(dialog) -> list[tuple[str, str]]:
    out = []
    tree = dialog.tree
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for r in range(group.childCount()):
            out.append((group.text(0), group.child(r).text(0)))
    return out


def _current(dialog) -> str:
    return dialog.tree.currentItem().text(0)


def test_each_change_listed_per_item_then_chosen_one_by_one(
    qtbot, window, returned, monkeypatch, reopen, data_dir
):
    _choose_file(monkeypatch, window, returned)
    threads = []
    from minutetaker.after_meeting import corrections as core

    real = core.read_corrections
    monkeypatch.setattr(
        core,
        "read_corrections",
        lambda *a: threads.append(threading.current_thread()) or real(*a),
    )
    dialog = _open(qtbot, window)
    assert threads and threads[0] is not threading.main_thread()
    listed = _listed(dialog)
    groups = [g for g, _ in listed]
    assert groups[0] == "Details and attendance"
    assert any(g.startswith("2  Operational") for g in groups)
    assert any(g.startswith("4a ") for g in groups)
    assert len(listed) == 4
    assert _current(dialog).startswith("1. changed Venue")
    # nothing applied without a choice
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Nothing is accepted yet" in dialog.status.text()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_R)  # reject the venue; on to the next item's row
    assert dialog.tree.currentItem().childCount()  # item 2's row
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Down)
    assert _current(dialog).startswith("2. changed bullet point")
    assert "line-through" in dialog.detail.toHtml() and "underline" in dialog.detail.toHtml()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_A)  # accept "shop"
    assert _current(dialog).startswith("3. added bullet point")
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)  # turned over: accepted…
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)  # …then rejected
    assert dialog.choices[3] == "reject"
    assert "2 accepted" not in dialog.status.text() and "1 accepted" in dialog.status.text()
    assert "2 still to choose" not in dialog.status.text()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)  # applies the one accepted
    qtbot.waitUntil(
        lambda: "Applied 1 correction" in window.statusBar().currentMessage(), timeout=10000
    )
    stored = reopen(window.session.meeting.id)
    assert stored.venue == window.session.meeting.venue  # rejected: as it was
    assert "Force Headquarters" in stored.venue
    texts = [b.text for b in stored.find_item("2").blocks]
    assert any("theft from a shop" in t for t in texts)
    assert not any("second horse" in t for t in texts)  # rejected
    left = [b.text for block in stored.find_item("4a").blocks for b in block.walk()]
    assert any("40% of cases" in t for t in left)  # never chosen: never applied
    # the window shows what was applied
    window.going.go_to("2")
    assert "theft from a shop" in window.editor.toPlainText()
    assert ("corrected", "1 correction from returned.docx (version 1)") in history(
        data_dir, window.session.meeting.id
    )


def test_an_item_row_chooses_for_all_its_corrections(qtbot, window, returned, monkeypatch):
    _choose_file(monkeypatch, window, returned)
    dialog = _open(qtbot, window)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Down)  # item 2's row
    assert dialog.tree.currentItem().childCount() == 2
    qtbot.keyClick(dialog.tree, Qt.Key.Key_A)
    assert dialog.accepted_numbers() == [2, 3]
    assert dialog.apply_button.text() == "Apply 2 accepted"
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Escape)  # leaves: nothing applied
    qtbot.waitUntil(lambda: window.after.corrections_dialog is None, timeout=3000)
    window.going.go_to("2")
    assert "cash machine" in window.editor.toPlainText()


def test_a_file_that_is_no_circulated_draft_is_refused(
    qtbot, window, tmp_path, monkeypatch, archive
):
    plain = tmp_path / "plain.docx"
    export_docx(archive.load_meeting(window.session.meeting.id), plain)
    before = plain.read_bytes()
    told = []
    monkeypatch.setattr(window.files, "tell", lambda title, sentence: told.append(sentence))
    _choose_file(monkeypatch, window, plain)
    qtbot.keyClick(window.editor, Qt.Key.Key_C, CTRL_SHIFT)
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert told[0].startswith("plain.docx is not a draft circulated by minutetaker")
    assert window.after.corrections_dialog is None
    assert plain.read_bytes() == before


def test_a_file_that_is_no_word_document_is_refused(qtbot, window, tmp_path, monkeypatch):
    notes = tmp_path / "notes.docx"
    notes.write_text("not a Word document at all")
    told = []
    monkeypatch.setattr(window.files, "tell", lambda title, sentence: told.append(sentence))
    _choose_file(monkeypatch, window, notes)
    qtbot.keyClick(window.editor, Qt.Key.Key_C, CTRL_SHIFT)
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert "notes.docx" in told[0] and "Traceback" not in told[0]
    assert window.after.corrections_dialog is None


def test_corrections_to_an_agreed_record_ask_for_a_reason(
    qtbot, window, returned, monkeypatch, archive, reopen, data_dir
):
    from tests.gui.after.conftest import AGREED_ON

    meeting_id = window.session.meeting.id
    archive.record(meeting_id).agree(AGREED_ON)
    window.session.open_meeting(meeting_id)  # read again: agreed now
    _choose_file(monkeypatch, window, returned)
    dialog = _open(qtbot, window)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_A)  # "shop"
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    field = reason_field(qtbot, window)
    qtbot.keyClicks(field, "The CC's office corrected the location")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "Applied 1 correction" in window.statusBar().currentMessage(), timeout=10000
    )
    assert any("theft from a shop" in b.text for b in reopen(meeting_id).find_item("2").blocks)
    events = history(data_dir, meeting_id)
    assert ("unlocked", "The CC's office corrected the location") in events


def test_applied_corrections_say_when_they_were_saved(qtbot, window, returned, monkeypatch):
    """The record changed: the status bar's "Saved at" says so, at the time of the
    write (it stayed as it was, or empty, before)."""
    import datetime as dt

    _choose_file(monkeypatch, window, returned)
    dialog = _open(qtbot, window)
    shown_before = window.saved_label.text()
    # (a second on from any save shown, so that a new time can be told from it)
    qtbot.waitUntil(
        lambda: dt.datetime.now().strftime("Saved at %H:%M:%S") != shown_before, timeout=2000
    )
    qtbot.keyClick(dialog.tree, Qt.Key.Key_A)  # the venue
    before = dt.datetime.now().replace(microsecond=0)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "Applied 1 correction" in window.statusBar().currentMessage(), timeout=10000
    )
    after = dt.datetime.now()
    shown = window.saved_label.text()
    assert shown != shown_before and shown.startswith("Saved at ")
    saved = dt.datetime.combine(
        before.date(), dt.time.fromisoformat(shown.removeprefix("Saved at "))
    )
    assert before <= saved <= after


def test_a_finding_changed_is_called_the_finding_of_its_question(
    qtbot, window, archive, stored_meeting, tmp_path, monkeypatch
):
    """The list names what the minute-taker typed: a finding of question 2, not a
    "paragraph"; a bullet point among question 1's findings says so too."""
    circulate.circulate(archive, stored_meeting.id, tmp_path / "draft.docx")
    reviewer = Reviewer(tmp_path / "draft.docx")
    reviewer.replace("meets monthly", "meets every month")  # question 2's finding
    reviewer.retype("three retail parks", "four retail parks")  # a bullet under question 1
    _choose_file(monkeypatch, window, reviewer.save(tmp_path / "returned.docx"))
    dialog = _open(qtbot, window)
    assert [row for _group, row in _listed(dialog)] == [
        "1. changed bullet point under question 1",
        "2. changed finding of question 2",
    ]
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Down)
    assert _current(dialog) == "2. changed finding of question 2"
    assert "changed finding of question 2" in dialog.detail.toPlainText()
