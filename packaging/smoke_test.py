"""Smoke test for a built bundle: does it run where no Python and no venv are?

    python packaging/smoke_test.py [BUNDLE]      (default: dist/minutetaker)

The bundle folder is first copied to a fresh temporary folder outside the
checkout, and every run gets an environment as bare as ``env -i PATH=/usr/bin:/bin
HOME=...`` (a temporary HOME), so nothing of the project's .venv, PYTHONPATH or
the checkout can be reached. It then checks, with the bundle alone:

- ``--version`` names the version in minutetaker/__init__.py;
- ``demo``, ``list`` (plain and ``--json``), ``show``, ``search`` and ``actions``;
- ``export`` to .docx (full and public) and to .json, and ``import`` refusing a
  file that breaks the schema (so jsonschema's data came along);
- ``check`` finds the slips of an imported meeting, the British spelling
  suggested first (so the spelling engine and its dictionary came along), and
  the bundle carries the prepared dictionary (en_GB.prepared) beside the
  .aff/.dic, the same as the checkout's (without it the check still works,
  three times slower);
- the window opens on the offscreen platform and quits, and on a real X server
  (xcb) too when Xvfb is installed.

No run may write a Python traceback. Prints the start-up times, ends with
``smoke: N passed, N failed`` and exits 1 if anything failed. Uses the standard
library only, so any Python 3.11 runs it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = sys.platform == "win32"
PROGRAM = "minutetaker.exe" if WINDOWS else "minutetaker"
# Printed by the GUI when MINUTETAKER_QUIT_WHEN_SHOWN=1: "shown <epoch seconds>".
SHOWN = re.compile(r"^shown (\d+(?:\.\d+)?)$", re.MULTILINE)


def project_version() -> str | None:
    init = ROOT / "minutetaker" / "__init__.py"
    if not init.is_file():
        return None
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', init.read_text("utf-8"), re.M)
    return match.group(1) if match else None


@dataclass
class Result:
    code: int | None  # None: still running at the time limit, then stopped
    out: str
    err: str
    seconds: float


@dataclass
class Smoke:
    program: Path
    home: Path
    data: Path
    timeout: float
    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    timings: dict[str, list[float]] = field(default_factory=dict)

    def environment(self, **extra: str) -> dict[str, str]:
        """As bare as ``env -i``: a PATH of system folders and a temporary HOME."""
        if WINDOWS:
            keep = ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "COMSPEC")
            env = {k: os.environ[k] for k in keep if k in os.environ}
            env["PATH"] = os.path.join(os.environ.get("SYSTEMROOT", r"C:\Windows"), "System32")
            env["USERPROFILE"] = str(self.home)
            env["LOCALAPPDATA"] = str(self.home / "AppData" / "Local")
            env["APPDATA"] = str(self.home / "AppData" / "Roaming")
        else:
            env = {"PATH": "/usr/bin:/bin", "HOME": str(self.home)}
        env.update(extra)
        return env

    def run(self, *args: str, env: dict[str, str] | None = None, stop_after=None) -> Result:
        """Run the bundle's program; with ``stop_after``, stop it if still running then."""
        command = [str(self.program), *args]
        started = time.perf_counter()
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env or self.environment(),
            cwd=self.home,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        try:
            out, err = process.communicate(timeout=stop_after or self.timeout)
            code: int | None = process.returncode
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                out, err = process.communicate(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                out, err = process.communicate()
            code = None
        return Result(code, out, err, time.perf_counter() - started)

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        if ok:
            self.passed.append(name)
            print(f"  ok    {name}")
        else:
            self.failed.append(name)
            print(f"  FAIL  {name}")
            if detail:
                print("        " + detail.strip().replace("\n", "\n        "))
        return ok

    def command(
        self,
        name: str,
        *args: str,
        expect: int = 0,
        output: str | None = None,
        error: str | None = None,
    ) -> Result:
        """Run a command; it must exit with ``expect``, print ``output`` and
        ``error`` (regular expressions) and write no traceback."""
        result = self.run(*args)
        problems = []
        if result.code != expect:
            problems.append(f"exit status {result.code}, expected {expect}")
        if "Traceback" in result.err:
            problems.append("a traceback on standard error")
        if output and not re.search(output, result.out, re.M):
            problems.append(f"standard output does not match {output!r}")
        if error and not re.search(error, result.err, re.M):
            problems.append(f"standard error does not match {error!r}")
        detail = "; ".join(problems)
        detail += f"\nstdout: {result.out[-800:]}\nstderr: {result.err[-1500:]}"
        self.check(f"{name}  ({' '.join(args)})", not problems, detail)
        return result

    def time(self, label: str, seconds: float) -> None:
        self.timings.setdefault(label, []).append(seconds)


def check_docx(smoke: Smoke, path: Path, label: str) -> None:
    try:
        with zipfile.ZipFile(path) as docx:
            names = set(docx.namelist())
            body = docx.read("word/document.xml").decode("utf-8")
        ok = {"word/document.xml", "word/styles.xml", "[Content_Types].xml"} <= names
        ok = ok and "Monthly Assurance Meeting" in body
        smoke.check(f"{label} is a Word document with the meeting in it", ok, str(sorted(names)))
    except (OSError, KeyError, zipfile.BadZipFile) as error:
        smoke.check(f"{label} is a Word document with the meeting in it", False, repr(error))


def check_spelling(smoke: Smoke, exported: Path) -> None:
    """The spell check from the bundle: its dictionary and engine came along."""
    shipped = ROOT / "resources" / "dictionaries" / "en_GB.prepared"
    found = sorted(smoke.program.parent.rglob("en_GB.prepared"))
    beside = [p for p in found if all(p.with_suffix(s).is_file() for s in (".aff", ".dic"))]
    ok = len(beside) == 1 and (
        not shipped.is_file() or beside[0].read_bytes() == shipped.read_bytes()
    )
    smoke.check("the prepared dictionary is in the bundle, beside en_GB.aff/.dic", ok, str(found))
    data = str(smoke.data)
    smoke.command("check of a demo meeting", "--data-dir", data, "check", "1",
                  output="no misspelt words")  # fmt: skip
    slipped = smoke.data / "slipped.json"
    try:
        meeting = json.loads(exported.read_text("utf-8"))
        meeting["title"] = "Spelling Check Meeting"
        meeting["items"][0]["blocks"] = [
            {"type": "paragraph", "text": "The comittee will organize a review."}
        ]
        items = list(meeting["items"])
        while items:  # every action id made new: the archive holds the originals
            item = items.pop()
            items += item.get("items", [])
            for action in item.get("actions", []):
                action["id"] = action["id"] + "-slipped"
        slipped.write_text(json.dumps(meeting), "utf-8")
    except (OSError, ValueError, TypeError, KeyError, IndexError) as error:
        smoke.check("a meeting with slips to check", False, repr(error))
        return
    smoke.command("import a meeting with slips", "--data-dir", data, "import", str(slipped))
    listing = smoke.run("--data-dir", data, "list", "--json")
    try:
        ids = [m["id"] for m in json.loads(listing.out) if m["title"] == "Spelling Check Meeting"]
    except (ValueError, KeyError, TypeError):
        ids = []
    if not ids:
        smoke.check("the meeting with slips is listed", False, listing.out[-500:])
        return
    found = smoke.command("check --json", "--data-dir", data, "check", str(ids[0]), "--json")
    smoke.time("check (a short meeting)", found.seconds)
    try:
        words = {f["text"]: f["suggestions"] for f in json.loads(found.out)}
    except (ValueError, KeyError, TypeError):
        words = {}
    ok = words.get("comittee", [""])[:1] == ["committee"]
    ok = ok and words.get("organize", [""])[:1] == ["organise"]
    smoke.check("check flags the slips, British spelling first", ok, found.out[-800:])


def check_window(smoke: Smoke, label: str, platform: str, **extra: str) -> None:
    """Open the window, wait for it to be shown, and let it quit by itself."""
    env = smoke.environment(
        QT_QPA_PLATFORM=platform,
        MINUTETAKER_QUIT_WHEN_SHOWN="1",
        MINUTETAKER_SETTINGS_DIR=str(smoke.home / "settings"),
        **extra,
    )
    started = time.time()
    result = smoke.run("--data-dir", str(smoke.data), env=env, stop_after=smoke.timeout)
    shown = SHOWN.search(result.out)
    detail = f"exit status {result.code}\nstdout: {result.out[-800:]}\nstderr: {result.err[-2000:]}"
    if shown:
        smoke.time(f"window shown ({label})", float(shown.group(1)) - started)
        ok = result.code == 0 and "Traceback" not in result.err
        smoke.check(f"the window opens and quits ({label})", ok, detail)
    elif result.code is None:
        # A GUI without the quit-when-shown hook: still running at the time limit
        # and no traceback counts as started.
        ok = "Traceback" not in result.err
        name = f"the window started, stopped after {smoke.timeout:.0f} s ({label})"
        smoke.check(name, ok, detail)
    else:
        smoke.check(f"the window opens and quits ({label})", False, detail)


def start_xvfb(home: Path) -> tuple[subprocess.Popen, str] | None:
    """A private X server for the xcb check, or None where there is no Xvfb."""
    xvfb = shutil.which("Xvfb")
    if WINDOWS or not xvfb:
        return None
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=home,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        server.wait()
        return None
    return server, f":{number}"


def smoke_test(bundle: Path, timeout: float, repeats: int) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="minutetaker-smoke-"))
    try:
        copy = scratch / "elsewhere" / bundle.name
        shutil.copytree(bundle, copy, symlinks=True)
        home = scratch / "home"
        home.mkdir()
        smoke = Smoke(copy / PROGRAM, home, scratch / "archive", timeout)
        print(f"Smoke test of {bundle} (copied to {copy}):")

        version = project_version()
        wanted = rf"^minutetaker {re.escape(version)}$" if version else r"^minutetaker \S+$"
        smoke.command("--version", "--version", output=wanted)
        smoke.command("--help", "--help", output=r"export")
        smoke.command("no such command", "frobnicate", expect=2)

        data = str(smoke.data)
        smoke.command("demo", "--data-dir", data, "demo", "--meetings", "3", output="Added 3")
        listing = smoke.command("list", "--data-dir", data, "list")
        smoke.check("list shows three meetings", len(listing.out.strip().splitlines()) == 3)
        as_json = smoke.command("list --json", "--data-dir", data, "list", "--json")
        try:
            ids = [meeting["id"] for meeting in json.loads(as_json.out)]
        except (ValueError, KeyError, TypeError):
            ids = []
        smoke.check("list --json gives three meetings", len(ids) == 3, as_json.out[-500:])
        smoke.command("show", "--data-dir", data, "show", "1", output="Monthly Assurance")
        smoke.command("search", "--data-dir", data, "search", "police", output="meeting")
        smoke.command("actions", "--data-dir", data, "actions")

        # Exports go beside the archive's folder, never into it (it refuses them).
        exports = scratch / "exports"
        exports.mkdir()
        full = exports / "notes 1.docx"
        public = exports / "public 1.docx"
        exported = exports / "meeting 1.json"
        smoke.command("export .docx", "--data-dir", data, "export", "1", "--out", str(full))
        check_docx(smoke, full, "the export")
        smoke.command(
            "export --public", "--data-dir", data, "export", "1", "--public", "--out", str(public)
        )
        check_docx(smoke, public, "the public export")
        smoke.command("export .json", "--data-dir", data, "export", "1", "--out", str(exported))
        broken = exports / "broken.json"
        try:
            meeting = json.loads(exported.read_text("utf-8"))
            meeting["date"] = 20310318  # a number where the schema wants a string
            broken.write_text(json.dumps(meeting), "utf-8")
        except (OSError, ValueError, TypeError):
            broken.write_text("{}", "utf-8")
        # The message comes from checking the file against the JSON Schema: the
        # validator, its meta-schemas and our schema came along.
        smoke.command("import refuses a file against the schema", "--data-dir", data,
                      "import", str(broken), expect=1,
                      error="date: expected a date as YYYY-MM-DD, got 20310318")  # fmt: skip

        check_spelling(smoke, exported)

        for _ in range(repeats):
            smoke.time("--version", smoke.run("--version").seconds)
            smoke.time("list", smoke.run("--data-dir", data, "list").seconds)

        check_window(smoke, "offscreen", "offscreen")
        for _ in range(repeats - 1):
            check_window(smoke, "offscreen", "offscreen")
        if WINDOWS:
            check_window(smoke, "windows", "windows")
        else:
            found = start_xvfb(home)
            if found:
                server, display = found
                try:
                    check_window(smoke, "xcb on Xvfb", "xcb", DISPLAY=display)
                finally:
                    server.terminate()
                    server.wait()
            else:
                print("  skip  the window on xcb: Xvfb is not installed")

        print("Start-up, wall-clock seconds (median of runs, from a copy outside the checkout):")
        for label, values in smoke.timings.items():
            print(f"  {label:<28} {statistics.median(values):6.3f}  ({len(values)} runs)")
        print(f"smoke: {len(smoke.passed)} passed, {len(smoke.failed)} failed")
        return 1 if smoke.failed else 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "minutetaker")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds a run may take")
    parser.add_argument("--repeats", type=int, default=3, help="runs to time (default 3)")
    args = parser.parse_args(argv)
    if not (args.bundle / PROGRAM).is_file():
        print(f"smoke_test: no bundle at {args.bundle} (run `make package` first)", file=sys.stderr)
        return 2
    return smoke_test(args.bundle.resolve(), args.timeout, max(1, args.repeats))


if __name__ == "__main__":
    sys.exit(main())
