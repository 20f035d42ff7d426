"""The words of the demo archive: an invented force, Northshire Police, its
people, places and business. Everything here is fiction written for the demo."""

PLACES = (
    "Eastport",
    "Kingsford",
    "Marlow Vale",
    "Thornbury",
    "Ashcombe",
    "Redwater",
    "Hollins Cross",
    "Brackenfield",
)

PEOPLE = (
    # name, capacity, role
    ("Alex Marsh", "Police and Crime Commissioner", "PCC"),
    ("Jo Whitcombe", "Chief Executive for the Police and Crime Commissioner", "CEx"),
    ("Dana Okafor", "Chief Constable", "CC"),
    ("Priya Sandhu", "Deputy Chief Constable", "DCC"),
    ("Rhys Llewellyn", "Assistant Chief Constable Local Policing", "ACC"),
    ("Morgan Hale", "Deputy Police and Crime Commissioner", "DPCC"),
)
MINUTE_TAKER = ("Sam Petrie", "Policy Officer, OPCC")
VENUES = ("Conference Room 2 – Force Headquarters, Kingsford", "OPCC Board Room – Eastport")

RISKS = (
    "A high value theft from a cash machine in {place} was under investigation; the CC was to receive a full briefing.",
    "A police horse was injured while on duty at a football match in {place} and is recovering.",
    "Flooding closed the {place} custody suite for two days; detainees were taken to Kingsford.",
    "A serious collision on the {place} bypass had led to a critical incident meeting.",
    "Social media comment followed the arrest of a well-known local figure in {place}.",
    "An officer from {place} faced a misconduct hearing later in the month.",
    "The independent review into a death in custody in {place} was due to be published.",
    "Fraud against older residents of {place} had risen; a prevention campaign starts next week.",
    "A cyber attack on a {place} school had been reported to the regional cyber crime unit.",
    "Three county lines arrests in {place} had been made after a month-long operation.",
    "Unresourced incidents in {place} rose over the holiday weekend and were being reviewed daily.",
    "The force's radio system failed for forty minutes; the fallback worked as planned.",
)

UPDATES = (
    "Chief officer meeting – no items to update.",
    "Executive board – the estates strategy for {place} was approved subject to costs.",
    "Executive board – the new duty management system goes live in the spring.",
    "Chief officer meeting – the body-worn video upgrade was agreed.",
    "Executive board – recruitment of forty student officers is on track.",
    "Chief officer meeting – the wellbeing survey results will be shared with staff.",
)

TOPICS = (
    ("Building a safer Northshire – {place}", "shoplifting"),
    ("Putting victims first – {place}", "victim satisfaction"),
    ("Reforming Northshire – 101 and 999 call handling", "call handling"),
    ("Tackling rural crime – {place}", "farm machinery theft"),
    ("Reducing harm on the roads – {place}", "road casualties"),
    ("Protecting vulnerable people – {place}", "domestic abuse"),
    ("Stop and search – {place}", "stop and search"),
    ("Neighbourhood policing – {place}", "neighbourhood visibility"),
)

QUESTIONS = (
    "Can the CC provide some narrative around the figures for {subject} in {place}?",
    "Does the force understand the reasons for the rise in {subject}?",
    "Is the CC confident that the current resourcing model meets the demand in {place}?",
    "Can the CC provide reassurance that partners are sufficiently engaged to reduce {subject}?",
    "What measures will be put in place to address the issues identified?",
    "How does {place} compare with its most similar group of areas?",
)

FINDINGS = (
    "The figures show {place} performing differently from the other local policing areas in {subject}.",
    "Improved ethical recording practices account for part of the rise.",
    "Repeat offenders account for around {pct}% of recorded {subject} in {place}.",
    "Partners meet monthly and a joint problem profile is being written.",
    "The CC is confident the data gives an accurate picture of {subject}.",
    "Demand in {place} peaks on Friday and Saturday evenings.",
    "A review of shift patterns in {place} will report in {months} months.",
    "{place} ranks {rank} in its most similar group for {subject}.",
    "Victim satisfaction with {subject} investigations has improved to {pct}%.",
    "Officers from {place} have been trained in the new approach to {subject}.",
)

ACTIONS = (
    "Provide the PCC with a briefing note on current activity to address {subject}.",
    "Share the most similar group rankings for {subject} with the PCC.",
    "Report back on the review of resourcing in {place}.",
    "Circulate the partnership problem profile for {place}.",
    "Update the PCC on the outcome of the {subject} review.",
    "Arrange a visit for the PCC to the {place} neighbourhood team.",
)

BF_UPDATES = (
    "The PCC was satisfied with the update provided and agreed the action was discharged.",
    "A briefing note had been circulated before the meeting; no further questions.",
    "Work is under way but is not complete; the item is carried forward.",
    "The report is delayed until next month's board; carried forward.",
)

HMIC = (
    "The CC referred to feedback on the recent HMIC efficiency inspection.",
    "The service improvement board reviewed progress on crime data integrity.",
    "HMIC's report on custody in {place} is expected next month.",
    "No matters arising from the service improvement board.",
)

AOB = (
    "The PCC's consultation on fire governance ends on {day} {month}.",
    "The CC thanked staff in {place} for their work during the festival.",
    "No other business.",
    "The PCC will attend the {place} community forum next week.",
)
