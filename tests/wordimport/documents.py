"""Fictional minutes typed in the layouts people really use, none written by our exporter.

:func:`sample_shaped` follows the real sample (``shared/reference/000_…txt``) line
for line in its shape: the same mess (a brought-forward row holding two actions,
a table broken in two with the questions typed between the halves, headings
without numbers typed into merged cells, a bullet broken over two rows, question
numbers typed by hand beside Word's own list numbering) with an invented force,
invented people and invented places. The other layouts vary one thing each.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.wordimport.builder import P, Run, WordBuilder

TITLE = "Monthly Assurance Meeting August 2029 – Meeting Notes"
DATE = dt.date(2029, 8, 21)
NEXT = dt.date(2029, 9, 25)
PEOPLE = [
    ("Alex Marsh", "Police and Crime Commissioner", "PCC", "present"),
    ("Jo Whitcombe", "Chief Executive for the Police and Crime Commissioner", "CEx", "present"),
    ("Dana Okafor", "Chief Constable", "CC", "present"),
    ("Rhys Llewellyn", "Assistant Chief Constable Local Policing", "ACC", "present"),
    ("Morgan Hale", "Deputy Police and Crime Commissioner", "DPCC", "apologies"),
    ("Priya Sandhu", "Deputy Chief Constable", "", "apologies"),
]

BF1_SUBJECT = "Reforming Northshire – 101 call handling"
BF1_ACTION = (
    "If available the ACC for local policing is to attend the July holding to account "
    "meeting to provide an update on the current position - deferred to August."
)
BF2_SUBJECT = "CC & DCC Items – unresourced incidents"
BF2_ACTION = (
    "This issue will be addressed as part of August's holding to account item on call handling"
)
UPDATE = (
    "Following the July meeting the PCC had received a comprehensive update from the Chief "
    "Superintendent and three Force Contact Centre (FCC) business area leads and was reassured "
    "by the update provided, whilst acknowledging there were still issues to be resolved. The "
    "PCC was satisfied that items 1.1 and 1.2 were discharged and did not need to be brought "
    "back to the meeting in any depth."
)
BULLET_START = "In recent weeks performance had shown improvement, in part because"
BULLET_END = (
    "demand levels had dropped but the improvement needs to be sustained regardless of "
    "demand levels."
)
RISKS = [
    "A high value cash machine burglary had occurred in Westbrook. The CC was to receive a "
    "full briefing.",
    "The death of a man which initially had been suspicious had since been confirmed to be "
    "the result of a fall.",
    "The IOPC investigation into the death of a Kingsford man after a pursuit is ongoing. A "
    "critical incident management meeting (CIMM) is running to ensure all processes are in "
    "place.",
    "A police horse had been injured whilst on duty and required veterinary treatment.",
]
TOPIC = "Building a more secure Northshire – Eastport"
QUESTIONS = [
    "Can the CC provide some narrative around the raw data?",
    "Do the Force understand the reasons for the seeming disparity?",
    "Are there any particular crime types that give the CC cause for concern?",
    "Is the CC confident that the current resourcing model meets the demand profile?",
    "Can the CC provide reassurance that partners are sufficiently engaged in order to reduce "
    "demand?",
    "Can the CC provide clarity as to any measures that will be put in place to address the "
    "issues identified?",
]
Q2_FINDINGS = [
    "The raw data shows Eastport to be performing differently from the other local policing "
    "areas by some margin in certain crime types.",
    "There is an acknowledgement that there is a need to understand Eastport better. It is a "
    "small unitary with its own demographic.",
    "Comparison with similar areas across England and Wales also shows Eastport to be an "
    "outlier in the same crime types.",
]
Q3_TEXT = (
    "'Violence against the person with injury', 'violence against the person without "
    "injury' and 'rape' are the crime types impacting on Eastport's total recorded crime."
)
Q3_TRC = (
    "Eastport has the highest rate of total recorded crime in Northshire. Within its most "
    "similar family group of 15 Community Safety Partnership areas (CSPs) Eastport is 8th."
)
Q3_VAP = [
    "Eastport has the highest rate per 1000 population within Northshire.",
    "In approximately 40% of these crimes domestic abuse is a contributing factor.",
]
Q4_START = "The PCC suggested that analysis shows that there are high harm activities"
Q4_END = (
    "going on and a relatively high level of unresourced jobs and questioned what would be "
    "done in Eastport to address this."
)
Q4_BULLETS = [
    "Unresourced incidents are reviewed on a daily basis but there is a need for greater "
    "flexibility across the policing areas to support demand.",
    "Eastport is different in many respects however the CC can't accept that its "
    "performance needs to be different.",
]
Q5_FINDING = (
    "There is a need for a problem profile / policing plan for Eastport and Westbrook which "
    "covers all aspects including partners."
)
Q6_FINDINGS = [
    "The PCC questioned how he could have confidence things would change. The CC responded "
    "that firstly the Force needed to acknowledge that there was a problem in Eastport.",
    "In the short term a violence reduction plan was in place. In the longer term partnership "
    "and PCC involvement would be needed to effect change.",
]
ACTIONS = [
    ("The ACC to provide the PCC with a briefing note on current activity to address CSE.", "ACC"),
    ("The CSP family group rankings to be shared with the PCC", "ACC"),
    (
        "At the September holding to account meeting the CC is to provide an update on the "
        "approach to be taken in seeking to address the issues identified in Eastport.",
        "CC",
    ),
]
HMIC_FIRST = "The CC referred to feedback on the recent HMIC PEEL Legitimacy and"
HMIC_SECOND = "Efficiency inspection."
HMIC_THIRD = (
    "The CC was to meet the following day with the five Northshire entrants on the Police Now "
    "talent programme for graduates. Participants attend an academy in London followed by 2 year"
)
HMIC_FOURTH = (
    "SNT posting in Northshire focused on challenging communities with specific problems. The "
    "PCC's fire governance consultation ends on the 11 th September."
)


def _opening(b: WordBuilder, *, tabbed: bool = False, colons: bool = True) -> None:
    b.para(P(TITLE, bold=True))
    b.para("")
    colon = ":" if colons else ""
    b.para(P([Run(f"Date{colon}", bold=True), " Tuesday 21 August 2029 @ 10:30"]))
    b.para(P([Run(f"Chair{colon}", bold=True), " Alex Marsh"]))
    b.para(P([Run(f"Minutes{colon}", bold=True), " Sam Petrie, Policy Officer, OPCC"]))
    b.para(P([Run("Venue", bold=True), " PCC Conference Room – Kingsford"]))  # never a colon
    b.para("")
    if tabbed:
        b.para("\tName:\tCapacity:")
        label = {"present": "Attendance:", "apologies": "Apologies:"}
        said = set()
        for name, capacity, code, group in PEOPLE:
            shown = f"{capacity} ({code})" if code else capacity
            lead = label[group] if group not in said else ""
            said.add(group)
            b.para(f"{lead}\t{name}\t{shown}")
    else:
        table = b.table(3)
        table.row("", P("Name:", bold=True), P("Capacity:", bold=True))
        said = set()
        for name, capacity, code, group in PEOPLE:
            shown = f"{capacity} ({code})" if code else capacity
            lead = {"present": "Attendance:", "apologies": "Apologies:"}[group]
            table.row(P(lead if group not in said else "", bold=True), name, shown)
            said.add(group)
    b.para("")


def sample_shaped(
    path: Path, *, tabbed: bool = False, colons: bool = True, first_column: bool = False
) -> Path:
    """The real sample's layout, invented words. ``first_column``: the headings and
    notes without numbers typed into the number column itself (not merged cells),
    and a question's and an action's typed numbers in the number column."""
    merge = None if first_column else (0, 1)
    b = WordBuilder()
    b.header("OFFICIAL")
    _opening(b, tabbed=tabbed, colons=colons)
    t = b.table(3)
    t.row("1", P("OUTSTANDING MATTERS / ITEMS BROUGHT FORWARD", bold=True), P("ACTION", bold=True))
    t.row(
        "1.1",
        [
            P("1.1 - Action arising from the June 2029 meeting:", bold=True),
            BF1_SUBJECT,
            BF1_ACTION,
            P("1.2 - Action arising from the July 2029 meeting:", bold=True),
            BF2_SUBJECT,
            BF2_ACTION,
            P("Update", bold=True),
            UPDATE,
            "• " + BULLET_START,
        ],
        "",
    )
    t.row(
        "",
        [
            BULLET_END,
            "Use and understanding of data is improving.",
            "• Performance in Southmoor has shown a recent decline, whereas Northshire had "
            "started to improve.",
        ],
        "",
    )
    t.row("2", [P("OPERATIONAL AND REPUTATIONAL OPPORTUNITIES AND RISKS", bold=True)]
          + ["• " + risk for risk in RISKS], "")  # fmt: skip
    t.row(
        "3.",
        [
            P("CHIEF OFFICER MEETING / EXECUTIVE BOARD – UPDATE", bold=True),
            "Chief officer meeting – no items to update.",
            "• Executive Board – The force are receiving enquiries into the sale of the NS1 "
            "number plate, which are being passed to the PCC's office.",
        ],
        "",
    )
    t.row("4.", P("HOLDING TO ACCOUNT", bold=True), "")
    t.row(
        "4a",
        [
            P("PERFORMANCE AGAINST THE POLICE AND CRIME PLAN", bold=True),
            TOPIC,
            "Comparison data for Northshire – Eastport an outlier in terms of crime volumes "
            "per 1000 of population.",
            P(" ".join(QUESTIONS[:3]), listed="number"),
            P(QUESTIONS[3], listed="number"),
            P(QUESTIONS[4], listed="number"),
            "6. " + QUESTIONS[5],
        ],
        "",
    )
    # The table breaks off here: the questions and findings are typed below it.
    b.paras(
        f"1.{QUESTIONS[0]}\n2.{QUESTIONS[1]}",
        P("Findings:", bold=True),
        *["- " + finding for finding in Q2_FINDINGS],
        "3. " + QUESTIONS[2],
        P("Findings:", bold=True),
        Q3_TEXT,
        P("Total recorded crime", bold=True),
        Q3_TRC,
        P("Violence against the person (VAP) with injury", bold=True),
        *["- " + line for line in Q3_VAP],
        "4." + QUESTIONS[3],
        Q4_START,
    )
    t = b.table(3)
    t.row("", [Q4_END] + ["• " + line for line in Q4_BULLETS], "")
    if first_column:
        t.row("5.", [QUESTIONS[4], Q5_FINDING], "")
    else:
        t.row("", ["5. " + QUESTIONS[4], Q5_FINDING], "")
    t.row("", ["6. " + QUESTIONS[5]] + [P(f, listed="bullet") for f in Q6_FINDINGS], "")
    t.row("", P("Actions arising", bold=True), "")
    t.row("", P(ACTIONS[0][0], listed="number"), ACTIONS[0][1])
    if first_column:
        t.row("2.", ACTIONS[1][0], ACTIONS[1][1])
    else:
        t.row("", "2. " + ACTIONS[1][0], ACTIONS[1][1])
    t.row("", P(ACTIONS[2][0], listed="number"), ACTIONS[2][1])
    # Headings without numbers, typed into the first column of merged cells.
    t.row(P("DELIVERY OF STRATEGIC INITIATIVES:", bold=True), "", "", merge=merge)
    t.row("No items on the agenda.", "", "", merge=merge)
    t.row(
        "HMIC INSPECTION PROGRAMME / MATTERS ARISING FROM THE SERVICE IMPROVEMENT BOARD (SIB) "
        + HMIC_FIRST,
        "",
        "",
        merge=merge,
    )
    t.row(HMIC_SECOND, "", "", merge=merge)
    t.row(HMIC_THIRD, "", "", merge=merge)
    t.row("", HMIC_FOURTH, "")
    t.row("6.", P("DATE OF NEXT MEETING", bold=True), "")
    t.row("", "10:30 on 25 September 2029", "ALL")
    return b.save(path)
