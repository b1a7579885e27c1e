"""What the commands print for a person to read, in the command line's language.

``cli.install_language`` sets the language (``--lang``, else ``LC_ALL`` / ``LC_MESSAGES`` /
``LANG``); the commands' readable output (tables, summaries) writes numbers and dates as that
language does: ``1,204`` and ``2026-12-01`` in English (what scripts reading the English
output have always seen), ``1 204`` and ``01.12.2026`` in Russian and Ukrainian. Machine
output (``--json``, exported files) never goes through here.
"""

from __future__ import annotations

from datetime import date

from ombuds_desk.domain.i18n import Language

# Russian and Ukrainian group thousands with a no-break space (CLDR, and Qt's QLocale).
_GROUP = {Language.EN: ",", Language.RU: "\u00a0", Language.UK: "\u00a0"}
_DECIMAL = {Language.EN: ".", Language.RU: ",", Language.UK: ","}

_language = Language.EN


def set_language(language: Language) -> None:
    global _language
    _language = language


def language() -> Language:
    """The language the command line speaks."""
    return _language


def number(value: int | float, decimals: int = 0) -> str:
    """``1,204`` / ``1 204``; with ``decimals``, ``12.5`` / ``12,5``."""
    text = f"{value:,.{decimals}f}"
    marks: dict[str, str | int | None] = {",": _GROUP[_language], ".": _DECIMAL[_language]}
    return text.translate(str.maketrans(marks))


def day(value: date | None, empty: str = "") -> str:
    """``2026-12-01`` in English, ``01.12.2026`` in Russian and Ukrainian."""
    if value is None:
        return empty
    return value.isoformat() if _language is Language.EN else value.strftime("%d.%m.%Y")


def month(iso: str) -> str:
    """A month given as ``2026-11``: as it is in English, ``11.2026`` in Russian and
    Ukrainian."""
    year, _, number_ = iso.partition("-")
    if _language is Language.EN or not number_:
        return iso
    return f"{number_}.{year}"


def row(cells: tuple[str, ...], widths: tuple[int, ...]) -> str:
    """Cells padded to their columns' widths (0: the last, unpadded), two spaces apart;
    a cell longer than its column is cut, as a table on a terminal must."""
    return "  ".join(
        f"{cell[:width]:<{width}}" if width else cell
        for cell, width in zip(cells, widths, strict=True)
    )
