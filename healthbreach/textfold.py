"""The one text fold of the project: every rule, vocabulary and comparison key uses it.

`fold` lower-cases, strips accents and turns typographic spaces, apostrophes,
dashes and quotes into their plain forms, keeping every character at its offset
(a regex match on the folded text is a span of the original). `fold_words` is
the comparison form of a name: folded, punctuation to single spaces. This module
imports nothing heavy: the crawl-time relevance gate uses it without spaCy.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Characters folded to one plain stand-in; all are one character wide.
_SAME_WIDTH = {
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
    "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-",
    "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"',
    "\u0153": "o", "\u0152": "o", "\u00e6": "a", "\u00c6": "a",
}


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c in _SAME_WIDTH:
        return _SAME_WIDTH[c]
    base = unicodedata.normalize("NFKD", c)[:1] or c
    low = base.lower()
    # A few characters lower-case to two characters (e.g. "İ"); keep width.
    return low if len(low) == 1 else base


class _FoldTable(dict):
    """Code point -> folded character, filled on first sight (str.translate reads it in C)."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = _fold_char(chr(code))
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, strip accents, normalise spaces/quotes/dashes; same length as `text`."""
    if text.isascii():
        return text.replace("`", "'").lower()
    return text.translate(_TABLE)


# The function words of a French name ("Centre hospitalier de la Côte", "hôpital sur Mer"):
# comparison keys (store/identity.py) and an acronym's initials (extract/mentions.py, store/identity.py)
# leave them out.
NAME_STOP_WORDS = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en", "sur", "sous", "lez"})


def fold_words(text: str) -> str:
    """A name's comparison form: folded, every run of non-alphanumerics one space, trimmed."""
    return re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()
