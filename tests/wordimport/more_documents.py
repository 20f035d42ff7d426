"""More fictional minutes, none written by our exporter: another office's habits
(:func:`varied`), a reviewer's Track Changes (:func:`tracked`) and short minutes
for linking one month to the next (:func:`small`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.wordimport.builder import P, Run, WordBuilder
from tests.wordimport.documents import _opening

# -- a second office's habits: one document, many of the ways people type ----------------


def varied(path: Path, *, marking_in: str = "footer", marking: str = "OFFICIAL-SENSITIVE") -> Path:
    """Headings in other cases and punctuation (``&`` for "and", trailing colons),
    numbers with and without a full stop and some missing, Word's own bullets and
    typed ones, bold sub-headings, manual line breaks, text in content controls,
    smart tags, hyperlinks and fields, a typed "Not for publication" label, an
    owner's code with a date, and words in places the house format has none for."""
    b = WordBuilder()
    (b.footer if marking_in == "footer" else b.header)(f"Page 1 of 1\t{marking}")
    b.para("Northshire Office of the Police and Crime Commissioner")
    b.para(P("Monthly Assurance Meeting – March 2030", bold=True))
    b.paras("Date: 19/03/2030 at 2pm", "Chair – Alex Marsh", "Minute taker: Sam Petrie, OPCC")
    b.para(P(["Venue: ", Run("Conference Room 2")], wrap="sdt"))
    b.para("Present:")
    b.paras(
        "Alex Marsh – Police and Crime Commissioner (PCC)",
        "Dana Okafor – Chief Constable (CC)",
    )
    b.para("Apologies:")
    b.para("Rhys Llewellyn – Assistant Chief Constable (ACC)")
    b.para("Please read the papers before the meeting.")  # nowhere in the house format
    t = b.table(3)
    t.row(P("No.", bold=True), P("Item", bold=True), P("ACTION", bold=True))
    t.row("1", P("Outstanding Matters & Items Brought Forward:", bold=True), "")
    t.row("1.1", ["Action arising from the February 2030 meeting",
                  P("Rural crime – farm thefts", italic=True),
                  "Share the rural crime problem profile with the PCC.",
                  P("Update", bold=True),
                  "Profile delayed until the April board; carried forward."], "CC")  # fmt: skip
    t.row(
        "2",
        [
            P("Operational and Reputational Opportunities and Risks", bold=True),
            P("A theft from a cash machine in Eastport.", style="List Bullet"),
            P("A police horse was injured on duty.", listed="bullet"),
            "• A fire at the Westbrook depot",
            "Not for publication: names a witness",
            "• The witness to the depot fire is a serving officer.",
        ],
        "Noted",
    )
    t.row("3", ["Chief officer meeting – executive board update",
                "Line one of the update\nline two of the same paragraph"], "")  # fmt: skip
    t.row("", P("HOLDING TO ACCOUNT", bold=True), "")
    t.row(
        "4a.",
        [
            P("Performance against the Police & Crime Plan", bold=True),
            P("Building a safer Northshire – Westbrook", bold=True, italic=True),
            P("Q1. Can the CC explain the rise in burglary in Westbrook?", bold=True),
            P("Findings", bold=True),
            P(
                ["The ", Run("Westbrook", bold=False), " figures rose in the winter."],
                wrap="smarttag",
            ),
            P("Seasonal patterns", bold=True),
            P("See the force website for the figures.", wrap="hyperlink"),
            P("Q2) Is the CC confident the plan will work?"),
            P("Findings:"),
            P("The next review is due at Kingsford.", wrap="field"),
            "Actions arising",
        ],
        "",
    )
    t.row("", "Report on burglary in Westbrook by 30 April 2030.", "CC")
    t.row("", "Brief the PCC on the winter figures.", "ACC 30/04/30")
    t.row("", P("delivery of strategic initiatives", bold=True), "")
    t.row("", "No items on the agenda.", "")
    t.row("5", "ANY OTHER BUSINESS", "")
    t.row("", "None.", "")
    t.row("6", "Date of next meeting:", "")
    t.row("", "16 April 2030, 10.30am", "ALL")
    return b.save(path)


def tracked(path: Path) -> Path:
    """Minutes a reviewer edited with Track Changes on, written as Word writes them:
    words replaced (``w:del`` then ``w:ins``), a bullet deleted whole and one
    inserted whole, two paragraphs joined by deleting the mark between them, an
    action row inserted and one deleted, and the next meeting's date corrected."""
    b = WordBuilder()
    b.header("OFFICIAL")
    _opening(b)
    t = b.table(3)
    t.row("1", P("OUTSTANDING MATTERS / ITEMS BROUGHT FORWARD", bold=True), P("ACTION", bold=True))
    t.row("", "No actions were brought forward.", "")
    t.row(
        "2",
        [
            P("OPERATIONAL AND REPUTATIONAL OPPORTUNITIES AND RISKS", bold=True),
            P(
                [
                    "• A high value ",
                    Run("cash machine", change="del"),
                    Run("ATM", change="ins"),
                    " burglary occurred in Westbrook.",
                ]
            ),
            P([Run("• A rumour about the depot.", change="del")], mark="del"),
            P([Run("• A police horse was injured on duty.", change="ins")], mark="ins"),
            P("The review found that the data ", mark="del"),
            P("was accurate."),
        ],
        "",
    )
    t.row("", P([Run("The CC to brief the PCC on the depot.", change="ins")]),
          P([Run("CC", change="ins")]), change="ins")  # fmt: skip
    t.row("", P([Run("The ACC to visit the depot.", change="del")]),
          P([Run("ACC", change="del")]), change="del")  # fmt: skip
    t.row("6", P("DATE OF NEXT MEETING", bold=True), "")
    t.row("", P(["10:30 on ", Run("18", change="del"), Run("25", change="ins"),
                 " September 2029"]), "ALL")  # fmt: skip
    return b.save(path)


def small(
    path: Path,
    day: dt.date,
    *,
    brought: list[tuple[str, str, str, str]] = (),
    actions: list[tuple[str, str]] = (),
    following: dt.date | None = None,
) -> Path:
    """Short minutes in the house layout: ``brought`` holds (month year, subject,
    action, update) for each brought-forward record, ``actions`` (text, owner)."""
    b = WordBuilder()
    b.header("OFFICIAL")
    b.para(P(f"Monthly Assurance Meeting {day:%B %Y} – Meeting Notes", bold=True))
    b.para(f"Date: {day.day} {day:%B %Y} @ 10:30")
    b.para("Chair: Alex Marsh")
    t = b.table(3)
    t.row("1", P("OUTSTANDING MATTERS / ITEMS BROUGHT FORWARD", bold=True), P("ACTION", bold=True))
    for n, (when, subject, action, update) in enumerate(brought, start=1):
        t.row(f"1.{n}", [f"1.{n} - Action arising from the {when} meeting:", subject, action,
                         P("Update", bold=True), update], "")  # fmt: skip
    t.row("2", P("OPERATIONAL AND REPUTATIONAL OPPORTUNITIES AND RISKS", bold=True), "")
    t.row("", "• Nothing to report.", "")
    t.row("4a", [P("PERFORMANCE AGAINST THE POLICE AND CRIME PLAN", bold=True),
                 "Building a safer Northshire – Kingsford", P("Actions arising", bold=True)], "")  # fmt: skip
    for text, owner in actions:
        t.row("", text, owner)
    t.row("6", P("DATE OF NEXT MEETING", bold=True), "")
    if following is not None:
        t.row("", f"10:30 on {following.day} {following:%B %Y}", "ALL")
    return b.save(path)


def headings_outside(path: Path) -> Path:
    """Each agenda heading a paragraph of its own, its notes in a small table of notes
    and ACTION below it."""
    b = WordBuilder()
    b.para(P("Monthly Assurance Meeting – 15 January 2030", bold=True))
    b.para("Date: Tuesday 15 January 2030 at 10:30")
    b.para("")
    b.para(P("1. Outstanding matters / items brought forward", bold=True))
    t = b.table(2)
    t.row(P("Notes", bold=True), P("ACTION", bold=True))
    t.row("No actions were brought forward.", "")
    b.para(P("2. Operational and reputational opportunities and risks", bold=True))
    t = b.table(2)
    t.row("• A burglary at the Westbrook marina.", "")
    t.row("The CC to brief the PCC on the marina.", "CC")
    b.para(P("6. Date of next meeting", bold=True))
    t = b.table(2)
    t.row("10:30 on 19 February 2030", "ALL")
    return b.save(path)
