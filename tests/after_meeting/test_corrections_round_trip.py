"""A circulated draft read back must say what the meeting says: a draft returned
with nothing changed has no corrections, whatever the meeting holds (headings the
agenda does not know, with acronyms and names in them; questions numbered on from
an earlier item; the line typed under the date of the next meeting), and a
reviewer's edit to an action in the minutes table is that one correction, not a
new paragraph made of the summary's row. Found by checking issue 15 from the
command line on a meeting written as an office writes one."""

from __future__ import annotations

import copy

import pytest

from minutetaker.after_meeting import circulate, corrections
from minutetaker.after_meeting.corrections import Returned, apply_corrections, read_corrections
from minutetaker.domain.compare import compare_meetings, marked
from minutetaker.domain.model import Block
from tests.after_meeting.reviewer import Reviewer, W


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    return folder


def _listed(returned):
    return [
        (c.item_number, c.change, c.what, marked(c.words) if c.words else c.after or c.before)
        for c in returned.corrections
    ]


def _circulated(archive, meeting, out):
    meeting_id = archive.add_meeting(meeting)
    circulate.circulate(archive, meeting_id, out / "draft.docx")
    return meeting_id, out / "draft.docx"


def test_a_heading_the_agenda_does_not_know_comes_back_as_it_was_written(
    archive, sample_meeting, out
):
    # The export prints headings in capitals; read back, "HMICFRS" and "Kestrel"
    # must not turn into "Hmicfrs" and "kestrel" (accepted, they changed the record).
    aob = sample_meeting.find_item("5")
    aob.heading = "HMICFRS PEEL inspection and Operation Kestrel"
    meeting_id, path = _circulated(archive, sample_meeting, out)
    assert _listed(read_corrections(archive, meeting_id, path)) == []


def test_a_heading_the_reviewer_changed_is_still_a_correction(archive, sample_meeting, out):
    sample_meeting.find_item("5").heading = "HMICFRS PEEL inspection"
    meeting_id, path = _circulated(archive, sample_meeting, out)
    reviewer = Reviewer(path)
    reviewer.retype("HMICFRS PEEL INSPECTION", "HMICFRS PEEL INSPECTION AND VETTING")
    returned = read_corrections(archive, meeting_id, reviewer.save(out / "returned.docx"))
    assert [(c.item_number, c.what) for c in returned.corrections] == [("5", "heading")]
    assert returned.corrections[0].after.casefold() == "hmicfrs peel inspection and vetting"


def test_a_question_numbered_on_from_an_earlier_item_keeps_its_number(archive, sample_meeting, out):
    sample_meeting.find_item("5").blocks.append(
        Block(
            "question",
            number="3",
            text="Can the CC say when the custody review will report?",
            findings=[Block("bullet", "The review reports in June.")],
        )
    )
    meeting_id, path = _circulated(archive, sample_meeting, out)
    assert _listed(read_corrections(archive, meeting_id, path)) == []


def test_the_line_typed_under_the_date_of_the_next_meeting_is_not_taken_as_removed(
    archive, sample_meeting, out
):
    # The export prints the next meeting's day and time there, and leaves out a
    # typed line that only says the same; reading back, it is not "removed".
    sample_meeting.find_item("6").blocks = [Block("paragraph", "10:30 on 15 April 2031.")]
    meeting_id, path = _circulated(archive, sample_meeting, out)
    returned = read_corrections(archive, meeting_id, path)
    assert _listed(returned) == []
    apply_corrections(archive, returned)
    assert [b.text for b in archive.load_meeting(meeting_id).find_item("6").blocks] == [
        "10:30 on 15 April 2031."
    ]


def test_an_action_changed_in_the_minutes_table_alone_is_one_correction(
    archive, sample_meeting, out
):
    # The summary of actions at the end repeats each action; a reviewer corrects
    # the action where it stands in the minutes and leaves the summary alone.
    meeting_id, path = _circulated(archive, sample_meeting, out)
    reviewer = Reviewer(path)
    minutes_table = reviewer.paragraph("Share the retail forum minutes with the PCC.")
    for t in minutes_table.iter(f"{{{W}}}t"):
        t.text = t.text.replace("retail forum minutes", "retail forum's minutes and terms")
    returned = read_corrections(archive, meeting_id, reviewer.save(out / "returned.docx"))
    assert _listed(returned) == [
        (
            "4a",
            "changed",
            "action (text)",
            "Share the retail [-forum-]{+forum's+} minutes{+ and terms+} with the PCC. [CC]",
        )
    ]
    done = apply_corrections(archive, returned)
    assert [c.number for c in done.applied] == [1]
    action = archive.load_meeting(meeting_id).find_item("4a").actions[1]
    assert (action.id, action.text, action.owner, action.due) == (
        "a-retail-2",
        "Share the retail forum's minutes and terms with the PCC.",
        "CC",
        None,
    )


def test_a_due_date_changed_in_the_summary_is_a_correction(archive, sample_meeting, out):
    meeting_id, path = _circulated(archive, sample_meeting, out)
    reviewer = Reviewer(path)
    due = [t for t in reviewer.body.iter(f"{{{W}}}t") if t.text == "15 April 2031"]
    due[-1].text = "13 May 2031"  # the summary's Due column: where a due date is shown
    returned = read_corrections(archive, meeting_id, reviewer.save(out / "returned.docx"))
    assert [(c.item_number, c.what) for c in returned.corrections] == [("4a", "action (due)")]


def test_a_paragraph_added_below_one_read_back_deeper_is_applied(archive, sample_meeting, out):
    # The reader can read a paragraph at another depth than it was written (a
    # paragraph after an item's last question comes back among its findings); a
    # paragraph the reviewer added after it went to a place that does not exist
    # and --accept-all stopped with a traceback.
    hta = sample_meeting.find_item("4a")
    hta.blocks = [b for b in hta.blocks if b.type != "subheading"]
    hta.blocks.append(Block("paragraph", "The forum's chair will report in May."))
    meeting_id, path = _circulated(archive, sample_meeting, out)
    circulated = archive.record(meeting_id).version(1)
    edited = copy.deepcopy(circulated)
    blocks = edited.find_item("4a").blocks
    blocks[-2].findings.append(blocks.pop())  # read back as the last question's finding
    blocks.append(Block("paragraph", "Shop staff will be asked to attend."))
    comparison = compare_meetings(circulated, edited)
    returned = Returned(
        meeting_id,
        1,
        path,
        circulated,
        edited,
        comparison,
        corrections._corrections(circulated, edited, comparison),
    )
    assert _listed(returned) == [
        ("4a", "added", "paragraph", "Shop staff will be asked to attend.")
    ]
    done = apply_corrections(archive, returned)
    assert [c.number for c in done.applied] == [1]
    texts = [b.text for b in archive.load_meeting(meeting_id).find_item("4a").blocks]
    assert texts[-2:] == [
        "The forum's chair will report in May.",
        "Shop staff will be asked to attend.",
    ]
