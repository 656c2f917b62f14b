"""Whether care or the organisation's services were disrupted (true / false / not said).

As gold/SCHEMA.md reads it: any stated disruption (data/rules/care.json:
"mode dégradé", opérations déprogrammées, patients transférés, systems or
internet access cut off, staff back on paper) makes it true, even where the
article adds that care itself went on ("aucun impact sur la prise en charge");
a statement that operations were not affected, and no disruption, makes it
false; nothing said leaves it None. A disruption under a negation ("aucune
déprogrammation n'est envisagée"), a hypothesis ("en cas de nécessité") or in
a background clause about other attacks does not count (polarity.py); denied
outright ("l'utilisation du logiciel n'a jamais été interrompue", not "ne
fonctionne plus" nor "pas encore rouvert"), it says operations went on. Only the
public website down ("disrupted_site", or back up again: "le site était de nouveau
accessible") is a disruption where nothing says that care and operations were not
affected; a disruption rule's words inside a site rule's match are the website's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from healthbreach.extract import polarity
from healthbreach.extract.evidence import Fact
from healthbreach.extract.rules import RuleSet

DISRUPTED, NOT_DISRUPTED, SITE = "disrupted", "not_disrupted", "disrupted_site"
# A negation that says the service stopped after all, or is not back yet: not a denial of the disruption.
# "aurait pu paralyser l'hôpital": what might have happened, not what did.
_MIGHT_HAVE = re.compile(r"(?<![a-z])(?:aurai(?:t|ent)|aurions|auriez) pu(?: etre)?(?: [a-z']+)?\s*$")
# "En cas d'urgence, les patients sont invités à se rendre au CH voisin" ("même si ..." too): a qualifier of whom the
# disruption spares, not a hypothesis; "Pour éviter toute propagation l'hôpital a coupé internet": the
# purpose of a stated act, where the purpose word has a subject and a finite verb after it (not "pour
# éviter que les urgences soient saturées", "pour prévenir une coupure").
_URGENT_ONLY = re.compile(r"en cas d'(?:urgence|extreme urgence)")
_PURPOSE = re.compile(r"(?:eviter|prevenir|empecher|se proteger|se premunir|prudence)")
_SUBJECT = re.compile(r"(?<![a-z])(?:l'|le |la |les |son |ses |leur |leurs )[a-z]")
_FINITE = re.compile(r"(?<![a-z])(?:a|ont|est|sont|avait|avaient|doit|doivent)(?![a-z])")
_STILL = re.compile(r"(?<![a-z])(?:plus|aucune date|pas de date|sans date|pas de retour|toujours pas|pas encore|pas toujours|pas pu etre (?:retabli|rouvert|relance)|que partiellement)(?![a-z])")


@lru_cache(maxsize=1)
def _rules() -> RuleSet:
    return RuleSet.load("rules/care.json")


def _lifted(folded: str, reading: polarity.Reading, m) -> str:
    """match_polarity of a supposed disruption once the care-only non-hypotheses are taken out."""
    kept = []
    for label, at in reading.markers:
        if label == "condition" and (_URGENT_ONLY.match(folded, at) or folded[max(0, at - 5):at] == "meme "):
            continue  # "en cas d'urgence, ...", "même si les délais se sont allongés": stated
        if label == "hypothesis" and at < m.start and _PURPOSE.match(folded, at) and "que" not in folded[at:m.start].split() \
                and _SUBJECT.search(folded, at, m.start) and _FINITE.search(folded, at, m.end):
            continue
        kept.append((label, at))
    return polarity.match_polarity(m, polarity.Reading(reading.folded, reading.breaks, tuple(kept)))


def find_care_disrupted(doc: Doc) -> Fact | None:
    """A fact of value "true" or "false" with the first sentence that says so, or None."""
    first: dict[str, Fact] = {}
    for seg, found in polarity.in_body(doc, _rules()):
        reading = polarity.reading_of(doc, seg)
        sites = [(m.start, m.end) for m in found if m.rule.label == SITE]
        for m in found:
            label, how = m.rule.label, polarity.match_polarity(m, reading)
            if how == polarity.SUPPOSED and label == DISRUPTED:
                how = _lifted(seg.folded, reading, m)
            if label in (DISRUPTED, SITE) and _MIGHT_HAVE.search(seg.folded, max(0, m.start - 40), m.start):
                continue  # "une telle attaque aurait pu paralyser l'hôpital"
            if label == DISRUPTED and any(s <= m.start < e for s, e in sites):
                continue  # "le site était de nouveau accessible": the website's, read by the site rule
            if how == polarity.NEGATED and label in (DISRUPTED, SITE) and not m.rule.extra.get("carries_negation") \
                    and not _STILL.search(seg.folded, max(0, m.start - 40), m.end):
                label, how = NOT_DISRUPTED, polarity.STATED  # "n'a jamais été interrompue"
            if how != polarity.STATED or label not in (DISRUPTED, NOT_DISRUPTED, SITE) or label in first:
                continue
            value = "false" if label == NOT_DISRUPTED else "true"
            first[label] = Fact("care_disrupted", value, seg.text, seg.start + m.start, seg.start + m.end, m.rule.id)
        if DISRUPTED in first:
            return first[DISRUPTED]
    return first.get(NOT_DISRUPTED) or first.get(SITE)
