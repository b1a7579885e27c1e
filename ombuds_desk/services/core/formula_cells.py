"""Text cells a spreadsheet would run as a formula, written so that it shows them as text.

Excel and LibreOffice Calc read a CSV cell starting with ``=``, ``+``, ``-`` or ``@`` as a
formula (``=HYPERLINK(...)``, ``+cmd|' /C calc'!A0``, ``@SUM(...)``), and one starting with
a tab or a carriage return after skipping it; a name or a note typed by anyone becomes code
on the computer of whoever opens the export. OWASP's remedy: put an apostrophe before such a
cell, so the spreadsheet shows the text as it is (with the apostrophe). Our own import takes
the apostrophe off again (:func:`restore`), so a phone number ``+380…`` or a note ``- sent``
comes back as it went out. A value that already starts with apostrophes before one of those
characters gets one more, so that every text makes the round trip unchanged.

XLSX and ODS cells are typed as text by their writers (``export._write_xlsx``,
``ods_files``) and need none of this.
"""

from __future__ import annotations

import re

# The characters a spreadsheet treats as the start of a formula (tab and CR: it skips them
# and looks at what follows).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NEEDS_MARK = re.compile(r"'*[=+\-@\t\r]")
_MARKED = re.compile(r"'+[=+\-@\t\r]")


def neutralise(value: str) -> str:
    """``value`` with an apostrophe before it if a spreadsheet would read it as a formula."""
    return "'" + value if _NEEDS_MARK.match(value) else value


def restore(value: str) -> str:
    """What :func:`neutralise` wrote, as it was (other text is returned unchanged)."""
    return value[1:] if _MARKED.match(value) else value
