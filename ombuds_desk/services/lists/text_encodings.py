"""Which encoding a list's bytes are in, and whether the text they make is plausible.

Offices write CSV in UTF-8 (with or without BOM), UTF-16, and the Cyrillic code pages of
Windows (1251), of Unix mail and old Linux (KOI8-R, KOI8-U), of DOS (866) and of the old Mac.
The single-byte ones all decode any bytes to *something*, so the choice is by the text each
makes: names are written ``Шевченко`` or ``ШЕВЧЕНКО``, never ``ыЕЧЮЕОЛП`` (KOI8-R read as
1251), and hold no box-drawing marks (``┘х■рхяьЁ``, 1251 read as 866), no stray
punctuation inside a word (``Љуп?Янськ``) and no Cyrillic and Latin letters mixed in one word
(``Josй``). :func:`plausibility` finds such words; :func:`detect_encoding` takes the
candidate whose text has fewest, and among as few the one whose letters are likeliest
(:func:`letter_score`: their frequencies, the share of vowels, spellings the languages never
write, capitals where names begin), a rarer code page only by a clear margin. When even the best (or the encoding the user chose) makes a
mix of letters, :func:`check_plausible` refuses the file with :class:`GarbledTextError`,
naming a few of the words and the encodings to choose from.
"""

from __future__ import annotations

import codecs
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate

SAMPLE = 64 * 1024
MARGIN = 0.2  # a rarer code page (later in the list) must be likelier by this much
# Tried in this order; on a tie the earlier wins (1251 is the commonest, KOI8-R before
# KOI8-U: they differ only in Ukrainian letters, which then decide).
SINGLE_BYTE = ("cp1251", "koi8-r", "koi8-u", "cp866", "mac-cyrillic", "cp1252")
# By code; translated where shown (``encoding_name``): the technical names stay as they are.
ENCODING_NAMES = {
    "utf-8": QT_TRANSLATE_NOOP("ImportDialog", "UTF-8"),
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportDialog", "UTF-8 with BOM"),
    "utf-16": QT_TRANSLATE_NOOP("ImportDialog", "UTF-16"),
    "utf-16-le": QT_TRANSLATE_NOOP("ImportDialog", "UTF-16 LE (no BOM)"),
    "utf-16-be": QT_TRANSLATE_NOOP("ImportDialog", "UTF-16 BE (no BOM)"),
    "cp1251": QT_TRANSLATE_NOOP("ImportDialog", "Windows-1251 (Cyrillic)"),
    "koi8-r": QT_TRANSLATE_NOOP("ImportDialog", "KOI8-R (Russian)"),
    "koi8-u": QT_TRANSLATE_NOOP("ImportDialog", "KOI8-U (Ukrainian)"),
    "cp866": QT_TRANSLATE_NOOP("ImportDialog", "DOS 866 (Cyrillic)"),
    "mac-cyrillic": QT_TRANSLATE_NOOP("ImportDialog", "Mac Cyrillic"),
    "cp1252": QT_TRANSLATE_NOOP("ImportDialog", "Windows-1252 (Western)"),
}
# Share of the words with letters beyond ASCII that may look garbled before a text is
# refused: one word in ten when there are two or more (two lists pasted together, one of them
# in another encoding), else three in ten (one odd name in a list of three is no proof).
IMPLAUSIBLE_SHARE = 0.1
IMPLAUSIBLE_ALONE = 0.3

_WORD = re.compile(r"[^ \t\r\n\f\v,;\"|]+")  # a no-break space stays in its word
# Marks that may open a word, and what closes them ("" for those that never open one).
_STARTS = {"“": "”", "‘": "’", "„": "“", "«": "»", "”": "", "’": "", "»": "", "–": "",
           "—": "", "…": "", "\xa0": ""}  # fmt: skip
_PARTS = re.compile(r"[^\W\d_]+")  # runs of letters (ʼ is a letter: Купʼянськ stays whole)
# Cyrillic letters of Serbian and Macedonian only: what 1251's punctuation range turns into.
_RARE_CYRILLIC = frozenset("ЂђЃѓЉљЊњЌќЋћЏџЅѕЈј")
# Latin letters that look like Cyrillic ones, typed by mistake inside Cyrillic words (a Latin
# "i" in "Київ" is common): a typing slip, not a wrong encoding.
_LOOK_ALIKE = frozenset("aceiopxyABCEHIKMOPTX")
# How often each letter comes in Russian and Ukrainian text, per thousand: an all-capitals
# KOI8 list read as 1251 is all small letters, plausible in case but not in frequency.
_PER_MILLE = dict(
    zip(
        "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъёіїєґ",
        (110, 85, 80, 70, 67, 63, 55, 47, 45, 44, 35, 32, 30, 28, 26, 20, 15, 17, 17, 17, 16,
         14, 12, 10, 9, 7, 6, 5, 4, 3, 3, 1, 1, 45, 6, 4, 1),
        strict=True,
    )
)  # fmt: skip
_ODD_MARKS = frozenset("‚„†‡€‰‹›™•˜¤¦¶¬ƒ√≈∆≠≤≥÷∂∞□■▀▄█▌▐░▒▓·¸¹²³¯¨´¿¡")


_LOG_FREQUENCY = {c: math.log(n) for c, n in _PER_MILLE.items()}
_VOWELS = frozenset("аеиоуыэюяёіїє")
# What Russian and Ukrainian spelling never writes: ь, ъ or ы starting a word, a soft or hard
# sign after a vowel, ы after к г х ж ш ч щ, ю or я after ж ш ч щ (жи-ши, ча-ща, чу-щу).
# A word from a wrong code page has them often: ыечюеолп (KOI8 capitals read as 1251).
_IMPOSSIBLE = re.compile(r"^[ьъы]|[аеиоуыэюяёіїє][ьъ]|[кгхжшчщ]ы|[жшчщ][юя]|[ьъ][ьъ]")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
IMPOSSIBLE_WEIGHT = 20.0
# Names are typed Шевченко or ШЕВЧЕНКО: a capital first letter counts for a reading. (KOI8 and
# 1251 swap the cases, so an all-capitals list read wrongly is all small letters.)
CAPITAL_WEIGHT = 1.0
VOWEL_SHARE = 0.43
VOWEL_WEIGHT = 4.0


class GarbledTextError(ValidationError):
    """The file's text, read in the encoding detected or chosen, is a mix of letters."""

    def __init__(self, message: str, encoding: str, words: list[str]) -> None:
        super().__init__(message)
        self.encoding = encoding
        self.words = words

    def __reduce__(self) -> tuple[Any, ...]:
        # A worker process reads the file: the error crosses back with its encoding (the
        # dialog shows it), which the default (the message alone) would drop.
        return (type(self), (self.message, self.encoding, self.words))


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def _odd(char: str) -> bool:
    if char in _ODD_MARKS or char in _RARE_CYRILLIC or "\u2500" <= char <= "\u259f":
        return True  # box drawing: 1251 read as 866
    if char < " " or char == "\x7f":
        # A NUL or a bell is the same byte in every encoding tried: a damaged or badly
        # copied cell (its row's problem, ``tabular_files``), not a sign of the wrong one.
        return False
    return unicodedata.category(char) in ("Co", "Cn", "Cc")


def _part_garbled(part: str) -> bool:
    cyrillic = sum(1 for c in part if _is_cyrillic(c))
    latin = sum(1 for c in part if c.isascii())
    if cyrillic and latin:
        # Josй (1252 text read as 1251), not Kиїв with a Latin K typed by mistake.
        return not all(c in _LOOK_ALIKE for c in part if c.isascii())
    if cyrillic:
        letters = [c for c in part if c.isupper() or c.islower()]
        # Шевченко, ШЕВЧЕНКО, шевченко; not ыЕЧЮЕОЛП, шЕВЧЕНКО or ШевЧенко.
        rest = letters[1:]
        if not (all(c.islower() for c in rest) or all(c.isupper() for c in letters)):
            return True
        # Лхсхфхт, Грр: small letters of one code page read in another (Mac Cyrillic read
        # as 866) keep their case but lose their vowels. Capitals may be an abbreviation
        # (ДПСУ), and a short word may be one (вул).
        return (
            len(letters) >= 4
            and not all(c.isupper() for c in letters)
            and not any(c.lower() in _VOWELS for c in letters)
        )
    others = len(part) - latin
    return len(part) >= 3 and others * 2 > len(part)  # Øåâ÷åíêî: 1251 read as 1252


def _bad_start(word: str) -> bool:
    """A word begun by a quote, dash or no-break space glued to a letter, with no closing
    quote: a capital letter of 1251 read as Mac Cyrillic (Т as “, С as —, К as a no-break
    space), not a quotation (“лист”, «Ромашка»)."""
    if len(word) < 2 or word[0] not in _STARTS or not word[1].isalpha():
        return False
    closing = _STARTS[word[0]]
    return not closing or closing not in word[1:]


def _word_garbled(word: str, code_page: bool = True) -> bool:
    return (
        any(_odd(c) for c in word)
        or (code_page and _bad_start(word))
        or any(_part_garbled(p) for p in _PARTS.findall(word))
    )


@dataclass(frozen=True)
class Plausibility:
    """How a text reads: its words beyond ASCII, and those of them that look garbled."""

    words: int
    garbled: list[str]

    @property
    def implausible(self) -> bool:
        share = len(self.garbled) / self.words if self.words else 0.0
        return bool(self.garbled) and (
            share >= IMPLAUSIBLE_ALONE or (len(self.garbled) >= 2 and share >= IMPLAUSIBLE_SHARE)
        )


def letter_score(text: str) -> float:
    """How like a Russian or Ukrainian list the Cyrillic letters of ``text`` are (higher:
    likelier): their mean log-frequency, less how far their share of vowels is from the usual
    43 % (the code pages put vowels and consonants in different places), less the spellings
    the languages never write, plus the share of words with a capital first letter."""
    letters = [c for c in text.lower() if _is_cyrillic(c)]
    if not letters:
        return 0.0
    frequency = sum(_LOG_FREQUENCY.get(c, 0.0) for c in letters) / len(letters)
    vowels = sum(1 for c in letters if c in _VOWELS) / len(letters)
    words = _CYRILLIC_WORD.findall(text)
    impossible = sum(len(_IMPOSSIBLE.findall(w.lower())) for w in words)
    capitals = sum(1 for w in words if w[0].isupper()) / len(words)
    return (
        frequency
        - VOWEL_WEIGHT * abs(vowels - VOWEL_SHARE)
        - IMPOSSIBLE_WEIGHT * impossible / len(letters)
        + CAPITAL_WEIGHT * capitals
    )


def plausibility(text: str, code_page: bool = True) -> Plausibility:
    """Judge ``text`` by its words that hold anything beyond ASCII (others read alike in
    every encoding tried). ``code_page`` False: ``text`` was decoded from UTF-8 or UTF-16,
    so a quote, dash or no-break space before a word is what was typed (pasted from a web
    page or Word), not a capital letter of 1251 read as Mac Cyrillic."""
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    return Plausibility(len(words), [w for w in words if _word_garbled(w, code_page)])


def utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 of Latin and Cyrillic text: nearly every high byte is 0x00 (the delimiters and
    line ends are ASCII), 0x04 (Cyrillic) or 0x02 / 0x20 (apostrophes, quotes)."""
    for high, name in ((sample[1::2], "utf-16-le"), (sample[0::2], "utf-16-be")):
        usual = sum(high.count(b) for b in (0x00, 0x04, 0x02, 0x20))
        if high and high.count(0) and usual >= 0.95 * len(high):
            try:
                sample[: len(sample) // 2 * 2].decode(name)
            except UnicodeDecodeError:
                continue
            return name
    return None


def detect_encoding(data: bytes) -> str:
    """The encoding of a CSV file's bytes: by BOM, UTF-16's zero bytes, strict UTF-8, else
    the single-byte code page whose text has the fewest garbled words."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:SAMPLE]
    guess = utf16_without_bom(sample)
    if guess:
        return guess
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best, fewest, score = SINGLE_BYTE[0], -1, 0.0
    for encoding in SINGLE_BYTE:
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue  # a byte this code page leaves undefined
        garbled, letters = len(plausibility(text).garbled), letter_score(text)
        # Fewer garbled words win; as many, likelier letters by a clear margin (a short
        # 1251 list read as Mac Cyrillic loses only its capitals, to quotes and spaces).
        if fewest < 0 or garbled < fewest or (garbled == fewest and letters > score + MARGIN):
            best, fewest, score = encoding, garbled, letters
    return best


def encoding_name(encoding: str) -> str:
    """``KOI8-R (Russian)`` for ``koi8_r``: the name a dialog shows."""
    try:
        key = codecs.lookup(encoding).name
    except LookupError:
        key = encoding
    return translate("ImportDialog", ENCODING_NAMES[key]) if key in ENCODING_NAMES else encoding


def check_plausible(name: str, text: str, encoding: str, chosen: bool) -> None:
    """Refuse ``text`` (the file ``name`` read as ``encoding``) when it is a mix of letters."""
    try:
        unicode = codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        unicode = False
    found = plausibility(text[:SAMPLE], code_page=not unicode)
    if not found.implausible:
        return
    shown = ", ".join(f"“{w[:30]}”" for w in found.garbled[:3])
    text = (
        translate(
            "ImportProblems",
            "{name} does not read as text in the encoding chosen, {encoding}: it gives words "
            "such as {words}. Choose the encoding it was saved in (Windows-1251, KOI8-R, KOI8-U, "
            "DOS 866, Mac Cyrillic, UTF-8…), or ask for the file in UTF-8. Nothing was imported.",
        )
        if chosen
        else translate(
            "ImportProblems",
            "{name} does not read as text in the encoding it seems to be in, {encoding}: it "
            "gives words such as {words}. Choose the encoding it was saved in (Windows-1251, "
            "KOI8-R, KOI8-U, DOS 866, Mac Cyrillic, UTF-8…), or ask for the file in UTF-8. "
            "Nothing was imported.",
        )
    )
    raise GarbledTextError(
        text.format(name=name, encoding=encoding_name(encoding), words=shown),
        encoding,
        found.garbled[:10],
    )
