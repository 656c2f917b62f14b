"""Text helpers shared by the rule extractors (organisations, records, dates, data types).

Rules match on a folded copy of the text (lower case, no accents, plain
spaces and apostrophes) that keeps every character at the same offset, so a
regex match on the folded text is also a span of the original article.
Extracted pages keep some furniture (share bars, "Articles similaires" and
the headlines under it, comments); body_segments leaves it out
(data/furniture.json).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Iterator

if TYPE_CHECKING:  # the crawl-time relevance gate uses this module without loading spaCy
    from spacy.tokens import Doc

# Characters folded to one plain stand-in; all are one character wide.
_SAME_WIDTH = {
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-",
    "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"',
    "\u0153": "o", "\u0152": "o", "\u00e6": "a", "\u00c6": "a",
}


def _fold_char(c: str) -> str:
    if c in _SAME_WIDTH:
        return _SAME_WIDTH[c]
    base = unicodedata.normalize("NFKD", c)[:1] or c
    low = base.lower()
    # A few characters lower-case to two characters (e.g. "İ"); keep width.
    return low if len(low) == 1 else base


def fold_keep(text: str) -> str:
    """Lower-case, strip accents, normalise spaces/quotes; same length as `text`."""
    return "".join(_fold_char(c) for c in text)


@dataclass(frozen=True)
class Segment:
    """A sentence piece: a spaCy sentence cut again at line breaks.

    Headlines, datelines and page furniture sit on their own lines without
    final punctuation, so the sentencizer glues them to the next sentence.
    """

    start: int
    end: int
    text: str
    folded: str


def doc_text(doc: Doc) -> str:
    """doc.text, built once per Doc: spaCy joins every token each time it is read."""
    text = doc.user_data.get("healthbreach_text")
    if text is None:
        text = doc.user_data["healthbreach_text"] = doc.text
    return text


def doc_folded(doc: Doc) -> str:
    """fold_keep(doc.text), built once per Doc."""
    folded = doc.user_data.get("healthbreach_folded")
    if folded is None:
        folded = doc.user_data["healthbreach_folded"] = fold_keep(doc_text(doc))
    return folded


def segments(doc: Doc) -> Iterator[Segment]:
    text = doc_text(doc)
    folded = doc_folded(doc)
    for sent in doc.sents:
        pos = sent.start_char
        for line in text[sent.start_char : sent.end_char].split("\n"):
            stripped = line.strip()
            if stripped:
                start = pos + line.index(stripped[0])
                end = start + len(stripped)
                yield Segment(start, end, text[start:end], folded[start:end])
            pos += len(line) + 1


PROSE_WORDS = 6
HEADER_ZONE = 1500  # characters: the headline, kicker, byline and dateline sit within the top of a page
CUT_MARKER_WORDS = 8  # a line ending the article is a short heading ("Articles similaires")


def is_prose(line: str) -> bool:
    """A body sentence: a few words and a final stop. Headlines, bylines, menus and links have none."""
    return len(line.split()) >= PROSE_WORDS and line.rstrip("\"»” )").endswith((".", "!", "?", "…"))


@lru_cache(maxsize=1)
def _furniture() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = load_rules("furniture.json")
    alt = lambda xs: "|".join(re.escape(x) for x in sorted(xs, key=len, reverse=True))  # noqa: E731
    return re.compile(alt(raw["lines"])), re.compile(alt(raw["cut"]))


def ends_article(line: str, folded: str) -> bool:
    """A short heading that opens the comments or a related-articles block.

    Only once the body has begun: the same headings ("Les plus lus") also sit
    in menus above the article."""
    return not is_prose(line) and len(line.split()) <= CUT_MARKER_WORDS and bool(_furniture()[1].search(folded))


def is_furniture(line: str, folded: str) -> bool:
    """A share bar, a credit, an "À lire aussi" line."""
    return not is_prose(line) and bool(_furniture()[0].search(folded))


def body_segments(doc: Doc) -> Iterator[Segment]:
    """The segments of the article itself: furniture lines skipped, and nothing
    after the comments or a related-articles block (other stories' headlines)."""
    started = False
    for seg in segments(doc):
        if started and ends_article(seg.text, seg.folded):
            return
        if not is_furniture(seg.text, seg.folded):
            yield seg
        started |= is_prose(seg.text)


@lru_cache(maxsize=None)
def load_rules(name: str) -> dict[str, Any]:
    """Load one of the rule tables kept as data in healthbreach/extract/data/."""
    return json.loads(resources.files(__package__).joinpath(f"data/{name}").read_text("utf-8"))
