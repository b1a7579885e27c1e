"""Words on a screen that are no interface text: the program's name, the same in every
language. (Every other word of every feature goes through a translator.)"""

from __future__ import annotations

OTHERS_WORDS: tuple[str, ...] = ("Ombuds Desk",)
