"""Long texts: through spaCy in chunks (no E088), a 20 MB text read from its head, offsets kept."""

from __future__ import annotations

import logging

import pytest

from healthbreach.extract.chunks import TEXT_BUDGET, head, make_doc, split_text
from healthbreach.extract.extractor import Extractor
from healthbreach.extract.nlp import SPANS_KEY, blank_nlp

BREACH = "Le centre hospitalier de Valmont a été victime d'une cyberattaque le 3 mars 2026. Les données de 12 000 patients ont été dérobées.\n\n"
FILLER = "Le conseil municipal a voté le budget de la médiathèque et la rénovation du gymnase du quartier nord.\n\n"


def test_pieces_join_back_and_are_cut_at_breaks():
    text = (BREACH + FILLER) * 400 + "x" * 3000  # a run of 3000 characters without any break at the end
    pieces = list(split_text(text, 2000))
    assert "".join(pieces) == text
    assert all(len(p) <= 2000 for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-3])  # paragraph breaks where there are some
    assert list(split_text("", 10)) == [""] and list(split_text("court", 10)) == ["court"]


def test_a_chunked_doc_is_the_whole_doc():
    nlp = blank_nlp()
    text = (BREACH + FILLER) * 300
    whole, chunked = nlp(text), make_doc(nlp, text, size=5000)
    assert chunked.text == text
    assert [t.text for t in chunked] == [t.text for t in whole]
    assert [(s.start, s.end) for s in chunked.sents] == [(s.start, s.end) for s in whole.sents]
    assert [(s.start, s.end, s.label_) for s in chunked.spans[SPANS_KEY]] == [(s.start, s.end, s.label_) for s in whole.spans[SPANS_KEY]]


def test_a_text_past_spacys_max_length_is_no_error():
    nlp = blank_nlp()
    text = (BREACH + FILLER) * 200
    saved = nlp.max_length
    nlp.max_length = 10_000  # the 1,000,000 limit, scaled down so the test stays fast
    try:
        with pytest.raises(ValueError, match="E088"):
            nlp(text)
        doc = make_doc(nlp, text, size=5_000)
    finally:
        nlp.max_length = saved
    assert doc.text == text and len(doc.spans[SPANS_KEY]) == 200


def test_a_20_mb_text_is_read_from_its_head_with_one_line(caplog):
    text = BREACH + FILLER * (20_000_000 // len(FILLER))
    assert len(text) >= 20_000_000
    with caplog.at_level(logging.WARNING, logger="healthbreach.extract"):
        extraction = Extractor(use_model=False).extract(text)
    assert [r.getMessage() for r in caplog.records] == [f"a text of {len(text)} characters: relevance and facts are read from its first {len(head(text))}"]
    assert len(head(text)) <= TEXT_BUDGET and text.startswith(head(text))
    record = extraction.to_record("big")
    assert record["victims"] == ["centre hospitalier de Valmont"] and record["records"] == 12000
    for fact in extraction.facts():  # offsets are offsets in the whole text
        assert text[fact.start:fact.end] in fact.sentence
