"""Ombuds Desk: case management for captives and evacuees.

Layers, top to bottom: ``ui``/``cli`` → ``reports`` → ``services`` → ``store`` → ``domain``.
"""

__version__ = "0.1.0"
APP_NAME = "Ombuds Desk"
