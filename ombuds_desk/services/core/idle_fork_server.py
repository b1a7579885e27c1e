"""Imported by the fork server of a window's worker processes before anything else it
preloads (:data:`~ombuds_desk.services.core.worker_processes.BELOW_CALLER`): the server goes
below the window at once, so its own imports (the layout code and fonts, the import's
services: a second or two of processor time, at the first batch or import) and every
worker forked from it leave the window's GUI thread its core."""

from __future__ import annotations

from ombuds_desk.services.core.worker_processes import lower_priority

lower_priority()
