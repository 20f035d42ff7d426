"""A fictional meeting (Northshire is invented) with personal data planted in the
paragraphs the public version would publish, and more of it in the paragraphs
it withholds. The telephone numbers are from Ofcom's ranges kept for drama."""

from __future__ import annotations

import copy

from minutetaker.domain.model import Action, Block, Item
from tests.samples import sample_meeting

# (kind, text) of every planted item the check must find.
PLANTED = {
    ("name", "Mrs Eleanor Whitfield"),
    ("name", "Tobias Wrenfield"),
    ("name", "DC Harlow"),
    ("name", "Sarah Green"),
    ("name", "Kwabena Osei-Mensah"),
    ("name", "Inspector Morcombe"),
    ("name", "Jamal"),
    ("phone", "01632 960123"),
    ("phone", "07700 900456"),
    ("phone", "+44 7700 900789"),
    ("phone", "(0113) 496 0000"),
    ("email", "e.whitfield@example.org"),
    ("postcode", "NS1 4QT"),
    ("postcode", "EP12 7WX"),
    ("vehicle", "NS21 XKD"),
    ("vehicle", "NXK 482P"),
    ("collar", "PC 4471"),
    ("collar", "PCSO 8812"),
    ("birth_date", "DOB 14/02/1986"),
    ("birth_date", "born on 3 March 1979"),
    ("birth_date", "12/06/1984"),
    ("reference", "31/204816/31"),
    ("reference", "0412 of 14/03/2031"),
    ("reference", "CR/55123/31"),
}


def planted_meeting():
    meeting = sample_meeting()
    item2 = meeting.find_item("2")
    item2.blocks += [
        Block(
            "bullet",
            "Mrs Eleanor Whitfield of Marlow Road, Eastport NS1 4QT reported the theft; "
            "she can be reached on 01632 960123 or e.whitfield@example.org.",
        ),
        Block(
            "bullet",
            "The death of Tobias Wrenfield in Kingsford is under investigation (crime "
            "reference 31/204816/31). His date of birth, DOB 14/02/1986, was confirmed.",
        ),
        Block(
            "paragraph",
            "Ms Okafor and Dana Okafor's staff met the Chief Superintendent, the Force "
            "Crime Registrar and the HMICFRS PEEL team; the CC, ACC, CEx and DPCC agreed.",
        ),
    ]
    hta = meeting.find_item("4a")
    hta.blocks[1].findings.append(
        Block(
            "bullet",
            "DC Harlow stopped a van, registration NS21 XKD, on the A46 near junction 6; "
            "a second car, NXK 482P, was seized by PC 4471 and PCSO 8812.",
        )
    )
    hta.blocks.append(
        Block(
            "paragraph",
            "Sarah Green, born on 3 March 1979, and Kwabena Osei-Mensah (12/06/1984) were "
            "interviewed by Inspector Morcombe about incident 0412 of 14/03/2031.",
        )
    )
    hta.actions.append(
        Action("Call Jamal back on 07700 900456 about case CR/55123/31.", "ACC", id="a-call")
    )
    meeting.find_item("5").blocks.append(
        Block(
            "paragraph",
            "Calls to the helpline (+44 7700 900789, or (0113) 496 0000 out of hours) rose "
            "by 40% in the year to 18/03/2031; the office at EP12 7WX stays open.",
        )
    )
    # The same sorts of things in paragraphs the public version withholds.
    secret = Block(
        "paragraph",
        "Mr Quentin Farrow (DOB 01/01/1970, 07700 900111, q.farrow@example.org) of NS2 5PL.",
        restricted=True,
        restricted_reason="s40",
    )
    item2.blocks.append(copy.deepcopy(secret))
    meeting.find_item("4c").blocks.append(copy.deepcopy(secret))  # item withheld whole
    hidden_question = Block(
        "question",
        "What happened to Mr Quentin Farrow?",
        "3",
        findings=[Block("bullet", "He was seen by DC Pelham on 07700 900222.")],
        restricted=True,
        restricted_reason="s31",
    )
    hta.blocks.append(hidden_question)
    meeting.items.insert(
        5,
        Item(
            "5A",
            "Restricted business",
            restricted=True,
            restricted_reason="s31",
            blocks=[Block("paragraph", "Operation Farrow: DC Pelham, 07700 900333.")],
            actions=[Action("Brief Mr Quentin Farrow.", "CC", id="a-secret")],
        ),
    )
    return meeting
