"""A mention: where the text names an organisation, the name it is given, its key and its role context."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from healthbreach.extract.nlp import org_data
from healthbreach.extract.namewords import key_of


@dataclass
class Mention:
    start: int
    end: int
    canonical: str
    key: str
    kind: str  # health | name | group | loose (a capitalised name found by no other means)
    sent: Span
    ctx_start: int  # where the role context begins (first of a coordination)
    ctx_end: int
    place_key: str | None = None  # "hosp:cannes" for "centre hospitalier Simone-Veil de Cannes"
    indefinite: bool = False  # "une clinique de Laval": a description, not yet a name
    built: bool = False  # the name was put together ("hôpital de Tarare" from "les hôpitaux de Dax et Tarare")
    expansion: bool = False  # a full name spelled out before its acronym in brackets: the name the victim is given


def _sentence_at(doc: Doc, char: int) -> Span:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return (span[0] if span is not None and len(span) else doc[0]).sent


def head_prefix(short: str) -> str:
    """The start of the key of an organisation named with a head noun's short form: "hosp:" for the
    hospital family ("CHU de Rennes" and "hôpital de Rennes" are one victim), else "cpam:", "clinique:"."""
    return "hosp:" if short in org_data()["hospital_family"] else key_of(short) + ":"


def make_mention(doc: Doc, start: int, end: int, canonical: str, key: str, kind: str) -> Mention:
    sent = _sentence_at(doc, start)
    return Mention(start, end, canonical, key, kind, sent, start, end)


def overlaps(a: Mention, taken: list[Mention]) -> bool:
    return any(a.start < b.end and b.start < a.end for b in taken)
