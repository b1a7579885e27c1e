"""Use cases. Each takes a Session and the acting user, validates, enforces roles and leaves
the audit trail; the UI and the CLI only call these."""
