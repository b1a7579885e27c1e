"""A database URL's password never shown: ``postgresql+psycopg://ombuds:s3cret@host/db`` is
said as ``postgresql+psycopg://ombuds:***@host/db`` in every message, log line and window.

A URL typed with ``--db`` or ``OMBUDS_DESK_DB`` may come back in an error (SQLAlchemy quotes
a URL it cannot parse; our own messages name the database), and an error message is read
over a shoulder, pasted into a ticket or kept in a log. :func:`redact` takes the password
out of every URL in a text, parseable or not.
"""

from __future__ import annotations

import logging
import re

HIDDEN = "***"
# scheme://user:password@ — the password is whatever stands between the first colon after
# the user name and the last @ before the host (a password may hold @ or : itself).
_CREDENTIALS = re.compile(
    r"(?P<head>\b[A-Za-z][A-Za-z0-9+.\-]*://[^:/@\s\"'“”]*:)(?P<password>[^\s\"'“”]*)(?P<at>@)"
)


def redact(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``."""
    if "://" not in text:
        return text
    return _CREDENTIALS.sub(lambda m: f"{m['head']}{HIDDEN}{m['at']}", text)


def redact_url(url: str) -> str:
    """One URL as it may be shown (a file path is returned as it is)."""
    return redact(url)


class RedactingFormatter(logging.Formatter):
    """A log formatter whose lines (tracebacks included) carry no URL's password."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))
