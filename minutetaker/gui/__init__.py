"""The window (PySide6 widgets): the only part of minutetaker that imports Qt."""

from minutetaker.gui import none_guard  # noqa: F401  (before any Qt call: see its docstring)
