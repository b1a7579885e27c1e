"""Storage: the engine and its SQLite settings, where files live, migrations and backups."""
