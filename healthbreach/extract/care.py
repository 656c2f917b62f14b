"""Whether care or the organisation's services were disrupted (true / false / not said).

As gold/SCHEMA.md reads it: any stated disruption (data/rules/care.json:
"mode dégradé", opérations déprogrammées, patients transférés, systems or
internet access cut off, staff back on paper) makes it true, even where the
article adds that care itself went on ("aucun impact sur la prise en charge");
a statement that operations were not affected, and no disruption, makes it
false; nothing said leaves it None. A disruption under a negation ("aucune
déprogrammation n'est envisagée"), a hypothesis ("en cas de nécessité") or in
a background clause about other attacks does not count (polarity.py).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from healthbreach.extract import polarity
from healthbreach.extract.evidence import Fact
from healthbreach.extract.rules import RuleSet

DISRUPTED, NOT_DISRUPTED = "disrupted", "not_disrupted"


@lru_cache(maxsize=1)
def _rules() -> RuleSet:
    return RuleSet.load("rules/care.json")


def find_care_disrupted(doc: Doc) -> Fact | None:
    """A fact of value "true" or "false" with the first sentence that says so, or None."""
    first: dict[str, Fact] = {}
    for seg, found in polarity.stated_in_body(doc, _rules()):
        for m in found:
            if m.rule.label in (DISRUPTED, NOT_DISRUPTED) and m.rule.label not in first:
                value = "true" if m.rule.label == DISRUPTED else "false"
                first[m.rule.label] = Fact("care_disrupted", value, seg.text, seg.start + m.start, seg.start + m.end, m.rule.id)
        if DISRUPTED in first:
            return first[DISRUPTED]
    return first.get(NOT_DISRUPTED)
