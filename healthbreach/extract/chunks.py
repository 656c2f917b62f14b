"""Long texts through spaCy in chunks: no E088 ("Text of length N exceeds maximum"), whatever the length.

    text = head(text)                # at most TEXT_BUDGET characters, cut at a paragraph break
    doc = make_doc(nlp, text)        # == nlp(text) for a text under CHUNK_CHARS
    assert doc.text == text          # offsets in the Doc are offsets in the text given

A news article is a few thousand characters (the longest of the real
development set is under 20,000); a 20 MB "article" is a hostile or broken
page. Its facts are read from its first TEXT_BUDGET characters (a prefix, so
every offset stays an offset in the whole text), with one warning line: the
rules' cost grows faster than the text (2 MB took over 5 minutes), and a
crawl must not stall on one page.

The text is cut at paragraph breaks (else at a space) into pieces of at most
CHUNK_CHARS characters; each piece goes through the pipeline (nlp.pipe) and
the pieces' Docs are joined with Doc.from_docs, which keeps their sentences,
entities and span groups. A cut falls on a line break or a space, where a
sentence ends or a word does anyway.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from healthbreach.extract.textspans import remember_text

log = logging.getLogger("healthbreach.extract")

TEXT_BUDGET = 200_000  # ten times the longest real article
CHUNK_CHARS = 50_000  # well under spaCy's max_length (1,000,000); four chunks for a text at the budget
# A "sentence" longer than this (no punctuation over pages) is not given to the NER.
MAX_SENTENCE_CHARS = 5_000
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"\s"))


def split_text(text: str, size: int = CHUNK_CHARS) -> Iterator[str]:
    """Pieces of at most `size` characters whose concatenation is `text`, cut after a paragraph break,
    a line break or a space (in that order of preference); a piece without any is cut at `size`."""
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = 0
        for breaks in _BREAKS:
            ends = [m.end() for m in breaks.finditer(window, size // 2)]
            if ends:
                cut = ends[-1]
                break
        cut = cut or size
        yield text[start:start + cut]
        start += cut
    if start < len(text) or not text:
        yield text[start:]


def make_doc(nlp: Language, text: str, size: int = CHUNK_CHARS) -> Doc:
    """nlp(text), in chunks of at most `size` characters when the text is longer."""
    if len(text) <= size:
        return remember_text(nlp(text), text)
    docs = list(nlp.pipe(split_text(text, size)))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text, "chunks must join back into the text"
    if "sentence_cache" in nlp.pipe_names:  # a joined Doc has no hooks of its own
        nlp.get_pipe("sentence_cache")(doc)
    return remember_text(doc, text)


def head(text: str, budget: int = TEXT_BUDGET) -> str:
    """The text, or its first piece of at most `budget` characters (cut as split_text cuts), said once."""
    if len(text) <= budget:
        return text
    first = next(split_text(text, budget))
    log.warning("a text of %d characters: relevance and facts are read from its first %d", len(text), len(first))
    return first
