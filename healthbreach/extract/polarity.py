"""Is a cue stated of this incident, or denied, supposed or about other attacks?

A sentence is cut into clauses at punctuation and at the words that start a
new clause ("mais", "et", "qui", ...). A negation (data/rules/negation.json,
"negation.word": "aucune", "n'", "sans", ...) or a hypothesis ("risque de", "en cas de",
"pourraient") covers what follows it in its clause, a condition ("en cas de",
"si") the rest of its sentence, watching ("surveiller le web caché") what follows it up to the next
"et" or "qui"; a background marker (data/rules/background.json:
"à l'instar de", "se sont multipliées") covers its whole clause, an earlier incident told in the
pluperfect ("En 2021, le CHU voisin avait été paralysé par ...", "avait lui aussi") its whole sentence. So in "une
cyberattaque qui perturbe son fonctionnement sans toutefois affecter les
urgences" the disruption is stated and the effect on the emergency ward
denied, and in "Alors que plusieurs hôpitaux ont été touchés, c'est
aujourd'hui la clinique qui subit un rançongiciel" the ransomware is this
clinic's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

from healthbreach.extract.rules import RuleMatch, RuleSet
from healthbreach.extract.textspans import Segment, body_segments, doc_folded, doc_text

STATED, NEGATED, SUPPOSED, DOUBTED, BACKGROUND = "stated", "negated", "supposed", "doubted", "background"

# Where a clause ends. A negation stops at any of them ("aucune donnée n'a été volée et les serveurs
# ont été chiffrés"); a hypothesis or a background marker runs over "et" and "qui" ("risque de
# hameçonnage et d'usurpation d'identité") and stops at the others. Quotes are no break: "ne pas
# avoir constaté « de fuite de données »" denies the quoted leak.
_STRONG_BREAK = r"[;:.!?()\[\]]|\s-\s|(?<![a-z])(?:mais|tandis|alors que|car|puis)(?![a-z])"
_WEAK_BREAK = r",|(?<![a-z])(?:et|qui|que|qu')(?![a-z])"
# An aside between two commas ("à ce stade", "selon la direction"): neither comma ends a doubt.
_ASIDE = re.compile(r",\s*(?:a ce stade|a ce jour|pour l'instant|pour le moment|a l'heure actuelle|en l'etat|"
                    r"(?:selon|d'apres) [^,;:.]{1,40}|toutefois|pour autant|encore|pour sa part)\s*,")
_BREAKS = {"negation": re.compile(f"{_STRONG_BREAK}|{_WEAK_BREAK}"),
           "hypothesis": re.compile(f"{_STRONG_BREAK}|,"),
           # watching ("surveille les forums") covers its own clause only: "et a dû reporter les opérations" is stated
           "watch": re.compile(f"{_STRONG_BREAK}|{_WEAK_BREAK}"),
           "condition": re.compile(_STRONG_BREAK),  # "En cas d'attaque, l'hôpital passerait en mode dégradé"
           # "on ignore encore si des données ont été copiées et publiées"; an aside between commas
           # does not end the doubt ("rien n'indique, à ce stade, que les fichiers aient été copiés")
           "doubt": re.compile(f"{_STRONG_BREAK}|,(?!\\s*(?:que |qu'))"),
           # a list after a comma stays in the background clause ("les attaques se multiplient, qu'il s'agisse de ...",
           # "des incidents majeurs, dont le vol de ...", "qu'il s'agisse de vols, d'erreurs d'envoi ou de ...")
           "background": re.compile(f"{_STRONG_BREAK}|,(?!\\s*(?:qu'il s'agisse|qu'elles? soient|notamment|comme |tels? que|telles? que|par exemple|y compris|dont |d'|de |du |ou ))"),
           # an earlier incident told in the pluperfect covers its whole sentence ("En 2021, le CHU voisin avait
           # été paralysé par LockBit, avec à la clé la publication de données")
           "recalled": re.compile(_STRONG_BREAK)}


@lru_cache(maxsize=1)
def _rules() -> RuleSet:
    return RuleSet.load("rules/polarity.json")


@lru_cache(maxsize=1)
def _shared() -> RuleSet:
    """What this module reads of the one negation vocabulary (its negator words) and of the one
    background vocabulary (a clause about other attacks)."""
    return RuleSet("polarity.shared", [RuleSet.load("rules/negation.json").rule("negation.word"),
                                       RuleSet.load("rules/background.json").rule("background.elsewhere")])


@dataclass(frozen=True)
class Reading:
    """The markers of one folded sentence, found once, asked about many cues."""

    folded: str
    breaks: dict[str, tuple[int, ...]]
    markers: tuple[tuple[str, int], ...]  # (label, start)

    def _same_clause(self, label: str, marker: int, cue: int) -> bool:
        lo, hi = min(marker, cue), max(marker, cue)
        return not any(lo < b <= hi for b in self.breaks[label])

    def polarity(self, start: int, end: int | None = None) -> str:
        """How the cue at folded[start:end] is stated: STATED, NEGATED, SUPPOSED, DOUBTED or BACKGROUND.

        With `end`, a negation inside the cue counts too ("les soins n'ont pas été interrompus").
        A doubt ("on ignore si", "rien n'indique que") leaves the cue unknown: DOUBTED, which no
        rule takes, not even a presupposed one ("ignore si des données volées ont été publiées")."""
        found = STATED
        doubted = False
        for label, at in self.markers:
            if not self._same_clause(label, at, start):
                continue
            if label in ("background", "recalled"):
                return BACKGROUND
            inside = end is not None and label == "negation" and start <= at < end
            if at >= start and not inside:
                continue  # negations and hypotheses cover what follows them
            if label == "doubt":
                doubted = True
            elif label in ("hypothesis", "condition", "watch"):
                found = SUPPOSED
            elif found == STATED:
                found = NEGATED
        return DOUBTED if doubted else found

    def stated(self, start: int, end: int | None = None) -> bool:
        return self.polarity(start, end) == STATED


def read(folded: str) -> Reading:
    """Read a folded sentence (healthbreach.textfold.fold) once."""
    breaks = {label: tuple(m.start() for m in rx.finditer(folded)) for label, rx in _BREAKS.items()}
    if "," in folded and (asides := {i for m in _ASIDE.finditer(folded) for i in (m.start(), m.end() - 1)}):
        breaks["doubt"] = tuple(b for b in breaks["doubt"] if b not in asides)
    markers = tuple((m.rule.label, m.start) for rules in (_shared(), _rules()) for m in rules.find_in_text(folded, folded))
    return Reading(folded, breaks, markers)


def match_polarity(m: RuleMatch, reading: Reading) -> str:
    """How a rule's match is stated in its sentence. A "presupposed" rule names a fact inside a noun
    phrase ("la vente des données dérobées"): a hypothesis around it ("empêcher la vente") does not
    make the theft a supposition, so it reads STATED; one "presupposed_under_negation" stays
    STATED under a negation too ("ne pas publier les fichiers dérobés"). A rule that "carries_negation" states its own
    ("aucun impact sur les soins", "sans mot de passe")."""
    end = None if m.rule.extra.get("carries_negation") else m.end
    found = reading.polarity(m.start, end)
    if found == NEGATED and m.rule.extra.get("presupposed_under_negation"):
        return STATED  # "pour ne pas publier les fichiers dérobés": the theft is no less stated
    return STATED if found == SUPPOSED and m.rule.extra.get("presupposed") else found


def _stated(seg: Segment, found: list[RuleMatch], reading: Reading) -> list[RuleMatch]:
    return [m for m in found if match_polarity(m, reading) == STATED]


def reading_of(doc: Doc, seg: Segment) -> Reading:
    """read(seg.folded) for a segment of `doc`, read once per Doc (attack types, care and the
    threat actor ask about the same sentences)."""
    cache = doc.user_data.setdefault("healthbreach_readings", {})
    key = (seg.start, seg.end)
    if key not in cache:
        cache[key] = read(seg.folded)
    return cache[key]


def recalls(doc: Doc, seg: Segment) -> bool:
    """True when the segment tells an earlier incident in the pluperfect (polarity.recalled): all of it is background."""
    return any(label == "recalled" for label, _ in reading_of(doc, seg).markers)


def stated_in_body(doc: Doc, rules: RuleSet) -> list[tuple[Segment, list[RuleMatch]]]:
    """(segment, its stated matches) for every body segment where `rules` match, in text order.

    The rules run once over the whole folded text; a match is kept when it lies inside one body
    segment (furniture and what follows the article are no segments), with offsets in that segment."""
    out = []
    for seg, found in in_body(doc, rules):
        kept = _stated(seg, found, reading_of(doc, seg))
        if kept:
            out.append((seg, kept))
    return out


def in_body(doc: Doc, rules: RuleSet) -> list[tuple[Segment, list[RuleMatch]]]:
    """(segment, its matches, whatever their polarity) for every body segment where `rules` match, in text order."""
    segments = tuple(body_segments(doc))  # listed once per Doc by textspans
    starts = [seg.start for seg in segments]
    by_segment: dict[int, list[RuleMatch]] = {}
    for m in rules.find_in_text(doc_text(doc), doc_folded(doc)):
        i = bisect_right(starts, m.start) - 1
        if i >= 0 and m.end <= segments[i].end:
            seg = segments[i]
            by_segment.setdefault(i, []).append(RuleMatch(m.rule, m.start - seg.start, m.end - seg.start))
    return [(segments[i], sorted(by_segment[i], key=lambda m: (m.start, m.end, m.rule.id))) for i in sorted(by_segment)]
