import datetime as dt

import pytest

from minutetaker.domain.model import Block
from tests.samples import delete_meeting, sample_meeting


def _store(archive, date, edit=None):
    meeting = sample_meeting()
    meeting.date = date
    for _, action in meeting.actions():
        action.id = f"{action.id}-{date.isoformat()}"
    for item in meeting.walk_items():
        if item.brought_forward:
            item.brought_forward.action_id = ""
    if edit:
        edit(meeting)
    return archive.add_meeting(meeting)


def test_words_in_blocks_findings_actions_and_people_are_found(archive):
    _store(archive, dt.date(2031, 3, 18))
    assert archive.search("shoplifting")[0].item_number == "4a"
    assert archive.search("retail parks")[0].item_number == "4a"  # a finding
    assert archive.search("forum minutes")[0].item_number == "4a"  # an action
    assert archive.search("Okafor")[0].item_heading == "Meeting details and attendance"


def test_the_index_follows_an_edit(archive):
    meeting_id = _store(archive, dt.date(2031, 3, 18))
    meeting = archive.load_meeting(meeting_id)
    item = meeting.find_item("5")
    item.blocks = [Block("paragraph", "The helicopter contract was renewed.")]
    archive.save_item(meeting_id, item)
    assert archive.search("helicopter")[0].item_number == "5"
    assert archive.search("fire governance") == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "AND",
        "shoplifting AND",
        "(",
        ")",
        "a:b",
        "NEAR(",
        "*",
        "-",
        '"unclosed phrase',
        "OR",
        "^",
        "NOT NOT",
        "{}",
        "'",
        "ḟóó",
        "😀",
        "עברית",
    ],
)
def test_no_typed_query_is_an_error(archive, query):
    _store(archive, dt.date(2031, 3, 18))
    archive.search(query)  # must not raise


def test_case_and_plurals_fold(archive):
    _store(archive, dt.date(2031, 3, 18))
    assert archive.search("EASTPORT")
    assert archive.search("offence")  # the notes say "offences"


def test_phrases_prefixes_and_exclusions(archive):
    _store(archive, dt.date(2031, 3, 18))
    assert archive.search('"cash machine"')
    assert not archive.search('"machine cash"')
    assert archive.search("shopl*")[0].item_number == "4a"
    with_exclusion = archive.search("eastport -shoplifting")
    assert with_exclusion and all(hit.item_number != "4a" for hit in with_exclusion)


def test_headings_outrank_body_text_and_newer_meetings_win_ties(archive):
    def heading_case(meeting):
        meeting.find_item("5").blocks = [Block("paragraph", "Custody was mentioned in passing.")]

    _store(archive, dt.date(2031, 3, 18), heading_case)
    _store(archive, dt.date(2031, 4, 15), heading_case)
    hits = archive.search("custody")
    # 4c's heading is not "custody", but its body is; item 5 only mentions it once.
    assert hits[0].date == dt.date(2031, 4, 15)
    headed = archive.search("strategic initiatives")
    assert headed[0].item_number == "4b" and headed[0].date == dt.date(2031, 4, 15)


def test_filters_by_date_and_owner(archive):
    _store(archive, dt.date(2031, 3, 18))
    _store(archive, dt.date(2031, 4, 15))
    april = archive.search("Eastport", date_from=dt.date(2031, 4, 1))
    assert april and {h.date for h in april} == {dt.date(2031, 4, 15)}
    assert {h.item_number for h in archive.search("retail", owner="CC")} == {"4a"}
    assert archive.search("retail", owner="PCC") == []


def test_a_search_can_keep_to_one_meeting_even_beside_another_on_the_same_day(archive):
    march = _store(archive, dt.date(2031, 3, 18))
    _store(archive, dt.date(2031, 4, 15))

    def second(meeting):
        meeting.title = "Extraordinary meeting"
        for _, action in meeting.actions():
            action.id += "-x"

    same_day = _store(archive, dt.date(2031, 3, 18), edit=second)
    assert len({h.meeting_id for h in archive.search("Eastport", limit=500)}) == 3
    for meeting_id in (march, same_day):
        hits = archive.search("Eastport", meeting_id=meeting_id, limit=500)
        assert hits and {h.meeting_id for h in hits} == {meeting_id}
    assert archive.search("Eastport", meeting_id=10**6) == []


def test_snippets_mark_the_words(archive):
    _store(archive, dt.date(2031, 3, 18))
    assert "[shoplifting]" in archive.search("shoplifting")[0].snippet


def test_section_and_actions_only_filters(archive):
    _store(archive, dt.date(2031, 3, 18))
    assert {h.item_number for h in archive.search("Eastport", section="4")} == {"4a"}
    assert {h.item_number for h in archive.search("Eastport", section="2")} == {"2"}
    # "retail" is in 4a's notes and its actions; "parks" only in the notes.
    assert [h.item_number for h in archive.search("retail", actions_only=True)] == ["4a"]
    assert archive.search("parks", actions_only=True) == []


def test_changing_a_meeting_date_keeps_it_findable_under_the_new_date(archive):
    meeting_id = _store(archive, dt.date(2031, 3, 18))
    meeting = archive.load_meeting(meeting_id)
    meeting.date = dt.date(2029, 6, 5)
    archive.save_details(meeting)
    hits = archive.search("shoplifting")
    assert [h.date for h in hits] == [dt.date(2029, 6, 5)]
    assert archive.search("shoplifting", date_from=dt.date(2031, 1, 1)) == []
    assert archive.integrity_ok(quick=False)


def test_the_full_text_index_stays_in_step_with_the_text(archive):
    meeting_id = _store(archive, dt.date(2031, 3, 18))
    meeting = archive.load_meeting(meeting_id)
    meeting.find_item("3").blocks.append(Block("bullet", "New words here."))
    archive.save_item(meeting_id, meeting.find_item("3"))
    meeting.date = dt.date(2031, 3, 25)
    archive.save_details(meeting)
    _store(archive, dt.date(2031, 4, 15))
    delete_meeting(archive, meeting_id)
    # FTS5's own check compares the index with the search_text rows it indexes.
    archive.conn.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")
