"""The actor register of a workspace: list, search, create, edit, merge duplicates, import."""
