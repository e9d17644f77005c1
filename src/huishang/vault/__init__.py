"""Personal data at rest: encrypted model fields with a keyed hash for exact search, and backup/restore."""
