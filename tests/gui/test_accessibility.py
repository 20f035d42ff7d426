"""Everyone can use the window: keyboard reach and names for screen readers
(issue 3, point 12)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QWidget,
)

from tests.gui.conftest import activate

CTRL = Qt.KeyboardModifier.ControlModifier
CONTROLS = (QLineEdit, QTextEdit, QComboBox, QAbstractItemView, QAbstractButton)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if type(widget).__name__ in ("QScrollBar", "QHeaderView"):
            continue
        if widget.objectName() == "qt_spinbox_lineedit" and widget.parent().accessibleName():
            continue  # the date box's own text field: the box carries the name
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.replace("&", "")):
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing


def test_every_control_of_the_window_has_a_name(window):
    for number in ("1.1", "4a", "3"):
        window.going.go_to(number)
        assert _unnamed(window) == [], number
    window.editing.new_action()
    assert _unnamed(window) == []


def test_every_control_of_the_details_dialog_has_a_name(qtbot, window):
    qtbot.keyClick(window.editor, Qt.Key.Key_D, CTRL)
    activate(qtbot, window.details.dialog)
    assert _unnamed(window.details.dialog) == []


def test_tab_reaches_every_part_of_a_holding_to_account_item(qtbot, window):
    window.going.go_to("4a")
    reached = set()
    for _ in range(20):
        widget = window.focusWidget()
        reached.add(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    page = window.page
    for wanted in (
        window.agenda,
        page.holding_to_account_panel.topic,
        window.editor,
        page.actions_panel.list,
    ):
        assert wanted in reached, wanted.accessibleName()


def test_every_command_is_in_a_menu_with_a_shortcut(window):
    in_menus = set()
    for top in window.menuBar().actions():
        in_menus.update(top.menu().actions())
    c = window.commands
    # rare ones, reached by the menus' underlined letters (Word gives these no key either)
    rare = (c.about, c.restore_backup, c.office_dictionary, c.check_spelling)
    for action in c.all():
        assert action in in_menus, action.text()
        if action not in rare:
            assert action.shortcuts(), action.text()


def test_the_shortcuts_help_lists_the_commands(qtbot, window):
    qtbot.keyClick(window.editor, Qt.Key.Key_F1)
    dialog = window.help.shortcuts_dialog
    assert dialog.isVisible()
    from PySide6.QtWidgets import QTableWidget

    table = dialog.findChild(QTableWidget)
    rows = {table.item(n, 1).text() for n in range(table.rowCount())}
    assert {"Next item", "New action", "Start a bullet"} <= rows


def test_no_two_commands_share_a_shortcut(window):
    seen = {}
    for action in window.commands.all():
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in seen, f"{key}: {seen.get(key)} and {action.text()}"
            seen[key] = action.text()
