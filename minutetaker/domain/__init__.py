"""The meeting as plain data, and the rules that need no storage or screen."""
