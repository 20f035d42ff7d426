"""The action tracker (Ctrl+Shift+T): every action of the archive, followed up."""
