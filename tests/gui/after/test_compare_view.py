"""What changed, as the window shows it: every kind of change of the core's
comparison in the rich text, the changed words marked twice (struck through or
underlined, and coloured), nothing of the text lost or left unescaped."""

from __future__ import annotations

import copy

from PySide6.QtGui import QTextDocument

from minutetaker.domain.compare import compare_meetings
from minutetaker.domain.model import Action, Block, Item
from minutetaker.gui.after.compare_view import comparison_html


def _shown(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def test_every_kind_of_change_is_shown_and_marked(sample_meeting):
    before = sample_meeting
    after = copy.deepcopy(before)
    after.venue = "Kingsford Town Hall"
    after.find_item("1.2").brought_forward.decision = "discharged"
    hta = after.find_item("4a")
    hta.actions[0].owner = "DCC"
    hta.actions.append(Action("Report on <retail> crime & shoplifting.", "CC", None, id="new"))
    after.find_item("2").blocks[0].text = (
        after.find_item("2").blocks[0].text.replace("cash machine", "shop")
    )
    after.items.append(Item("7", "Estates strategy", blocks=[Block("paragraph", "New item.")]))
    html = comparison_html("version 1", "the meeting as it stands", compare_meetings(before, after))
    text = _shown(html)
    assert "From version 1" in text and "to the meeting as it stands" in text
    assert "Venue:" in text and "Kingsford Town Hall" in text
    assert "decision: carried forward → discharged" in text
    assert "owner ACC → DCC" in text
    assert "action added: Report on <retail> crime & shoplifting. [CC]" in text
    assert "changed bullet point: A high value theft from a cash machineshop in Eastport." in text
    assert "Estates strategy (item added)" in text
    assert html.count("line-through") >= 3 and html.count("underline") >= 4
    assert "<retail>" not in html  # escaped, so shown as typed


def test_nothing_changed_says_so(sample_meeting):
    html = comparison_html(
        "version 1", "version 2", compare_meetings(sample_meeting, sample_meeting)
    )
    assert "Nothing changed." in _shown(html)
