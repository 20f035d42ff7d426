"""Issue 14, point 7: bad input gets one plain sentence naming the file and what to
do, exit status 1, and nothing is written, not even an empty archive.

The zip bombs are refused from the zip's directory alone: the test watches the
memory Python allocates while the file is refused, and a part whose directory
entry lies about its size is caught by the zip module as damaged.
"""

from __future__ import annotations

import shutil
import struct
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest

from minutetaker.cli.main import main
from minutetaker.wordimport import WordImportError, read_word_minutes
from tests.wordimport.builder import WordBuilder

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "word"


def _zip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _bomb(path: Path, name: str, megabytes: int) -> Path:
    """A .docx whose ``name`` part inflates to ``megabytes`` MB of zeros (a few hundred KB
    on disk), beside a real document's other parts."""
    real = WordBuilder()
    real.para("Minutes")
    source = real.save(path.with_suffix(".real.docx"))
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename != name:
                out.writestr(info, src.read(info))
        with out.open(name, "w", force_zip64=True) as handle:
            for _ in range(megabytes):
                handle.write(chunk)
    return path


def _lying(path: Path) -> Path:
    """A .docx whose document.xml says, in both zip headers, that it is 200 bytes long."""
    real = WordBuilder()
    for n in range(300):
        real.para(f"Paragraph {n} of a long set of minutes about Kingsford.")
    source = real.save(path.with_suffix(".real.docx"))
    shutil.copy(source, path)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/document.xml")
    name = b"word/document.xml"
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at != -1:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                struct.pack_into("<I", data, at + offset, 200)
            at = data.find(signature, at + 4)
    assert info.file_size > 200
    path.write_bytes(bytes(data))
    return path


def _no_table(path: Path) -> Path:
    builder = WordBuilder()
    builder.paras("Monthly Assurance Meeting August 2029 – Meeting Notes", "Date: 21 August 2029")
    builder.paras("The meeting discussed burglary in Eastport.", "The PCC thanked everyone.")
    return builder.save(path)


def _no_date(path: Path) -> Path:
    builder = WordBuilder()
    builder.para("Monthly Assurance Meeting")
    table = builder.table(3)
    table.row("1", "OUTSTANDING MATTERS / ITEMS BROUGHT FORWARD", "ACTION")
    table.row("2", "OPERATIONAL AND REPUTATIONAL OPPORTUNITIES AND RISKS", "")
    return builder.save(path)


def _empty(path: Path) -> Path:
    document = docx.Document()
    document.save(str(path))
    return path


def _xlsx(path: Path) -> Path:
    return _zip(path, {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})


def _odt(path: Path) -> Path:
    return _zip(path, {"mimetype": b"application/vnd.oasis.opendocument.text",
                       "content.xml": b"<office:document-content/>"})  # fmt: skip


def _strict(path: Path) -> Path:
    """Word's "Strict Open XML Document": the same parts in other namespaces."""
    source = _no_date(path.with_suffix(".transitional.docx"))
    names = {
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main": (
            b"http://purl.oclc.org/ooxml/wordprocessingml/main"
        ),
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships": (
            b"http://purl.oclc.org/ooxml/officeDocument/relationships"
        ),
    }
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("word/") and info.filename.endswith(".xml"):
                for old, new in names.items():
                    data = data.replace(old, new)
            out.writestr(info, data)
    return path


def _truncated(path: Path) -> Path:
    whole = _no_table(path.with_suffix(".whole.docx")).read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    return path


CASES = {
    # name: (how the file is made, words the sentence must hold)
    "text file": (lambda p: p.write_text("Minutes of the meeting") and p, "not even a zip file"),
    "PDF": (lambda p: p.write_bytes(b"%PDF-1.7\n...") and p, "this is a PDF"),
    "Rich Text": (lambda p: p.write_text("{\\rtf1 Minutes}") and p, "Rich Text (.rtf)"),
    "empty file": (lambda p: p.write_bytes(b"") or p, "the file is empty (0 bytes)"),
    "zip of something else": (lambda p: _zip(p, {"notes.txt": b"hello"}), "zip file of something"),
    "Excel workbook": (_xlsx, "an Excel workbook"),
    "OpenDocument text": (_odt, "OpenDocument text (.odt)"),
    "damaged zip": (_truncated, "damaged"),
    "Strict Open XML": (_strict, "Strict Open XML Document"),
    "password": (lambda p: shutil.copy(FIXTURES / "password.docx", p) and p, "password"),
    "legacy .doc": (lambda p: shutil.copy(FIXTURES / "legacy.doc", p) and p, "Word 97-2003"),
    "zip bomb in the text": (lambda p: _bomb(p, "word/document.xml", 40), "would unpack to"),
    "zip bomb in a picture": (lambda p: _bomb(p, "word/media/image1.png", 80), "would unpack to"),
    "a part that lies about its size": (_lying, "damaged"),
    "empty document": (_empty, "the document has no text in it"),
    "no minutes table": (_no_table, "no minutes table was found"),
    "no date": (_no_date, "the date of the meeting was not found"),
}
ADVICE = {
    "legacy .doc": "save it as a Word Document (.docx)",
    "password": "remove the password",
    "OpenDocument text": "save it as Word Document (.docx)",
    "Strict Open XML": "save it as a Word Document (.docx)",
    "no date": "add a line such as 'Date: Tuesday 22 August 2017'",
}


@pytest.mark.parametrize("case", list(CASES))
def test_one_sentence_naming_the_file_exit_1_and_nothing_written(case, tmp_path, capsys):
    make, words = CASES[case]
    suffix = ".doc" if case == "legacy .doc" else ".docx"
    path = make(tmp_path / f"minutes{suffix}")
    folder = tmp_path / "archive"
    code = main(["--data-dir", str(folder), "import", str(path)])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"minutetaker: {path}: ")
    assert words in err
    assert ADVICE.get(case, "") in err
    assert err.rstrip().endswith(".")
    assert not folder.exists()  # not even an empty archive


def test_zip_bombs_are_refused_without_inflating_them(tmp_path):
    path = _bomb(tmp_path / "bomb.docx", "word/document.xml", 200)  # 200 MB of zeros
    assert path.stat().st_size < 2 * 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(WordImportError, match="would unpack to"):
            read_word_minutes(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


def test_a_refused_file_in_a_batch_refuses_the_batch(tmp_path, capsys):
    from tests.wordimport.documents import sample_shaped

    good = sample_shaped(tmp_path / "august.docx")
    bad = _no_table(tmp_path / "september.docx")
    folder = tmp_path / "archive"
    code = main(["--data-dir", str(folder), "import", str(good), str(bad)])
    assert code == 1
    assert "september.docx" in capsys.readouterr().err
    assert not folder.exists()


def test_a_file_that_is_neither_kind(tmp_path, capsys):
    path = tmp_path / "minutes.txt"
    path.write_text("Minutes")
    code = main(["--data-dir", str(tmp_path / "archive"), "import", str(path)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"{path}: minutetaker imports meeting files (.json) and Word minutes (.docx)" in err


def test_the_command_line_loads_no_word_reader_until_a_document_is_read():
    """Every command knows the reader's error types; none pays for lxml to know them."""
    import subprocess
    import sys

    code = (
        "import sys, minutetaker.cli.failures, minutetaker.cli.commands\n"
        "print(sorted(m for m in sys.modules if m.startswith(('lxml', 'docx', "
        "'minutetaker.wordimport.reader'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no named pipes")
def test_a_pipe_named_like_a_word_document_is_not_waited_for(tmp_path, capsys):
    import os

    pipe = tmp_path / "minutes.docx"
    os.mkfifo(pipe)
    code = main(["--data-dir", str(tmp_path / "archive"), "import", str(pipe)])
    assert code == 1
    assert "this is not an ordinary file (a device, a pipe or a socket)" in capsys.readouterr().err
    from minutetaker.wordimport.package import check_word_file

    with pytest.raises(WordImportError, match="not an ordinary file"):
        check_word_file(pipe)  # the reader itself never opens it either
