"""Searching this meeting (Ctrl+F) or every meeting (Ctrl+Shift+F), off the window's thread."""
