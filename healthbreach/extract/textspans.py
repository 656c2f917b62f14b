"""Text helpers shared by the rule extractors (organisations, records, dates, data types).

Rules match on a folded copy of the text (lower case, no accents, plain
spaces and apostrophes) that keeps every character at the same offset, so a
regex match on the folded text is also a span of the original article.
Extracted pages keep some furniture (share bars, "Articles similaires" and
the headlines under it, comments); body_segments leaves it out
(data/furniture.json).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterator

from healthbreach.textfold import fold
from healthbreach.extract.rules import load_rules  # noqa: F401  (rule modules import it from here too)

if TYPE_CHECKING:  # the crawl-time relevance gate uses this module without loading spaCy
    from spacy.tokens import Doc

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


def remember_text(doc: Doc, text: str) -> Doc:
    """Give doc_text the text the Doc was made from (== doc.text: spaCy keeps every character)."""
    doc.user_data["healthbreach_text"] = text
    return doc


def doc_folded(doc: Doc) -> str:
    """fold(doc.text), built once per Doc."""
    folded = doc.user_data.get("healthbreach_folded")
    if folded is None:
        folded = doc.user_data["healthbreach_folded"] = fold(doc_text(doc))
    return folded


def segments(doc: Doc) -> Iterator[Segment]:
    """The Doc's segments, in text order (listed once per Doc: every rule module walks them)."""
    cached = doc.user_data.get("healthbreach_segments")
    if cached is None:
        cached = doc.user_data["healthbreach_segments"] = tuple(_segments(doc))
    return iter(cached)


def _segments(doc: Doc) -> Iterator[Segment]:
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
    return line.rstrip("\"»” )").endswith((".", "!", "?", "…")) and len(line.split()) >= PROSE_WORDS


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


@lru_cache(maxsize=1)
def _clutter() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = load_rules("furniture.json")
    return re.compile(r"\s*(?:" + "|".join(raw["openings"]) + ")"), re.compile("|".join(raw["caption_endings"]))


def is_clutter(folded: str) -> bool:
    """A related-article link or a photo caption, even written as a sentence (furniture.json "openings",
    "caption_endings"): "À lire aussi : le CHU de X visé ...", "Photo : l'entrée de la clinique Y"."""
    opening, ending = _clutter()
    return bool(opening.match(folded) or ending.search(folded))


def body_segments(doc: Doc) -> Iterator[Segment]:
    """The segments of the article itself: furniture lines skipped, and nothing
    after the comments or a related-articles block (other stories' headlines).
    Listed once per Doc."""
    cached = doc.user_data.get("healthbreach_body_segments")
    if cached is None:
        cached = doc.user_data["healthbreach_body_segments"] = tuple(_body_segments(doc))
    return iter(cached)


def _body_segments(doc: Doc) -> Iterator[Segment]:
    started = False
    for seg in segments(doc):
        if started and ends_article(seg.text, seg.folded):
            return
        if not is_furniture(seg.text, seg.folded):
            yield seg
        started |= is_prose(seg.text)
