"""Every command of the window, with its shortcut, and the menus that hold them.

The commands are only made here; the main window connects each to the
controller that carries it out, in one place (``MainWindow._connect``). The
keyboard-shortcuts help is written from the same list. A new command is a
field of :class:`Commands`, a line in :func:`create_commands`, a place in
:func:`build_menus` and a line in ``MainWindow._connect``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenuBar

Key = QKeySequence.StandardKey


@dataclass
class Commands:
    new_meeting: QAction
    open_meeting: QAction
    import_minutes: QAction
    export_word: QAction
    circulate: QAction
    apply_corrections: QAction
    publish: QAction
    save_now: QAction
    restore_backup: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    paragraph: QAction
    bullet: QAction
    subheading: QAction
    question: QAction
    finding: QAction
    end_finding: QAction
    restrict_paragraph: QAction
    restrict_item: QAction
    add_sub_item: QAction
    add_item_after: QAction
    add_brought_forward: QAction
    delete_item: QAction
    move_item_up: QAction
    move_item_down: QAction
    next_item: QAction
    previous_item: QAction
    go_to_item: QAction
    focus_agenda: QAction
    focus_notes: QAction
    focus_actions: QAction
    go_to_decision: QAction
    go_to_topic: QAction
    details: QAction
    new_action: QAction
    find_meeting: QAction
    find_archive: QAction
    next_misspelt: QAction
    office_dictionary: QAction
    action_tracker: QAction
    agree: QAction
    history: QAction
    check: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    check_spelling: QAction
    shortcuts: QAction
    about: QAction

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self)]


def _make(window: QMainWindow, text: str, *keys, tip: str = "") -> QAction:
    action = QAction(text, window)
    sequences = []
    for key in keys:
        sequence = QKeySequence(key)
        if not sequence.isEmpty() and sequence not in sequences:  # a repeat is ambiguous
            sequences.append(sequence)
    if sequences:
        action.setShortcuts(sequences)
    if tip:
        action.setStatusTip(tip)
    window.addAction(action)  # shortcuts work even when the menu bar is hidden
    return action


def _checkable(action: QAction) -> QAction:
    action.setCheckable(True)
    return action


def create_commands(window: QMainWindow) -> Commands:
    return Commands(
        new_meeting=_make(window, "&New meeting", Key.New, tip="Start the next meeting"),
        open_meeting=_make(window, "&Open meeting…", Key.Open),
        import_minutes=_make(
            window,
            "&Import past minutes…",
            "Ctrl+Shift+O",
            tip="Bring minutes typed in Word (.docx) or meeting files (.json) into the archive",
        ),
        export_word=_make(window, "&Export to Word…", "Ctrl+E"),
        circulate=_make(
            window,
            "&Circulate draft…",
            "Ctrl+Shift+D",
            tip="Write the draft marked DRAFT and keep this version of the meeting",
        ),
        apply_corrections=_make(
            window,
            "&Apply corrections…",
            "Ctrl+Shift+C",
            tip="Take in the changes of a draft sent back",
        ),
        publish=_make(
            window, "&Publish…", "Ctrl+Shift+E", tip="Check, then write the public version"
        ),
        save_now=_make(window, "&Save now", Key.Save, tip="Everything saves by itself"),
        restore_backup=_make(
            window,
            "&Restore from backup…",
            tip="Put an earlier copy of the archive in its place",
        ),
        quit=_make(window, "&Quit", "Ctrl+Q"),
        undo=_make(window, "&Undo", Key.Undo),
        redo=_make(window, "&Redo", "Ctrl+Y", "Ctrl+Shift+Z"),
        paragraph=_make(window, "&Paragraph", "Ctrl+Shift+P"),
        bullet=_make(window, "&Bullet", "Ctrl+Shift+B"),
        subheading=_make(window, "&Sub-heading", "Ctrl+Shift+H"),
        question=_make(window, "&Question put in advance", "Ctrl+Shift+Q"),
        finding=_make(window, "Make a &finding of the question above", "Ctrl+]"),
        end_finding=_make(window, "&End the findings", "Ctrl+["),
        restrict_paragraph=_make(window, "Paragraph not for pu&blication…", "Ctrl+R"),
        restrict_item=_make(window, "&Item not for publication…", "Ctrl+Shift+R"),
        add_sub_item=_make(window, "Add sub-ite&m…", "Ctrl+Shift+N"),
        add_item_after=_make(window, "Add item after &this…", "Ctrl+Shift+I"),
        add_brought_forward=_make(
            window,
            "Add a brought-forward a&ction…",
            "Ctrl+Shift+M",
            tip="An action of an earlier meeting kept in Word, typed into item 1",
        ),
        delete_item=_make(window, "&Delete item…", "Ctrl+Shift+Del"),
        move_item_up=_make(window, "Mo&ve item up", "Ctrl+Shift+Up"),
        move_item_down=_make(window, "Move item do&wn", "Ctrl+Shift+Down"),
        next_item=_make(window, "&Next item", "Ctrl+PgDown"),
        previous_item=_make(window, "&Previous item", "Ctrl+PgUp"),
        go_to_item=_make(window, "&Go to item…", "Ctrl+G"),
        focus_agenda=_make(window, "&Agenda", "Ctrl+1", "F6"),
        focus_notes=_make(window, "N&otes", "Ctrl+2"),
        focus_actions=_make(window, "A&ctions list", "Ctrl+3"),
        go_to_decision=_make(
            window, "&Decision of a brought-forward item", "Alt+D", tip="Items 1.1, 1.2…"
        ),
        go_to_topic=_make(window, "&Topic of a holding-to-account item", "Alt+T", tip="Items 4a…"),
        details=_make(window, "&Details and attendance…", "Ctrl+D"),
        new_action=_make(window, "New &action", "Ctrl+Shift+A"),
        find_meeting=_make(window, "&Find in this meeting…", "Ctrl+F"),
        find_archive=_make(window, "Find in &all meetings…", "Ctrl+Shift+F"),
        next_misspelt=_make(window, "&Next misspelt word", "Alt+F7"),
        office_dictionary=_make(
            window, "Office di&ctionary…", tip="Words the spell check takes as right"
        ),
        action_tracker=_make(window, "Action &tracker…", "Ctrl+Shift+T"),
        agree=_make(
            window, "Mark as a&greed…", "Ctrl+Shift+G", tip="The record was agreed: lock it"
        ),
        history=_make(window, "&History and changes…", "Ctrl+H"),
        check=_make(window, "&Check before publishing…", "Ctrl+Shift+K"),
        zoom_in=_make(window, "Zoom &in", Key.ZoomIn, "Ctrl+="),
        zoom_out=_make(window, "Zoom &out", Key.ZoomOut),
        zoom_reset=_make(window, "&Actual size", "Ctrl+0"),
        check_spelling=_checkable(_make(window, "Check &spelling as you type")),
        shortcuts=_make(window, "&Keyboard shortcuts", Key.HelpContents, "F1"),
        about=_make(window, "&About minutetaker"),
    )


def build_menus(bar: QMenuBar, c: Commands) -> None:
    file_menu = bar.addMenu("&File")
    for action in (
        c.new_meeting,
        c.open_meeting,
        None,
        c.import_minutes,
        c.export_word,
        None,
        c.circulate,
        c.apply_corrections,
        c.publish,
        None,
        c.save_now,
    ):
        file_menu.addSeparator() if action is None else file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(c.restore_backup)
    file_menu.addSeparator()
    file_menu.addAction(c.quit)

    edit = bar.addMenu("&Edit")
    edit.addAction(c.undo)
    edit.addAction(c.redo)
    edit.addSeparator()
    for action in (c.paragraph, c.bullet, c.subheading, c.question, c.finding, c.end_finding):
        edit.addAction(action)
    edit.addSeparator()
    edit.addAction(c.restrict_paragraph)
    edit.addAction(c.restrict_item)
    edit.addSeparator()
    agenda = (c.add_sub_item, c.add_item_after, c.add_brought_forward, c.delete_item)
    for action in (*agenda, c.move_item_up, c.move_item_down):
        edit.addAction(action)
    edit.addSeparator()
    edit.addAction(c.find_meeting)
    edit.addAction(c.find_archive)
    edit.addSeparator()
    edit.addAction(c.next_misspelt)
    edit.addAction(c.office_dictionary)

    go = bar.addMenu("&Go")
    for action in (c.next_item, c.previous_item, c.go_to_item, None):
        go.addSeparator() if action is None else go.addAction(action)
    for action in (c.focus_agenda, c.focus_notes, c.focus_actions):
        go.addAction(action)
    go.addSeparator()
    go.addAction(c.go_to_decision)
    go.addAction(c.go_to_topic)

    meeting = bar.addMenu("&Meeting")
    meeting.addAction(c.details)
    meeting.addAction(c.new_action)
    meeting.addAction(c.action_tracker)
    meeting.addSeparator()
    for action in (c.agree, c.history, c.check):
        meeting.addAction(action)

    view = bar.addMenu("&View")
    for action in (c.zoom_in, c.zoom_out, c.zoom_reset):
        view.addAction(action)
    view.addSeparator()
    view.addAction(c.check_spelling)

    help_menu = bar.addMenu("&Help")
    help_menu.addAction(c.shortcuts)
    help_menu.addAction(c.about)


EDITOR_KEYS = [
    ("- or • then a space, at the start of a line", "Start a bullet"),
    ("Enter on an empty bullet", "End the list"),
    ("In 4a: the next number, a full stop, a space (1. )", "Start that question"),
    ("Enter after a question", "Start its findings"),
    ("Enter on an empty finding", "Back to the item's own notes"),
    ("Shift+Enter", "A line break inside a paragraph"),
    ("Menu key or Shift+F10 (or right-click)", "Suggestions for the word underlined in red"),
    ("Tab / Shift+Tab", "Move to the next / previous control"),
    ("In the actions list: Enter or F2, Delete", "Edit, delete an action"),
    ("In the action row: Enter, Esc", "File the action, leave the row"),
    ("In the attendance table: Space", "Present → apologies → absent"),
    ("In the details: Enter, Esc", "Save them; leave (asked first when changed)"),
    ("In the search box: Down / Up, Enter", "Move through the results, open one"),
    ("In the search or the found notes: Esc", "Back to where you searched from"),
    ("In the action tracker: Enter", "Go to the item of the action"),
    ("In the check: Enter, W, A", "Go there, withhold its paragraph, accept it as fine"),
    ("In the corrections: A, R, Space, Enter", "Accept, reject, turn over; apply the accepted"),
]


def shortcut_rows(c: Commands) -> list[tuple[str, str]]:
    rows = []
    for action in c.all():
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        if keys:
            rows.append((keys, action.text().replace("&", "").rstrip("…")))
    return rows + EDITOR_KEYS
