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

    # The summary of actions arising: after the minutes table, on a page of its own,
    # one row per action raised at this meeting. Its columns add up to the minutes
    # table's width, so the two tables line up; the Due column takes the longest
    # date ("30 September 2031") on one line.
    summary_heading: str = "Summary of actions arising"  # Heading 1 (capitals as above)
    summary_labels: tuple[str, str, str, str] = ("No.", "Action", "Owner", "Due")
    summary_widths_cm: tuple[float, float, float, float] = (2.0, 8.5, 2.0, 4.0)
    # Each action's number: {item} is the item's number, {index} the action's place
    # under that item, {running} its place in the whole summary ("{running}" numbers
    # them 1, 2, 3). An item without a number always falls back to {running}.
    summary_number_pattern: str = "{item}.{index}"
    summary_no_due: str = "Next meeting"  # every open action comes back then
    summary_new_page: bool = True  # a page break before the summary's heading

    # Fixed wording.
    title_pattern: str = "{title} {month_year} – Meeting Notes"
    label_date: str = "Date:"
    label_chair: str = "Chair:"
    label_minutes: str = "Minutes:"
    label_venue: str = "Venue:"
    label_name: str = "Name:"
    label_capacity: str = "Capacity:"
    label_attendance: str = "Attendance:"
    label_apologies: str = "Apologies:"
    action_heading: str = "ACTION"
    next_meeting_owner: str = "ALL"
    next_meeting_unknown: str = "To be confirmed."
    brought_forward_pattern: str = "{number} – Action arising from the {month_year} meeting:"
    brought_forward_undated: str = "{number} – Action arising from an earlier meeting:"
    label_owner: str = "Owner:"
    label_update: str = "Update"
    label_decision: str = "Decision:"
    decisions: dict[str, str] = field(
        default_factory=lambda: {
            "pending": "Pending.",
            "discharged": "Discharged.",
            "carried forward": "Carried forward to the next meeting.",
        }
    )
    withheld_item_text: str = "This item is not for publication."
    # The public version, whenever anything was withheld: a line under the title.
    edited_notice: str = (
        "These notes have been edited to remove information that is not for publication."
    )
    # The full version of a record not yet agreed: the header says so, beside the marking.
    draft_label: str = "DRAFT"
    draft_pattern: str = "{marking} – {draft}"
    page_pattern: tuple[str, str, str] = ("Page ", " of ", "")  # around PAGE and NUMPAGES
    public_suffix: str = " (public)"
    log_suffix: str = " – redaction log.txt"
    minutes_caption: str = "Minutes"
    attendance_caption: str = "Attendance"

    def with_changes(self, **changes: object) -> HouseStyle:
        """A copy with some values changed: ``HOUSE_STYLE.with_changes(font="Verdana")``."""
        return replace(self, **changes)


HOUSE_STYLE = HouseStyle()
