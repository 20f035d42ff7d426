"""What keeps the notes safe: autosave, backups and restore, recovery, one window per archive."""
