"""The diary file: its salt, keyed connections, the ORM engine, private files and backups."""
