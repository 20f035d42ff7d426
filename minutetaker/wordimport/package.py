"""Opening a Word file safely, or saying plainly why it cannot be opened.

Before python-docx is given the file, the first bytes and the zip's directory are
looked at, so that a file which is not a .docx is named for what it is (an old
.doc, a password-protected document, a Rich Text file, an OpenDocument text) with
what to do about it, and a file whose parts would unpack to far more than any
minutes (a "zip bomb") is refused before one byte of it is inflated.

The limits are generous: minutes of fifty pages come to well under a megabyte of
XML. python-docx reads every part into memory, so the total is limited too; the
zip module itself never inflates a part past the size its directory declares.
"""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

from minutetaker.wordimport.errors import WordImportError

MAX_FILE_BYTES = 100 * 1024 * 1024  # the .docx as it stands on disk
MAX_XML_PART_BYTES = 16 * 1024 * 1024  # one XML part, unpacked (some 600 pages of minutes)
MAX_PART_BYTES = 64 * 1024 * 1024  # any one part (a picture), unpacked
MAX_TOTAL_BYTES = 160 * 1024 * 1024  # every part together, unpacked
MAX_PARTS = 2000

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_SAVE_AS_DOCX = "open it in Word and save it as a Word Document (.docx), then import that"
_ODT = "application/vnd.oasis.opendocument.text"
_OTHER_OFFICE = {
    "xl/": "an Excel workbook",
    "ppt/": "a PowerPoint presentation",
}


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f} MB"


def check_word_file(path: Path) -> None:
    """Raise WordImportError unless ``path`` looks like a .docx that is safe to open."""
    source = str(path)
    try:
        found = path.stat()
        size = found.st_size
        if stat.S_ISDIR(found.st_mode):
            raise WordImportError(source, "this is a folder, not a Word document")
        if not stat.S_ISREG(found.st_mode):  # a pipe could wait for ever
            raise WordImportError(
                source, "this is not an ordinary file (a device, a pipe or a socket)"
            )
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise WordImportError(
            source, "there is no such file", "check the name and folder"
        ) from None
    except PermissionError:
        raise WordImportError(
            source, "the file cannot be read (permission denied)", "close it in Word and try again"
        ) from None
    except OSError as error:
        raise WordImportError(source, f"the file cannot be read ({error.strerror})") from None
    if size == 0:
        raise WordImportError(
            source, "the file is empty (0 bytes)", "save the minutes again in Word and import that"
        )
    if size > MAX_FILE_BYTES:
        raise WordImportError(
            source,
            f"the file is {_megabytes(size)}, far larger than any minutes",
            "import the minutes without the pictures or attachments",
        )
    if head.startswith(_OLE):
        raise _ole_error(path, source)
    if not head.startswith(_ZIP):
        raise WordImportError(source, _what_text_is(path, head), _SAVE_AS_DOCX)
    _check_zip(path, source)


def _ole_error(path: Path, source: str) -> WordImportError:
    """An OLE compound file: Word writes an encrypted .docx, and the old .doc, this way."""
    data = path.read_bytes() if path.stat().st_size <= 64 * 1024 * 1024 else b""
    if (
        "EncryptedPackage".encode("utf-16-le") in data
        or "EncryptionInfo".encode("utf-16-le") in data
    ):
        return WordImportError(
            source,
            "the document is protected by a password",
            "open it in Word, remove the password (File > Info > Protect Document > "
            "Encrypt with Password, then clear it), save it and import it again",
        )
    return WordImportError(
        source, "this is an old-style Word 97-2003 document (.doc)", _SAVE_AS_DOCX
    )


def _what_text_is(path: Path, head: bytes) -> str:
    with path.open("rb") as handle:
        start = handle.read(512).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"{\\rtf"):
        return "this is a Rich Text (.rtf) file, not a Word document"
    if start.startswith(b"<?xml") and b"word" in start:
        return "this is a Word 2003 XML file, not a Word document (.docx)"
    if start.startswith((b"<html", b"<!doctype html", b"<?xml")):
        return "this is a web page (HTML or XML), not a Word document"
    if head.startswith(b"%PDF"):
        return "this is a PDF, not a Word document"
    return "this is not a Word document (.docx): it is not even a zip file"


def _check_zip(path: Path, source: str) -> None:
    damaged = WordImportError(
        source,
        "the file is damaged: it starts like a Word document but cannot be unpacked",
        "open it in Word (which may repair it), save it and import it again",
    )
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_sizes(infos, source)
            names = {info.filename for info in infos}
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except WordImportError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise damaged from None
    if mimetype.startswith(_ODT.encode()):
        raise WordImportError(
            source,
            "this is an OpenDocument text (.odt), not a Word document",
            "save it as Word Document (.docx) in LibreOffice or Word, then import that",
        )
    if "[Content_Types].xml" not in names or not any(n.startswith("word/") for n in names):
        kind = next(
            (
                what
                for folder, what in _OTHER_OFFICE.items()
                if any(n.startswith(folder) for n in names)
            ),
            "",
        )
        found = f"it is {kind}" if kind else "it is a zip file of something else"
        raise WordImportError(source, f"this is not a Word document: {found}", _SAVE_AS_DOCX)


def _check_sizes(infos: list[zipfile.ZipInfo], source: str) -> None:
    """Refuse, from the zip's directory alone, parts that would unpack too far."""
    if len(infos) > MAX_PARTS:
        raise WordImportError(
            source,
            f"the file holds {len(infos):,} parts, far more than a Word document has",
            "it may be damaged or not a Word document at all",
        )
    total = 0
    for info in infos:
        limit = MAX_XML_PART_BYTES if info.filename.endswith((".xml", ".rels")) else MAX_PART_BYTES
        total += info.file_size
        if info.file_size > limit or total > MAX_TOTAL_BYTES:
            raise WordImportError(
                source,
                f"a part of it ({info.filename}) would unpack to {_megabytes(info.file_size)} "
                "or more, far more than any minutes",
                "the file may be damaged or built to do harm, so it was not opened",
            )
