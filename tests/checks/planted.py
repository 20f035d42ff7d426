"""A fictional assurance meeting (Northshire is invented) typed as minute-takers
type: role codes, acronyms, names with unusual spellings, places, possessives,
curly apostrophes, item numbers, web and e-mail addresses. Into it are planted
slips of three kinds: American spellings, doubled or undoubled letters, and
transposed letters. Every slip should be found; nothing else should be."""

from __future__ import annotations

import datetime as dt

from minutetaker.domain.model import (
    KIND_BROUGHT_FORWARD,
    KIND_HOLDING_TO_ACCOUNT,
    Action,
    Block,
    BroughtForward,
    Item,
    Meeting,
    MinuteTaker,
    NextMeeting,
    Person,
)

# (the slip as typed, the word meant, the item it is planted in)
AMERICAN = [
    ("organize", "organise", "2"),
    ("behavior", "behaviour", "2"),
    ("center", "centre", "3"),
    ("analyzed", "analysed", "4a"),
    ("defense", "defence", "4a"),
    ("traveled", "travelled", "4a"),
    ("color", "colour", "4b"),
    ("judgment", "judgement", "4b"),
    ("neighborhood", "neighbourhood", "5"),
    ("catalog", "catalogue", "5"),
]
DOUBLED = [
    ("occured", "occurred", "1.1"),
    ("comittee", "committee", "2"),
    ("acommodation", "accommodation", "3"),
    ("embarassing", "embarrassing", "4a"),
    ("tommorow", "tomorrow", "4b"),
    ("untill", "until", "5"),
]
TRANSPOSED = [
    ("recieved", "received", "1.1"),
    ("thier", "their", "2"),
    ("polciing", "policing", "3"),
    ("whihc", "which", "4a"),
    ("sentecne", "sentence", "4b"),
    ("goverment", "government", "4b"),
]
SLIPS = AMERICAN + DOUBLED + TRANSPOSED

# What the room knows and the dictionary does not: never to be flagged.
ROOM_WORDS = [
    "Okonkwo-Reid",
    "Fforde",
    "Yelverton",
    "Siobhan",
    "Tamsin",
    "Brackenwell",
    "Ashcombe",
    "Elmstead",
    "Northshire",
    "Kingsford",
]
CODES = ["CEx", "ACC", "DCC", "PCC", "HMICFRS", "RASSO", "IOM", "IOMs", "DCIs", "CSE", "OPCC"]


def planted_meeting() -> Meeting:
    """The meeting with every slip of SLIPS planted once, in its item."""
    bf = Item(
        number="1.1",
        heading="Action arising from the March 2032 meeting",
        kind=KIND_BROUGHT_FORWARD,
        brought_forward=BroughtForward(
            from_date=dt.date(2032, 3, 16),
            subject="Rebuilding Northshire – 101 call handling",
            action="The ACC to report on Elmstead’s call-back trial.",
            owner="ACC",
            decision="discharged",
        ),
        blocks=[
            Block("subheading", "Update"),
            Block(
                "paragraph",
                "The PCC had recieved the ACC's briefing note; the drop in abandoned calls "
                "occured in the 2nd quarter, when Kingsford's OCC took the overflow.",
            ),
        ],
    )
    risks = Item(
        number="2",
        heading="Operational and reputational opportunities and risks",
        blocks=[
            Block(
                "bullet",
                "The CEx will organize a briefing for the audit comittee on the HMICFRS "
                "findings (see https://www.justiceinspectorates.gov.uk/hmicfrs/northshire-2032).",
            ),
            Block(
                "bullet",
                "Officers had praised thier colleagues' behavior at the Ashcombe flooding; "
                "the DCC wrote to each of them.",
            ),
        ],
    )
    board = Item(
        number="3",
        heading="Chief officer meeting / Elmstead custody suite – update",
        blocks=[
            Block(
                "paragraph",
                "Detainees were held at the Kingsford custody center while Elmstead’s cells "
                "were repaired; temporary acommodation for officers was found in Brackenwell.",
            ),
            Block(
                "paragraph",
                "Neighbourhood polciing teams (NPTs) covered the gap; queries to "
                "custody.review@northshire.pnn.police.uk by Friday.",
            ),
        ],
    )
    performance = Item(
        number="4a",
        heading="Performance against the police and crime plan",
        kind=KIND_HOLDING_TO_ACCOUNT,
        topic="Building a safer Northshire – violence against the person",
        blocks=[
            Block(
                "question",
                "Can the CC provide some narrative around the raw data?",
                number="1",
                findings=[
                    Block(
                        "paragraph",
                        "The force had analyzed the data for the last 12 months; the rise is "
                        "in RASSO and CSE reports, whihc follow the IOM review.",
                    ),
                    Block(
                        "bullet",
                        "Self-defense classes in Yelverton’s ward had been well attended, and "
                        "officers had traveled to the DCIs' workshop in Kingsford.",
                    ),
                    Block(
                        "bullet",
                        "It would be embarassing to publish the figures before the HMICFRS "
                        "inspection; IOMs are managed tightly in Ashcombe.",
                    ),
                ],
            )
        ],
        actions=[
            Action("The ACC to share the CSP family group rankings with the PCC.", owner="ACC")
        ],
    )
    estates = Item(
        number="4b",
        heading="Estates and the Fforde Street station",
        blocks=[
            Block(
                "paragraph",
                "The color scheme of the Fforde Street front counter was a matter of "
                "judgment for the architect; the tender closes tommorow.",
            ),
            Block(
                "paragraph",
                "Each sentecne of the goverment guidance on shared sites will be read by the "
                "OPCC's estates lead.",
            ),
        ],
        actions=[Action("DCC to confirm the opening date of Fforde Street.", owner="DCC")],
    )
    community = Item(
        number="5",
        heading="Community safety partnership – Brackenwell",
        blocks=[
            Block(
                "paragraph",
                "The neighborhood plan and its catalog of projects will not be agreed "
                "untill the partnership meets in Brackenwell.",
            ),
        ],
    )
    return Meeting(
        title="Monthly Assurance Meeting",
        date=dt.date(2032, 4, 20),
        time="10:30",
        venue="Conference Room 1 – Brackenwell House, Ashcombe",
        chair="Siobhan Okonkwo-Reid",
        minute_taker=MinuteTaker("Tamsin Yelverton", "Policy Officer, OPCC"),
        people=[
            Person("Siobhan Okonkwo-Reid", "Police and Crime Commissioner", "PCC"),
            Person("Gethin Fforde", "Chief Executive for the Police and Crime Commissioner", "CEx"),
            Person("Ruairi Castellanos", "Chief Constable", "CC"),
            Person("Ngozi Haverstock", "Deputy Chief Constable", "DCC"),
            Person("Lorcan Pyke", "Assistant Chief Constable", "ACC", attendance="apologies"),
        ],
        items=[bf, risks, board, performance, estates, community],
        next_meeting=NextMeeting(dt.date(2032, 5, 18), "10:30", "Elmstead Police Station"),
    )
