"""Does an article speak of a breach that hit the health sector?

`judge` is the fast first judgement, cheap enough to run on every page, so
that the heavy NLP runs only where it matters: a health term and a breach
term anywhere in the page. `reports_breach` is the extractor's stricter one:
the two must meet in the headline or in nearby sentences, so that a health
story with a "cyberattack" link in its sidebar, or a breach story that says
"santé" once in passing, is not a health-sector breach report. The vocabulary
is data (data/relevance.json); matching is done on case- and accent-folded
text at word starts; a term written with a trailing space must match a whole word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from healthbreach.textfold import fold
from healthbreach.extract.rules import load_rules
from healthbreach.extract.textspans import HEADER_ZONE, ends_article, is_prose


@dataclass(frozen=True)
class Relevance:
    relevant: bool
    health_terms: list[str] = field(default_factory=list)
    breach_terms: list[str] = field(default_factory=list)

    @property
    def terms(self) -> list[str]:
        return self.health_terms + self.breach_terms


def _terms_pattern(terms: list[str]) -> re.Pattern[str]:
    # A term written with a trailing space is a whole word ("chu "), others are stems.
    terms = sorted({fold(t) for t in terms}, key=len, reverse=True)
    alternatives = [re.escape(t.strip()) + (r"\b" if t.endswith(" ") else "") for t in terms]
    return re.compile(r"(?<![\w-])(" + "|".join(alternatives) + ")")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    data = load_rules("relevance.json")
    weak = {fold(t) for t in data["weak_breach"]}
    weak_health = {fold(t) for t in data["weak_health"]}
    return {
        "health": _terms_pattern(data["health"]),
        "strong_health": _terms_pattern([t for t in data["health"] if fold(t) not in weak_health]),
        "breach": _terms_pattern(data["breach"]),
        "strong": _terms_pattern([t for t in data["breach"] if fold(t) not in weak]),
        "weak": _terms_pattern(data["weak_breach"]),
        "data": _terms_pattern(data["data_words"]),
    }


def _matches(pattern: re.Pattern[str], text: str) -> list[str]:
    seen: dict[str, None] = {}
    for m in pattern.finditer(text):
        seen.setdefault(m.group(1), None)
    return list(seen)


def judge(text: str, title: str | None = None) -> Relevance:
    """Health vocabulary AND breach vocabulary, in the title or the text."""
    folded = fold(f"{title or ''}\n{text or ''}")
    pats = _patterns()
    health = _matches(pats["health"], folded)
    breach = _matches(pats["breach"], folded)
    return Relevance(bool(health and breach), health, breach)


_SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[A-ZÀ-Ý«\"])")


def _units(text: str) -> tuple[list[str], list[str], list[str]]:
    """(lines above the body, short lines near the top, prose sentences), folded."""
    top: list[str] = []
    header: list[str] = []
    prose: list[str] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        line, at = raw.strip(), pos
        pos += len(raw)
        if not line:
            continue
        if prose and ends_article(line, fold(line)):
            break
        if is_prose(line):
            prose.extend(fold(s) for s in _SENTENCE_END.split(line))
        elif not prose or at < HEADER_ZONE:
            header.append(fold(line))
            if not prose:
                top.append(fold(line))
    return top, header, prose


# "Aucune fuite de données n'est à déplorer", "pour prévenir les cyberattaques": no breach happened.
_NEGATED = re.compile(r"(?:\baucune?s?|\bpas\s+(?:de|d')|\bn'\w+\s+(?:pas|jamais)|\bsans|\bni|\bprevenir|\bproteger(?:\s+contre)?|\bpremunir\s+contre|"
                      r"\bface\s+aux?|\ben\s+cas\s+d[e']|\blutter\s+contre|\blutte\s+contre|\brisques?\s+d[e'])\s*(?:[\w']+\s+){0,2}$")


def _affirmed(pattern: re.Pattern[str], unit: str) -> bool:
    return any(not _NEGATED.search(unit[max(0, m.start() - 25) : m.start()]) for m in pattern.finditer(unit))


def _meets(unit: str) -> bool:
    pats = _patterns()
    if not pats["strong_health"].search(unit):
        return False
    return _affirmed(pats["strong"], unit) or (_affirmed(pats["weak"], unit) and _affirmed(pats["data"], unit))


def reports_breach(text: str, title: str | None = None) -> bool:
    """A health term and a breach term in the headline, a header line, one sentence or two adjacent ones."""
    top, header, prose = _units(text or "")
    # The headline and the lead tell one story: "Procès de la fuite de données de X" + "des patients de laboratoires".
    lead = prose[0] if prose else ""
    heads = [h for h in (fold(title or ""), *top) if h]
    units = [fold(title or ""), *header, *prose, *(a + " " + b for a, b in zip(prose, prose[1:])), *(h + " " + lead for h in heads)]
    return any(_meets(u) for u in units if u)
