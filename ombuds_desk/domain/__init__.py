"""The domain: SQLModel tables, enums and value rules. No I/O, no Qt."""
