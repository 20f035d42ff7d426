"""The meeting being typed: the agenda, the item's page, its notes and actions, the details."""
