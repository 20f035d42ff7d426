"""A full, fictional meeting used across the tests (Northshire is invented)."""

from __future__ import annotations

import datetime as dt

from minutetaker.domain.model import (
    KIND_BROUGHT_FORWARD,
    KIND_HOLDING_TO_ACCOUNT,
    KIND_NEXT_MEETING,
    Action,
    Block,
    BroughtForward,
    Item,
    Meeting,
    MinuteTaker,
    NextMeeting,
    Person,
)


def sample_meeting() -> Meeting:
    bf1 = Item(
        number="1.1",
        heading="Action arising from the January 2031 meeting",
        kind=KIND_BROUGHT_FORWARD,
        brought_forward=BroughtForward(
            from_date=dt.date(2031, 1, 21),
            subject="Rebuilding Northshire – 101 call waiting times",
            action="The ACC to report on the new call-back service.",
            owner="ACC",
            decision="discharged",
            action_id="a-bf-101",
        ),
        blocks=[
            Block("subheading", "Update"),
            Block("paragraph", "The PCC was satisfied with the call-back figures."),
        ],
    )
    bf2 = Item(
        number="1.2",
        heading="Action arising from the February 2031 meeting",
        kind=KIND_BROUGHT_FORWARD,
        brought_forward=BroughtForward(
            from_date=dt.date(2031, 2, 18),
            subject="Rural crime – farm machinery thefts",
            action="Share the rural crime problem profile with the PCC.",
            owner="CC",
            decision="carried forward",
        ),
        blocks=[Block("paragraph", "Profile delayed until the April board.")],
    )
    hta = Item(
        number="4a",
        heading="Performance against the police and crime plan",
        kind=KIND_HOLDING_TO_ACCOUNT,
        topic="Building a safer Northshire – Eastport",
        blocks=[
            Block("paragraph", "Eastport shows the highest rate of shoplifting per 1000 people."),
            Block(
                "question",
                number="1",
                text="Can the CC explain the rise in shoplifting in Eastport?",
                findings=[
                    Block("subheading", "Findings:"),
                    Block("bullet", "Most offences are at three retail parks."),
                    Block("bullet", "Repeat offenders account for 40% of cases."),
                ],
            ),
            Block(
                "question",
                number="2",
                text="Is the CC confident partners are engaged?",
                findings=[Block("paragraph", "A retail crime forum meets monthly.")],
            ),
            Block("subheading", "Actions arising"),
        ],
        actions=[
            Action(
                "Provide the PCC with a briefing note on retail crime.",
                "ACC",
                dt.date(2031, 4, 15),
                id="a-retail-1",
            ),
            Action("Share the retail forum minutes with the PCC.", "CC", None, id="a-retail-2"),
        ],
    )
    return Meeting(
        title="Monthly Assurance Meeting",
        date=dt.date(2031, 3, 18),
        template="monthly-assurance",
        time="10:30",
        venue="Conference Room 2, Force Headquarters, Kingsford",
        chair="Alex Marsh",
        minute_taker=MinuteTaker("Sam Petrie", "Policy Officer, OPCC"),
        marking="OFFICIAL",
        people=[
            Person("Alex Marsh", "Police and Crime Commissioner", "PCC"),
            Person("Jo Whitcombe", "Chief Executive for the Police and Crime Commissioner", "CEx"),
            Person("Dana Okafor", "Chief Constable", "CC"),
            Person("Rhys Llewellyn", "Assistant Chief Constable Local Policing", "ACC"),
            Person("Priya Sandhu", "Deputy Chief Constable", "DCC", "apologies"),
        ],
        items=[
            Item(
                "1",
                "Outstanding matters / items brought forward",
                kind=KIND_BROUGHT_FORWARD,
                items=[bf1, bf2],
            ),
            Item(
                "2",
                "Operational and reputational opportunities and risks",
                blocks=[
                    Block("bullet", "A high value theft from a cash machine in Eastport."),
                    Block(
                        "bullet",
                        "A police horse was injured on duty.",
                        restricted=True,
                        restricted_reason="operationally sensitive",
                    ),
                ],
            ),
            Item(
                "3",
                "Chief officer meeting / executive board – update",
                blocks=[
                    Block("paragraph", "Chief officer meeting – no items to update."),
                ],
            ),
            Item(
                "4",
                "Holding to account",
                kind=KIND_HOLDING_TO_ACCOUNT,
                items=[
                    hta,
                    Item(
                        "4b",
                        "Delivery of strategic initiatives",
                        blocks=[Block("paragraph", "No items on the agenda.")],
                    ),
                    Item(
                        "4c",
                        "HMIC inspection programme / matters arising from the service "
                        "improvement board (SIB)",
                        restricted=True,
                        restricted_reason="draft inspection findings",
                        blocks=[
                            Block("paragraph", "Confidential draft findings on custody suites.")
                        ],
                    ),
                ],
            ),
            Item(
                "5",
                "Any other business",
                blocks=[
                    Block(
                        "paragraph", "The PCC's consultation on fire governance ends on 11 April."
                    ),
                ],
            ),
            Item("6", "Date of next meeting", kind=KIND_NEXT_MEETING),
        ],
        next_meeting=NextMeeting(dt.date(2031, 4, 15), "10:30", "Conference Room 2"),
    )


def delete_meeting(archive, meeting_id: int) -> None:
    """Delete a stored meeting in one change, as ``import --replace`` does."""
    from minutetaker.store.meetings import delete_meeting as delete

    with archive.transaction() as conn:
        delete(conn, meeting_id)
