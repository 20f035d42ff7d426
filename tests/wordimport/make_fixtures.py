"""Make the committed Word fixtures that need LibreOffice (run by hand, not by pytest).

    .venv/bin/python -m tests.wordimport.make_fixtures

``tests/fixtures/word/sample-shaped-libreoffice.docx`` is the sample-shaped
document of :mod:`tests.wordimport.documents` saved again by LibreOffice: turned
into OpenDocument (``soffice --headless --convert-to odt``) and back into Word
(``--convert-to docx``), so that the tests read a package written by another
word processor (its own styles, numbering, settings and XML habits). It is
committed because LibreOffice is not on every machine that runs the tests.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.wordimport.documents import sample_shaped

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "word"


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
    print(f"wrote {made}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
