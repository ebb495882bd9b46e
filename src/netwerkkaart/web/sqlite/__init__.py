"""SQLite for a web server (see :mod:`.base`)."""
