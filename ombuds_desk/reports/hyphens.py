"""Hyphenation of words too wide for their column, in Ukrainian, Russian or English.

ReportLab cuts a word wider than its column wherever the line ends, with no hyphen
("військ / овополонених"). Here such a word gets soft hyphens (U+00AD) at the breaks the
language's patterns allow (pyphen's uk_UA, ru_RU or en_GB dictionaries, chosen by the letters
of the word), and a paragraph style with ``embeddedHyphenation`` breaks the word at one of
them and draws a hyphen there. Words that fit their column are left alone, so text still
wraps at spaces as before; only when a word has no allowed break (a number, an e-mail
address) does ReportLab's own cut remain the last resort.
"""

from __future__ import annotations

import re
from functools import cache

import pyphen
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

SOFT_HYPHEN = "\u00ad"
UKRAINIAN_ONLY = set("іїєґІЇЄҐ")
_WORD = re.compile(r"\S+")
_LETTERS = re.compile(r"^[^\W\d_]+$")
# A break must not leave these at the start of the second part.
_NO_START = set("ьЬъЪйЙʼ'’")
_VOWELS = set("аеєиіїоуюяэыёАЕЄИІЇОУЮЯЭЫЁaeiouyAEIOUY")


@cache
def _dictionary(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=lang, left=2, right=2)


def language_of(word: str) -> str:
    """The pyphen dictionary for ``word``: Ukrainian when it has і ї є ґ, else Russian for
    Cyrillic, else English."""
    if UKRAINIAN_ONLY & set(word):
        return "uk_UA"
    if any("\u0400" <= ch <= "\u04ff" for ch in word):
        return "ru_RU"
    return "en_GB"


def breaks(word: str) -> list[int]:
    """Where ``word`` may be hyphenated (indices into it), each part keeping a vowel."""
    if not _LETTERS.match(word.replace("ʼ", "a").replace("'", "a").replace("’", "a")):
        return []
    found = []
    for at in _dictionary(language_of(word)).positions(word):
        head, tail = word[:at], word[at:]
        if tail[0] in _NO_START:
            continue
        if not (_VOWELS & set(head)) or not (_VOWELS & set(tail)):
            continue
        found.append(at)
    return found


def soft_hyphens(word: str) -> str:
    """``word`` with soft hyphens at its allowed breaks, punctuation around it kept."""
    start = 0
    while start < len(word) and not word[start].isalpha():
        start += 1
    end = len(word)
    while end > start and not word[end - 1].isalpha():
        end -= 1
    core = word[start:end]
    points = breaks(core)
    if not points:
        return word
    parts, last = [], 0
    for at in points:
        parts.append(core[last:at])
        last = at
    parts.append(core[last:])
    return word[:start] + SOFT_HYPHEN.join(parts) + word[end:]


def hyphenated(text: str, font: str, size: float, width: float) -> str:
    """``text`` with soft hyphens in each word wider than ``width`` points (and only those)."""

    def one(match: re.Match[str]) -> str:
        word = match.group(0)
        if stringWidth(word, font, size) <= width:
            return word
        # A hyphenated word may still hold a long run (Ukrainian and Russian words joined
        # by a hyphen, "Каменець-Подільський"): hyphenate each part.
        return "-".join(soft_hyphens(part) for part in word.split("-"))

    return _WORD.sub(one, text)


def wrapping(style: ParagraphStyle, text: str) -> ParagraphStyle:
    """``style``, breaking words at their soft hyphens (and drawing the hyphen) if ``text``
    (as :func:`hyphenated` made it) has any; otherwise ``style`` itself, which breaks lines
    at spaces only."""
    return _breaking(style) if SOFT_HYPHEN in text else style


@cache
def _breaking(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_hyphenated", parent=style, embeddedHyphenation=1)
