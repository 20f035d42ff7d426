"""The house style of the exported notes, as data and nothing else.

Everything an office might want to change about the look of its notes lives
here: the page, the fonts, the sizes, the spacing, the column widths, the
colours and the fixed wording. The code that walks a meeting and builds the
document reads these values and never hard-codes its own, so changing the house
style is editing this file (or passing a changed copy of :data:`HOUSE_STYLE`
to :func:`minutetaker.export.export_docx`), never touching the walker.

Lengths are in centimetres and font sizes in points, as an office would give
them; :mod:`minutetaker.export.ooxml` converts them to Word's units.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from minutetaker.domain import house_format as words


@dataclass(frozen=True)
class TextStyle:
    """How one kind of paragraph looks."""

    size_pt: float
    bold: bool = False
    italic: bool = False
    space_before_pt: float = 0
    space_after_pt: float = 0
    align: str = "left"  # left, center, right
    colour: str = "000000"  # RGB hex, no '#'


@dataclass(frozen=True)
class HouseStyle:
    # The page (A4 portrait).
    page_width_cm: float = 21.0
    page_height_cm: float = 29.7
    margin_top_cm: float = 2.0
    margin_bottom_cm: float = 2.0
    margin_left_cm: float = 2.0
    margin_right_cm: float = 2.0
    header_distance_cm: float = 1.0
    footer_distance_cm: float = 1.0

    # Type.
    font: str = "Arial"
    language: str = "en-GB"
    line_spacing: float = 1.0  # multiple of single spacing

    body: TextStyle = TextStyle(11, space_after_pt=4)
    title: TextStyle = TextStyle(14, bold=True, space_after_pt=12)
    details: TextStyle = TextStyle(11, space_after_pt=2)
    heading1: TextStyle = TextStyle(11, bold=True, space_before_pt=2, space_after_pt=4)
    heading2: TextStyle = TextStyle(11, bold=True, space_before_pt=2, space_after_pt=4)
    subheading: TextStyle = TextStyle(11, bold=True, space_before_pt=4, space_after_pt=2)
    question: TextStyle = TextStyle(11, bold=True, space_before_pt=4, space_after_pt=4)
    topic: TextStyle = TextStyle(11, bold=True, italic=True, space_after_pt=4)
    withheld: TextStyle = TextStyle(11, italic=True, space_after_pt=4)
    edited: TextStyle = TextStyle(11, italic=True, space_after_pt=8)  # the edited_notice
    # The full version's "Not for publication: REASON" above each restricted part
    # (the window's label, in the window's dark red).
    restricted: TextStyle = TextStyle(11, bold=True, colour="9B1C1C", space_before_pt=4)
    table_text: TextStyle = TextStyle(11, space_after_pt=2)
    summary_text: TextStyle = TextStyle(11, space_before_pt=2, space_after_pt=2)  # its cells
    marking: TextStyle = TextStyle(11, bold=True, align="center")
    page_number: TextStyle = TextStyle(9, align="center")

    # Bullets: a real bullet list (Word's "List Bullet" style), not typed dots.
    bullet_char: str = "•"
    bullet_indent_cm: float = 0.63
    question_indent_cm: float = 0.75  # hanging indent after a question's number

    # Headings of sections and sub-items are written in capitals.
    headings_in_capitals: bool = True

    # The attendance table: label, Name:, Capacity:.
    attendance_widths_cm: tuple[float, float, float] = (3.0, 5.5, 8.0)
    attendance_borders: bool = False

    # The minutes table: number, notes, ACTION.
    minutes_widths_cm: tuple[float, float, float] = (1.5, 12.5, 2.5)
    minutes_borders: bool = True
    border_colour: str = "000000"
    border_size_eighths: int = 4  # border width in eighths of a point
    header_shading: str = "D9D9D9"  # fill of the repeating ACTION row; "" for none
    cell_margin_cm: float = 0.19
    action_align: str = "center"  # of the owner's code in the ACTION column

    # The summary of actions arising: right after the minutes table (its heading kept
    # with the table, no page of its own unless asked), one row per action raised at
    # this meeting. Its columns add up to the minutes
    # table's width, so the two tables line up; the Due column takes the longest
    # date ("30 September 2031") on one line.
    summary_heading: str = words.SUMMARY_HEADING  # Heading 1 (capitals as above)
    summary_labels: tuple[str, str, str, str] = words.SUMMARY_LABELS
    summary_widths_cm: tuple[float, float, float, float] = (2.0, 8.5, 2.0, 4.0)
    # Each action's number: {item} is the item's number, {index} the action's place
    # under that item, {running} its place in the whole summary ("{running}" numbers
    # them 1, 2, 3). An item without a number always falls back to {running}.
    summary_number_pattern: str = "{item}.{index}"
    summary_no_due: str = words.SUMMARY_NO_DUE  # every open action comes back then
    summary_new_page: bool = False  # True: a page break before the summary's heading
    summary_space_before_pt: float = 12  # between the minutes table and the heading

    # Fixed wording.
    title_pattern: str = words.TITLE_PATTERN
    label_date: str = words.LABEL_DATE
    label_chair: str = words.LABEL_CHAIR
    label_minutes: str = words.LABEL_MINUTES
    label_venue: str = words.LABEL_VENUE
    label_name: str = words.LABEL_NAME
    label_capacity: str = words.LABEL_CAPACITY
    label_attendance: str = words.LABEL_ATTENDANCE
    label_apologies: str = words.LABEL_APOLOGIES
    action_heading: str = words.ACTION_HEADING
    next_meeting_owner: str = words.NEXT_MEETING_OWNER
    next_meeting_unknown: str = words.NEXT_MEETING_UNKNOWN
    brought_forward_pattern: str = words.BROUGHT_FORWARD_PATTERN
    brought_forward_undated: str = words.BROUGHT_FORWARD_UNDATED
    label_owner: str = words.LABEL_OWNER
    label_update: str = words.LABEL_UPDATE
    label_decision: str = words.LABEL_DECISION
    decisions: dict[str, str] = field(default_factory=lambda: dict(words.DECISION_WORDS))
    label_findings: str = words.LABEL_FINDINGS  # under each question with findings
    restricted_label: str = words.RESTRICTED_LABEL  # above what the public version leaves out
    withheld_item_text: str = words.WITHHELD_ITEM_TEXT
    # The public version, whenever anything was withheld: a line under the title.
    edited_notice: str = words.EDITED_NOTICE
    # The full version of a record not yet agreed: the header says so, beside the marking.
    draft_label: str = words.DRAFT_LABEL
    draft_pattern: str = words.DRAFT_PATTERN
    page_pattern: tuple[str, str, str] = ("Page ", " of ", "")  # around PAGE and NUMPAGES
    public_suffix: str = " (public)"
    log_suffix: str = " – redaction log.txt"
    minutes_caption: str = "Minutes"
    attendance_caption: str = "Attendance"

    def with_changes(self, **changes: object) -> HouseStyle:
        """A copy with some values changed: ``HOUSE_STYLE.with_changes(font="Verdana")``."""
        return replace(self, **changes)


HOUSE_STYLE = HouseStyle()
