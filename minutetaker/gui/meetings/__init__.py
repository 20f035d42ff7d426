"""The archive's meetings: the next one started, one opened, one exported to Word."""
