"""The desktop window (PySide6): widgets, Qt models and dialogs over the services layer."""

# PySide6 first, and its check of each module imported after it made cheap before the
# window's modules come (pyside_sources.py: 7 % of the start's CPU through inspect).
import PySide6  # noqa: F401

from ombuds_desk import pyside_sources

pyside_sources.install()
