"""The window's frame: start-up, the main window's layout and wiring, menus, style, help."""
