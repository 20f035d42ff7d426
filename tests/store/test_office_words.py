"""The office dictionary and the words ignored in one meeting, in the archive."""

from __future__ import annotations

import pytest

from minutetaker.store import Archive
from minutetaker.store.errors import NotFound
from minutetaker.store.office_words import NotAWord
from tests.samples import delete_meeting


def test_words_added_are_listed_in_order_and_survive_reopening(data_dir):
    with Archive.open(data_dir) as archive:
        assert archive.words.office() == []
        assert archive.words.add("Hindlip")
        assert archive.words.add("  Smartwater ")
        assert archive.words.add("brigaded")
    with Archive.open(data_dir) as archive:
        assert archive.words.office() == ["brigaded", "Hindlip", "Smartwater"]


def test_a_word_is_one_word_whatever_its_case(archive):
    assert archive.words.add("Hindlip")
    assert not archive.words.add("hindlip")
    assert archive.words.office() == ["Hindlip"]
    assert archive.words.remove("HINDLIP")
    assert not archive.words.remove("Hindlip")
    assert archive.words.office() == []


@pytest.mark.parametrize("word", ["", "   ", "two words", "x" * 101])
def test_what_is_not_one_word_is_refused_with_a_sentence(archive, word):
    with pytest.raises(NotAWord) as refused:
        archive.words.add(word)
    assert str(refused.value).endswith(".")
    assert archive.words.office() == []


def test_words_ignored_belong_to_their_meeting(archive, sample_meeting):
    first = archive.add_meeting(sample_meeting)
    sample_meeting.id = None
    second = archive.add_meeting(sample_meeting)
    assert archive.words.ignore(first, "Smartwater")
    assert not archive.words.ignore(first, "smartwater")
    assert archive.words.ignored(first) == ["Smartwater"]
    assert archive.words.ignored(second) == []
    assert archive.words.unignore(first, "SMARTWATER")
    assert archive.words.ignored(first) == []


def test_ignoring_in_a_meeting_that_is_not_there_is_refused(archive):
    with pytest.raises(NotFound):
        archive.words.ignore(999, "Smartwater")


def test_ignored_words_go_with_their_meeting(archive, sample_meeting):
    meeting_id = archive.add_meeting(sample_meeting)
    archive.words.ignore(meeting_id, "Smartwater")
    delete_meeting(archive, meeting_id)
    count = archive.conn.execute("SELECT count(*) FROM ignored_words").fetchone()[0]
    assert count == 0


def test_a_failed_change_leaves_the_dictionary_as_it_was(archive, monkeypatch):
    archive.words.add("Hindlip")
    from minutetaker.store import office_words

    def broken() -> str:
        raise RuntimeError("clock failed")

    monkeypatch.setattr(office_words, "_now", broken)
    with pytest.raises(RuntimeError):
        archive.words.add("Smartwater")
    assert archive.words.office() == ["Hindlip"]
    assert not archive.conn.in_transaction


def test_a_backup_carries_the_office_dictionary(data_dir):
    from minutetaker.store import backup as backups

    with Archive.open(data_dir) as archive:
        archive.words.add("Hindlip")
        taken = archive.backup()
        archive.words.remove("Hindlip")
    backups.restore(data_dir, taken.path)
    with Archive.open(data_dir) as archive:
        assert archive.words.office() == ["Hindlip"]
