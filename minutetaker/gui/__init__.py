"""The window (PySide6 widgets): the only part of minutetaker that imports Qt.

Read it room by room (``ls``):

- ``session.py``  the meeting session: the open archive, meeting, item, the
  items' documents, the autosaver; every change goes through it and its
  signals say what changed. Start here. (``readers.py``: its reading threads;
  ``window_thread.py``: how their results come back to the window's thread.)
- ``shell/``      the window's frame: starting it (``app.py``), the main window
  (layout and the wiring of every signal, in ``MainWindow._connect``), the
  menus and their shortcuts, the style, help, the welcome of an empty archive.
- ``minutes/``    the meeting being typed: the agenda down the left, the item's
  page (notes editor, its block formats, the actions, the brought-forward and
  holding-to-account panels), the details and attendance, the agenda changes
  and the commands of the Edit and Go menus.
- ``meetings/``   the archive's meetings: starting the next one, opening one,
  exporting one to Word (``word_files.py``: the one path for writing a document).
- ``after/``      after the meeting: the record's state and lock, circulating,
  corrections, agreeing, history and comparisons, the check panel, publishing.
- ``search/``     searching this meeting or all of them, off the window's thread.
- ``tracker/``    the action tracker.
- ``spelling/``   spelling as you type: the red underlines, the suggestions menu,
  the next misspelt word, the office dictionary's dialog.
- ``safety/``     what keeps the notes: the autosaver, backups and restoring,
  opening a damaged archive, one window per archive, a guard for PySide6.

How to add a panel, a command or a dialog: see docs/gui.md, "How the window is
built".
"""

from minutetaker.gui.safety import none_guard  # noqa: F401  (before any Qt call: see its docstring)
