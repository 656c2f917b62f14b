"""Does an article speak of a breach that hit the health sector?

`judge` is the fast first judgement, cheap enough to run on every page, so
that the heavy NLP runs only where it matters: a health term and a breach
term anywhere in the page. `reports_breach` is the extractor's stricter one:
the two must meet in the headline or in nearby sentences, so that a health
story with a "cyberattack" link in its sidebar, or a breach story that says
"santé" once in passing, is not a health-sector breach report. A sentence about
a trend ("les cyberattaques contre les hôpitaux se sont multipliées") reports
nothing; in a scam or advice story (a phishing campaign using a health brand)
only breach events count, not actors or phishing; a story whose lead is about
health and whose first sentences hold two different breach events is a
report even when no one sentence holds both. The vocabulary
is data (data/relevance.json); matching is done on case- and accent-folded
text at word starts; a term written with a trailing space must match a whole word.
Its breach words are the one breach vocabulary: the role rules read them too
(rules/roles.json builds its BREACH fragment from 'breach' and 'breach_stems').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from healthbreach.textfold import fold
from healthbreach.extract.dates import names_only_others, pluperfect_attack, years_named  # the dates' vocabulary of a recall
from healthbreach.extract.rules import RuleSet, load_rules, term_alternatives
from healthbreach.extract.textspans import HEADER_ZONE, ends_article, is_furniture, is_prose


@dataclass(frozen=True)
class Relevance:
    relevant: bool
    health_terms: list[str] = field(default_factory=list)
    breach_terms: list[str] = field(default_factory=list)

    @property
    def terms(self) -> list[str]:
        return self.health_terms + self.breach_terms


def _terms_pattern(terms: list[str], patterns: list[str] = ()) -> re.Pattern[str]:
    # rules.term_alternatives: a term written with a trailing space is a whole word ("chu "), others are stems;
    # `patterns` are regex fragments.
    alternatives = term_alternatives(terms) + [f"(?:{p})" for p in patterns]
    return re.compile(r"(?<![\w-])(" + "|".join(alternatives) + ")")


def _negation_cues() -> list[str]:
    """The negations of the one negation vocabulary (rules/negation.json) that take a breach term after them."""
    neg = RuleSet.load("rules/negation.json")
    return [neg.rule(f"negation.{name}").pattern for name in ("forward", "verb", "denial")]


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    data = load_rules("relevance.json")
    weak = {fold(t) for t in data["weak_breach"]}
    weak_health = {fold(t) for t in data["weak_health"]}
    actors = {fold(t) for t in data["actor_terms"]}
    events = data["event_patterns"] + data["read_without_right"] + data["resold_data"]
    alt = lambda xs: "|".join(f"(?:{x})" for x in xs)  # noqa: E731
    return {
        # "Aucune fuite de données n'est à déplorer", "pour prévenir les cyberattaques": no breach happened.
        "negated": re.compile(rf"(?<![a-z])(?:{'|'.join(_negation_cues() + data['prevention_cues'])})\s*(?:[\w']+\s+){{0,2}}$"),
        "trend": RuleSet.load("rules/background.json").regex("background.trend_story"),  # the one background vocabulary
        # "En avril 2024, c'est l'hôpital X qui avait été paralysé": an earlier incident recalled (the polarity vocabulary)
        "recalled": RuleSet.load("rules/polarity.json").regex("polarity.recalled"),
        "spared": re.compile(alt(data["spared_sentence"])),
        "scam": _terms_pattern(data["scam_markers"]),
        "event": _terms_pattern([t for t in data["breach"] if fold(t) not in weak | actors], events),
        "health": _terms_pattern(data["health"]),
        "strong_health": _terms_pattern([t for t in data["health"] if fold(t) not in weak_health]),
        # The first judgement's breach side: every breach term, the everyday ones that only count beside a data word
        # too ("envoyé par erreur", "une fuite"): the stricter judgement weighs them.
        "breach": _terms_pattern(data["breach"] + [t for t in data["weak_breach"] if t not in data["breach"]], events),
        "strong": _terms_pattern([t for t in data["breach"] if fold(t) not in weak], events),
        "weak": _terms_pattern(data["weak_breach"]),
        "weak_event": _terms_pattern([t for t in data["weak_breach"] if fold(t) not in actors]),
        "data": _terms_pattern(data["data_words"]),
        "exercise": _terms_pattern(data["exercise_markers"]),
        "denied_after": re.compile(alt(data["denied_after"])),
        "spared_after": re.compile(alt(data["spared_after"])),
        "in_address": re.compile(data["in_address"]),
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


class _Sentence(str):
    """A prose sentence, folded, that keeps its written form (`raw`: the capitals of the names it holds)."""

    raw: str

    def __new__(cls, raw: str) -> _Sentence:
        out = super().__new__(cls, fold(raw))
        out.raw = raw
        return out


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
        if is_furniture(line, fold(line)):
            continue  # "Lire aussi : Cyberattaque à l'hôpital de X" names another story
        if is_prose(line):
            prose.extend(_Sentence(s) for s in _SENTENCE_END.split(line))
        elif not prose or at < HEADER_ZONE:
            header.append(fold(line))
            if not prose:
                top.append(fold(line))
    return top, header, prose


NEGATION_WINDOW = 30  # characters before a term where a negation cue takes it


def _negated(unit: str, at: int) -> bool:
    """A negation (rules/negation.json), a prevention or a hypothesis (data/relevance.json "prevention_cues") right before the term at `at`."""
    return bool(_patterns()["negated"].search(unit[max(0, at - NEGATION_WINDOW) : at]))


def _denied(unit: str, m: re.Match[str]) -> bool:
    """A negation before the term ("aucune fuite") or a denial after it ("la piste d'une cyberattaque écartée")."""
    return _negated(unit, m.start()) or bool(_patterns()["denied_after"].match(unit, m.end()))


def _affirmed(pattern: re.Pattern[str], unit: str) -> bool:
    return any(not _denied(unit, m) for m in pattern.finditer(unit))


ADDRESS_WINDOW = 25  # characters before a health term where a street word makes it an address


def _health_side(unit: str) -> bool:
    """A health term not said to be spared ("la mairie paralysée, l'hôpital épargné") nor part of an
    address ("l'agence de la rue de l'Hôpital")."""
    pats = _patterns()
    return any(not pats["spared_after"].match(unit, m.end()) and not pats["in_address"].search(unit[max(0, m.start() - ADDRESS_WINDOW):m.start()])
               for m in pats["strong_health"].finditer(unit))


def _meets(unit: str, scam: bool = False) -> bool:
    pats = _patterns()
    if not _health_side(unit) or pats["trend"].search(unit):
        return False  # "les cyberattaques contre les hôpitaux se sont multipliées": a trend, no report
    if scam:  # a phishing campaign using a health brand: only a breach event counts ("une intrusion dans ses fichiers")
        return _affirmed(pats["event"], unit) or (_affirmed(pats["weak_event"], unit) and _affirmed(pats["data"], unit))
    return _affirmed(pats["strong"], unit) or (_affirmed(pats["weak"], unit) and _affirmed(pats["data"], unit))


LEAD_SENTENCES = 3
STORY_SENTENCES = 10


def _health_story(heads: list[str], prose: list[str]) -> bool:
    """The lead is about health and the story holds two different breach events, though no one sentence holds both:
    "Le logiciel des médecins ne répond plus. (...) des tentatives d'accès non autorisés (...) toute fuite de données"."""
    pats = _patterns()
    lead = " ".join([*heads, *prose[:LEAD_SENTENCES]])
    if len(pats["strong_health"].findall(lead)) < 2:
        return False
    events = {m.group(1) for s in prose[:STORY_SENTENCES] if not pats["trend"].search(s)
              for m in pats["event"].finditer(s) if not _denied(s, m)}
    return len(events) >= 2


def _denied_headline(heads: list[str], prose: list[str]) -> bool:
    """A headline whose every breach term is negated or denied ("« Ce n'est pas une cyberattaque », assure la
    direction"), with no breach term affirmed in the lead's first sentences: what follows recalls other attacks."""
    pats = _patterns()
    said = [(h, m) for h in heads for m in pats["breach"].finditer(h)]
    if not said or any(not _denied(h, m) for h, m in said):
        return False
    return not any(_affirmed(pats["breach"], s) for s in prose[:LEAD_SENTENCES])


def reports_breach(text: str, title: str | None = None) -> bool:
    """A health term and a breach term in the headline, a header line, one sentence or two adjacent ones;
    or a health story with two breach events. A scam story counts breach events only."""
    if _patterns()["exercise"].search(fold(title or "")):
        return False  # "Le CHU simule une cyberattaque": an exercise, not a breach
    top, header, prose = _units(text or "")
    # The headline and the lead tell one story: "Procès de la fuite de données de X" + "des patients de laboratoires".
    lead = prose[0] if prose else ""
    heads = [h for h in (fold(title or ""), *top) if h]
    if _denied_headline(heads, prose):
        return False
    scam = bool(_patterns()["scam"].search(" ".join([*heads, *prose[:2]])))
    kept = _told(heads, prose)
    told = [s for i, s in enumerate(prose) if i in kept]
    pairs = [(prose[i], prose[i + 1]) for i in sorted(kept) if i + 1 in kept]
    units = [fold(title or ""), *header, *told, *(a + " " + b for a, b in pairs if not _joins_spared(a, b)),
             *(h + " " + lead for h in heads)]
    return any(_meets(u, scam) for u in units if u) or (not scam and _health_story(heads, told))


def _told(heads: list[str], prose: list[str]) -> set[int]:
    """The indices of the prose sentences that may report this story's breach: not, after the lead, a sentence
    recalling earlier incidents. In a story whose headline and lead speak of no health body (a town hall's attack), any recall in the
    pluperfect ("En avril 2024, c'est l'hôpital X qui avait été paralysé"); in a health story (a follow-up may recall
    its own attack so), a recall in the pluperfect or a list of years that names only bodies the lead does not
    ("En 2021, le CH de X avait été paralysé ; en 2022, celui de Y ...", "le CH de X en 2021, celui de Y en 2022")."""
    lead = " ".join([*heads, prose[0] if prose else ""])
    health_lead = bool(_patterns()["strong_health"].search(lead))
    out = set()
    for i, s in enumerate(prose):
        recall = i > 0 and bool(_patterns()["recalled"].search(s))
        if i > 0 and health_lead:
            recall = (recall or pluperfect_attack(s) or len(years_named(s)) >= 2) and names_only_others(s.raw, lead)
        if not recall:
            out.add(i)
    return out


def _joins_spared(a: str, b: str) -> bool:
    """Two adjacent sentences where the only health body is the one said to be untouched ("Les données de la mairie
    ont pu être dérobées. Le groupe hospitalier assure que ses systèmes n'ont pas été touchés.")."""
    pats = _patterns()
    spared = [bool(pats["spared"].search(x)) for x in (a, b)]
    health = [bool(pats["strong_health"].search(x)) for x in (a, b)]
    return any(spared[i] and health[i] and not health[1 - i] for i in (0, 1))
