"""Make the committed Word fixtures that need LibreOffice (run by hand, not by pytest).

    .venv/bin/python -m tests.wordimport.make_fixtures

``tests/fixtures/word/sample-shaped-libreoffice.docx`` is the sample-shaped
document of :mod:`tests.wordimport.documents` saved again by LibreOffice: turned
into OpenDocument (``soffice --headless --convert-to odt``) and back into Word
(``--convert-to docx``), so that the tests read a package written by another
word processor (its own styles, numbering, settings and XML habits). It is
committed because LibreOffice is not on every machine that runs the tests.

Two files the import must refuse, each with its own advice:

- ``legacy.doc``: a short letter saved by LibreOffice as "Word 97-2003" (an OLE
  compound file holding a ``WordDocument`` stream);
- ``password.docx``: a short .docx encrypted with the password "secret" as Word
  does it (an OLE compound file holding ``EncryptionInfo`` and
  ``EncryptedPackage``), by msoffcrypto-tool (``pip install msoffcrypto-tool``;
  needed only here, not by minutetaker or its tests).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.wordimport.documents import sample_shaped

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "word"


def _soffice(fmt: str, source: Path, folder: Path, profile: str) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to make these fixtures")
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", fmt, "--outdir", str(folder), str(source)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return folder / f"{source.stem}.{fmt}"


def refused_documents(folder: Path) -> None:
    from tests.wordimport.builder import WordBuilder

    builder = WordBuilder()
    builder.para("A short letter to the Kingsford residents' association.")
    with tempfile.TemporaryDirectory() as work:
        letter = builder.save(Path(work) / "legacy.docx")
        made = _soffice("doc", letter, Path(work) / "doc", (Path(work) / "p").as_uri())
        shutil.copy(made, folder / "legacy.doc")
        import msoffcrypto.format.ooxml as ooxml  # only for making the fixture

        with letter.open("rb") as plain, (folder / "password.docx").open("wb") as locked:
            ooxml.OOXMLFile(plain).encrypt("secret", locked)


def libreoffice_round_trip(source: Path, target: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to make this fixture")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        profile = (work / "profile").as_uri()
        copy = work / "minutes.docx"
        shutil.copy(source, copy)
        for fmt, src, out in (("odt", copy, work / "odt"), ("docx", work / "odt" / "minutes.odt",
                                                            work / "docx")):  # fmt: skip
            subprocess.run(
                [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                 "--convert-to", fmt, "--outdir", str(out), str(src)],
                check=True, capture_output=True, timeout=120,
            )  # fmt: skip
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(work / "docx" / "minutes.docx", target)
    return target


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        typed = sample_shaped(Path(folder) / "sample.docx")
        made = libreoffice_round_trip(typed, FIXTURES / "sample-shaped-libreoffice.docx")
    refused_documents(FIXTURES)
    print(f"wrote {made}, legacy.doc and password.docx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
