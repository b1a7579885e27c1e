"""Imported by the batch workers' fork server only: the layout code, the bundled fonts, the
styles and the ORM's mappers made ready once there, so each forked worker inherits them
instead of reading and parsing three TrueType files and configuring every mapper before its
first sheet."""

from __future__ import annotations

from sqlalchemy.orm import configure_mappers

from ombuds_desk.reports import batch as batch
from ombuds_desk.reports import styles

styles.styles()
configure_mappers()
