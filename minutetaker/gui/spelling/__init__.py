"""Spelling as you type: red wavy underlines, suggestions, the office dictionary.

- ``underlines.py``  the underlines in an item's notes (a QSyntaxHighlighter a
  document) and in the one-line fields (the topic, an action's text).
- ``words_at.py``    the misspelt word at a place in a field, and replacing it.
- ``suggestions.py`` suggestions looked for on a thread of their own.
- ``menu.py``        the right-click menu's spelling part.
- ``controller.py``  the checker of the open meeting (its room follows the
  meeting), the View menu's switch, the next misspelt word (Alt+F7).
- ``office_dialog.py`` the office dictionary, viewed and edited.

The judging itself is ``minutetaker.checks`` (no Qt there): see docs/spelling.md.
"""
