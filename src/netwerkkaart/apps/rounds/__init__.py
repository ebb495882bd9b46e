"""Survey rounds of a workspace and the import of a round in the open data format."""
