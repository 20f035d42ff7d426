"""The few colours and weights the window uses, in one place.

Each style applies to the widgets of one object name only (a style sheet on the
whole window would send every widget through Qt's slower style-sheet style).
No pixel sizes for text: heading sizes are set from the system font, so 150% and
200% display scaling stay readable.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

STYLES = {
    "restrictedBanner": "QLabel { background: #fde8e8; color: #9b1c1c; font-weight: bold;"
    " padding: 4px; border: 1px solid #e8b4b4; }",
    "saveBanner": "QLabel { background: #b42318; color: white; font-weight: bold; padding: 8px; }",
    "rowMessage": "QLabel { color: #9b1c1c; }",
    "hint": "QLabel { color: #555555; }",
    "panelTitle": "QLabel { font-weight: bold; }",
    "meetingLabel": "QLabel { padding: 2px 2px 6px 2px; }",
    "broughtForwardPanel": "QFrame#broughtForwardPanel { background: #f4f6f8;"
    " border: 1px solid #d5dbe1;"
    " border-radius: 3px; }",
}


def apply_styles(root: QWidget) -> None:
    """Give ``root`` and the widgets inside it the style of their object name."""
    for widget in [root, *root.findChildren(QWidget)]:
        css = STYLES.get(widget.objectName())
        if css:
            widget.setStyleSheet(css)


def size_fonts(window: QWidget, heading: QLabel, welcome_title: QLabel, notes: QWidget) -> None:
    """The main window's larger text (the item's heading, the welcome's title,
    the notes), sized from the window's system font."""
    base = window.font().pointSizeF() or 10.0
    for widget, scale, bold in ((heading, 1.3, True), (welcome_title, 1.7, True)):
        font = QFont(widget.font())
        font.setPointSizeF(base * scale)
        font.setBold(bold)
        widget.setFont(font)
    font = QFont(notes.font())
    font.setPointSizeF(base * 1.15)
    notes.setFont(font)
