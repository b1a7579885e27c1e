"""The office's administration in the window: staff accounts, the audit trail, settings."""
