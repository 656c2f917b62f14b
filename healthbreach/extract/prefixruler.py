"""spaCy's SpanRuler, the same spans found faster for token patterns that open on fixed words.

The health-organisation patterns (nlp.ruler_patterns) are a hundred token
patterns, each a head ("centre hospitalier universitaire", "clinique") followed
by the same name grammar. spaCy's Matcher tries every pattern at every token,
which made the ruler a tenth of the extractor's time. Here:

- a pattern's leading fixed words ({"LOWER": "centre"}, no operator) go into a
  PhraseMatcher (one pass over the Doc, in C); where such a prefix matches, its
  rest (the "tail", shared by many patterns) is run by a spaCy Matcher on the
  few tokens after it that a tail step could match, and only the matches
  starting right after the prefix are kept;
- a pattern whose first fixed word comes later, after one-token steps only
  ([capitalised word, {"TEXT": "Mutuelle"}]), is run whole by a Matcher from
  that many tokens before each occurrence of the word;
- phrase patterns, and token patterns with no such word, are matched as the
  SpanRuler matches them.

A token pattern's matches from one start token do not depend on the other
starts, and a match inside a slice of the Doc is a match in the Doc: the slices
give spaCy's own matches.

The spans are the SpanRuler's (label, id, de-duplicated, sorted), under
doc.spans[spans_key], replacing what was there.
tests/extract/test_prefix_ruler.py checks them against spaCy's SpanRuler.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token


def _fixed(step: dict[str, Any]) -> bool:
    """A step that is one fixed lower-case word: {"LOWER": "centre"}."""
    value = step.get("LOWER")
    return set(step) == {"LOWER"} and isinstance(value, str) and value == value.lower() and bool(value)


def _anchor(pattern: list[dict[str, Any]]) -> tuple[int, str, str] | None:
    """(index, attribute, word) of the first step that is one fixed word ({"TEXT": "Mutuelle"},
    {"LOWER": "clinique"}) with only one-token steps before it; None when there is none."""
    for i, step in enumerate(pattern):
        if len(step) == 1:
            attr, value = next(iter(step.items()))
            attr = {"TEXT": "ORTH"}.get(attr.upper(), attr.upper())
            if attr in ("ORTH", "LOWER") and isinstance(value, str) and value and (attr == "ORTH" or value == value.lower()):
                return i, attr, value
        if "OP" in step:
            return None
    return None


def _optional(step: dict[str, Any]) -> bool:
    return step.get("OP") in ("?", "*")


class _Step:
    """A tail step's token test, looser than the Matcher's or equal to it (never stricter):
    it only bounds the tokens a tail can run over."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.tests = [(attr.upper(), value) for attr, value in spec.items() if attr.upper() != "OP"]
        self.regex = {i: re.compile(v["REGEX"]) for i, (_, v) in enumerate(self.tests)
                      if isinstance(v, dict) and set(v) == {"REGEX"}}

    def may_match(self, token: Token) -> bool:
        for i, (attr, value) in enumerate(self.tests):
            if attr in ("LOWER", "TEXT", "ORTH"):
                got: Any = token.lower_ if attr == "LOWER" else token.text
            elif attr == "IS_UPPER":
                got = token.is_upper
            else:
                continue  # an attribute not read here: it may match
            if i in self.regex:
                if not self.regex[i].search(got):
                    return False
            elif isinstance(value, dict):
                if set(value) == {"IN"} and got not in value["IN"]:
                    return False
                if set(value) == {"NOT_IN"} and got in value["NOT_IN"]:
                    return False
            elif isinstance(value, (str, bool)) and got != value:
                return False
        return True


class PrefixRuler:
    def __init__(self, nlp: Language, spans_key: str, patterns: list[dict[str, Any]]) -> None:
        vocab = nlp.vocab
        self.spans_key = spans_key
        self.labels: dict[int, tuple[str, str]] = {}  # match key -> (label, id)
        self.phrases = PhraseMatcher(vocab, attr="LOWER")
        self.whole = Matcher(vocab)
        # Leading fixed words, then a tail.
        self.prefixes = PhraseMatcher(vocab, attr="LOWER")
        self.tails = Matcher(vocab)
        self.by_prefix: dict[int, list[tuple[int, int]]] = {}  # prefix key -> [(match key, tail key)]
        # A fixed word after k one-token steps.
        self.anchors = {attr: PhraseMatcher(vocab, attr=attr) for attr in ("ORTH", "LOWER")}
        self.anchored = Matcher(vocab)
        self.anchor_at: dict[int, int] = {}  # anchor key -> k
        tail_steps: dict[str, _Step] = {}
        anchored_steps: dict[str, _Step] = {}
        for entry in patterns:
            label, pid, pattern = entry["label"], entry.get("id", ""), entry["pattern"]
            name = repr((label, pid))
            key = vocab.strings.add(name)
            self.labels[key] = (label, pid)
            if isinstance(pattern, str):
                self.phrases.add(name, [nlp.make_doc(pattern)])
                continue
            n = 0
            while n < len(pattern) and _fixed(pattern[n]):
                n += 1
            tail = pattern[n:]
            if n and tail and not all(_optional(s) for s in tail):
                prefix_name = "prefix:" + repr(pattern[:n])
                self.prefixes.add(prefix_name, [Doc(vocab, words=[s["LOWER"] for s in pattern[:n]])])
                tail_name = "tail:" + repr(tail)
                self.tails.add(tail_name, [tail])
                self.by_prefix.setdefault(vocab.strings[prefix_name], []).append((key, vocab.strings[tail_name]))
                _collect(tail, tail_steps)
                continue
            anchor = _anchor(pattern)
            if anchor is None:
                self.whole.add(name, [pattern])
                continue
            k, attr, word = anchor
            anchor_name = f"anchor:{k}:{attr}:{word}"
            self.anchors[attr].add(anchor_name, [Doc(vocab, words=[word])])
            self.anchor_at[vocab.strings[anchor_name]] = k
            self.anchored.add(name, [pattern])
            _collect(pattern[k + 1:], anchored_steps)
        self.tail_steps = list(tail_steps.values())
        self.anchored_steps = list(anchored_steps.values())

    @staticmethod
    def _limit(doc: Doc, start: int, steps: list[_Step]) -> int:
        """The first token from `start` on that no step can match."""
        end = start
        while end < len(doc) and any(s.may_match(doc[end]) for s in steps):
            end += 1
        return end

    def __call__(self, doc: Doc) -> Doc:
        found = [*(self.whole(doc) if len(self.whole) else ()), *self.phrases(doc)]
        tails: dict[int, list[tuple[int, int, int]]] = {}  # token -> the tails' matches starting there
        for key, start, end in self.prefixes(doc):
            if end not in tails:
                limit = self._limit(doc, end, self.tail_steps)
                tails[end] = list(self.tails(doc[end:limit])) if limit > end else []
            for match_key, tail_key in self.by_prefix[key]:
                found.extend((match_key, start, end + e) for k, s, e in tails[end] if k == tail_key and s == 0)
        runs: set[tuple[int, int]] = set()
        for matcher in self.anchors.values():
            for key, at, _ in matcher(doc):
                start, limit = at - self.anchor_at[key], self._limit(doc, at + 1, self.anchored_steps)
                if start >= 0 and (start, limit) not in runs:
                    runs.add((start, limit))
                    found.extend((k, start + s, start + e) for k, s, e in self.anchored(doc[start:limit]) if s == 0)
        spans = {Span(doc, s, e, label=self.labels[key][0], span_id=self.labels[key][1]) for key, s, e in found if s != e}
        doc.spans[self.spans_key] = sorted(spans)
        return doc


def _collect(steps: list[dict[str, Any]], into: dict[str, _Step]) -> None:
    for step in steps:
        into.setdefault(repr(sorted((k, repr(v)) for k, v in step.items() if k != "OP")), _Step(step))
