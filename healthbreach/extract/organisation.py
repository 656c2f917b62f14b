"""One organisation an article names: its mentions and the evidence of its roles, added up (victims.py fills it)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from healthbreach.extract.evidence import Fact
from healthbreach.extract.mentions import Mention
from healthbreach.extract.textspans import doc_text


@dataclass
class Organisation:
    canonical: str
    key: str
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    victim: float = 0.0
    reported: float = 0.0  # of `victim`, what only "X annonce / confirme ..." sentences gave (weight under 1.5)
    vendor: float = 0.0
    weak: float = 0.0
    primary: bool = False
    victim_fact: Fact | None = None
    vendor_fact: Fact | None = None
    weak_fact: Fact | None = None
    attacker: float = 0.0  # evidence that it claims or carries out the attack
    owner: float = 0.0  # named as the owner or parent of another organisation ("filiale du groupe X")
    parsed_victim: bool = False  # a dependency rule made one of its mentions a victim
    told: bool = False  # victim evidence in a sentence that does not retell another incident
    bystander: bool = False  # told of the breach or took in its patients ("orientés vers le CH de X")
    took_in: bool = False  # of `bystander`: took in the patients or the work of the one hit
    titled: float = 0.0  # of `victim`, what the headline gave ("Cyberattaque : l'ARS X alerte" is no evidence an authority was hit)

    def absorb(self, other: "Organisation") -> None:
        """Take `other`'s mentions and evidence: the two names are one organisation."""
        self.mentions += other.mentions
        self.victim += other.victim
        self.reported += other.reported
        self.titled += other.titled
        self.vendor += other.vendor
        self.weak += other.weak
        self.owner += other.owner
        self.attacker += other.attacker
        self.parsed_victim |= other.parsed_victim
        self.told |= other.told
        self.bystander |= other.bystander
        self.took_in |= other.took_in
        self.primary |= other.primary
        self.victim_fact = _earliest(self.victim_fact, other.victim_fact)
        self.vendor_fact = _earliest(self.vendor_fact, other.vendor_fact)
        self.weak_fact = _earliest(self.weak_fact, other.weak_fact)


def _fact(field: str, doc: Doc, mention: Mention, value: str, rule: str) -> Fact:
    sentence = doc_text(doc)[mention.sent.start_char : mention.sent.end_char]  # == mention.sent.text, not joined again
    return Fact(field=field, value=value, sentence=sentence.strip(), start=mention.start, end=mention.end, rule=rule)


def _opens_sentence(doc: Doc, mention: Mention) -> bool:
    """The mention is what its sentence opens on, after a determiner: "Le centre hospitalier X, qui ..., reconnaît"."""
    return re.fullmatch(r"\s*(?:[LlDd]['’]\s*|[Ll][ea]\s+|[Dd]u\s+)?", doc_text(doc)[mention.sent.start_char : mention.start]) is not None


def _earliest(a: Fact | None, b: Fact | None) -> Fact | None:
    if a is None or b is None:
        return a or b
    return a if a.start <= b.start else b


def _with_value(fact: Fact, value: str) -> Fact:
    value = " ".join(value.replace("’", "'").split())  # one apostrophe, one space: "pharmacie d'Orléans"
    return Fact(field=fact.field, value=value, sentence=fact.sentence, start=fact.start, end=fact.end, rule=fact.rule)
