"""Word work off the window's thread: python-docx documents are freed on the
thread that made them, before it lets another thread work on Word documents
(see minutetaker/export/word_work.py and docs/reliability.md)."""

from __future__ import annotations

import gc
import threading
import weakref

import docx
import pytest

from minutetaker.export import export_docx
from minutetaker.export.word_work import word_work
from minutetaker.wordimport.reader import read_word_minutes
from tests.samples import sample_meeting
from tests.wordimport import documents as doc


@pytest.fixture
def freed(monkeypatch):
    """Every python-docx document opened from now on: the name of the thread its
    package was freed on, once it is (None until then)."""
    where: list[dict] = []
    real = docx.Document

    def watched(*args, **kwargs):
        document = real(*args, **kwargs)
        seen = {"freed on": None}
        weakref.finalize(
            document.part.package,
            lambda: seen.__setitem__("freed on", threading.current_thread().name),
        )
        where.append(seen)
        return document

    monkeypatch.setattr(docx, "Document", watched)
    return where


def _on_a_thread(work) -> None:
    failures = []

    def run() -> None:
        try:
            work()
        except Exception as error:  # reported below
            failures.append(error)

    thread = threading.Thread(target=run, name="word-worker")
    thread.start()
    thread.join()
    assert not failures


def test_minutes_read_on_a_thread_are_freed_there_before_it_goes_on(freed, tmp_path):
    path = doc.sample_shaped(tmp_path / "august.docx")
    freed.clear()  # (made here, with python-docx too)
    _on_a_thread(lambda: read_word_minutes(path))
    # Not left to whichever thread collects next (the window's): freed already.
    assert [seen["freed on"] for seen in freed] == ["word-worker"]


def test_a_document_written_on_a_thread_is_freed_there(freed, tmp_path):
    _on_a_thread(lambda: export_docx(sample_meeting(), tmp_path / "notes.docx"))
    assert [seen["freed on"] for seen in freed] == ["word-worker"]
    assert docx.Document(str(tmp_path / "notes.docx")).paragraphs  # and it was written


def test_a_document_that_fails_is_freed_too_and_the_failure_still_says_why(freed, tmp_path):
    def opened_then_failed() -> None:
        document = docx.Document()
        document.add_paragraph("Northshire")
        raise ValueError("the disk went away")

    def work() -> None:
        with pytest.raises(ValueError, match="the disk went away"):
            word_work(opened_then_failed)

    _on_a_thread(work)
    assert [seen["freed on"] for seen in freed] == ["word-worker"]


def test_automatic_collection_pauses_during_word_work_and_comes_back_as_it_was():
    seen = []
    assert gc.isenabled()
    word_work(lambda: seen.append(gc.isenabled()))
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        word_work(lambda: seen.append(gc.isenabled()))
        assert not gc.isenabled()  # left off, as it was found
    finally:
        gc.enable()


def test_word_work_inside_word_work_collects_once_at_the_end(freed):
    def inner() -> str:
        docx.Document().add_paragraph("inner")
        return "inner"

    def outer() -> list[str]:
        got = [word_work(inner)]
        # The inner document is garbage but not collected until the outer work ends.
        assert freed[0]["freed on"] is None
        assert not gc.isenabled()
        return got

    assert word_work(outer) == ["inner"]
    assert freed[0]["freed on"] == threading.current_thread().name
    assert gc.isenabled()


def test_two_threads_never_work_on_word_documents_at_once(tmp_path):
    inside, most = [0], [0]
    lock = threading.Lock()

    def work() -> None:
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        docx.Document().save(str(tmp_path / f"{threading.get_ident()}.docx"))
        with lock:
            inside[0] -= 1

    threads = [
        threading.Thread(target=lambda: [word_work(work) for _ in range(5)]) for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most[0] == 1
