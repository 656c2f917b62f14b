"""Fast first judgement: does an article speak of a breach that hit the health sector?

Cheap enough to run on every page, so that the heavy NLP runs only where it
matters. The vocabulary is data (data/relevance.json); matching is done on
case- and accent-folded text at word starts;
a term written with a trailing space must match a whole word.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


def fold(text: str) -> str:
    """Lower-case, strip accents and normalise apostrophes and spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return text.lower()


@dataclass(frozen=True)
class Relevance:
    relevant: bool
    health_terms: list[str] = field(default_factory=list)
    breach_terms: list[str] = field(default_factory=list)

    @property
    def terms(self) -> list[str]:
        return self.health_terms + self.breach_terms


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    data = json.loads(resources.files(__package__).joinpath("data/relevance.json").read_text("utf-8"))
    compiled = {}
    for kind in ("health", "breach"):
        # A term written with a trailing space is a whole word ("chu "), others are stems.
        terms = sorted({fold(t) for t in data[kind]}, key=len, reverse=True)
        alternatives = [re.escape(t.strip()) + (r"\b" if t.endswith(" ") else "") for t in terms]
        compiled[kind] = re.compile(r"(?<![\w-])(" + "|".join(alternatives) + ")")
    return compiled


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
