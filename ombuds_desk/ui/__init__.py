"""The desktop window (PySide6): widgets, Qt models and dialogs over the services layer."""
