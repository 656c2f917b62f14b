"""Which kinds of personal data an article says were exposed.

A cue word (data/datatypes.json) gives a code only in a sentence that speaks
of exposure ("volées", "contient", "parmi les données", "étaient
consultables"), in the sentence right after one that continues its list
("Ils sont parfois accompagnés de ...", "Il s'agit de ..."; rules/datatypes.json),
in the bullet lines under one ending with a colon, in the sentence after one that
asks which data were exposed or ends with a colon, in a later sentence of an
exposing paragraph that describes what was seen ("On peut aussi y voir ..."),
and in a list with no verb that opens its sentence ("État civil, numéro de
sécurité sociale, mutuelle : ..."). Words under a negation ("aucune donnée
médicale", "n'a pas été touché", "sans que ...") are not exposures ("n'ont pas
été épargnées" is no negation), except
the "que ..." part of "aucune autre donnée que celles liées au test"; an e-mail
that is a message ("un courriel piégé") and the credentials of the account an
intruder used ("dont le mot de passe avait été volé") name no exposed data
(rules/datatypes.json, label "hides"); a code
the body denies is not taken from a headline either. Cue words inside a
capitalised name ("Imagerie Médicale du Golfe") are the name. Page furniture
(comment forms, newsletter boxes; a login box's "se connecter" only in a short line) is skipped.
"Coordonnées" count only when not broken down: beside a phone, an e-mail or an
address they are dropped (SCHEMA.md); "les coordonnées de leur mutuelle" are the
insurer's, "à domicile" is no address, "plus d'accès au dossier" no exposure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from . import polarity
from .evidence import Fact
from .rules import RuleMatch, RuleSet
from .rxscan import finditer
from .textspans import Segment, body_segments, doc_text, is_prose, load_rules

# Where a forward negation ("aucune ...") stops: a clause break or the negated verb.
_FORWARD_STOP = re.compile(r"[,;:.!?()]| n'| ne | mais | tandis | alors que ")
_CLAUSE_STOP = re.compile(r"[;:.!?]| mais | tandis que | alors que | en revanche| si | s'ils? ")  # "... si la rançon n'est pas payée"
# A relative clause set off by commas ("L'employée, dont le nom n'a pas été donné, a consulté ..."):
# a negated verb inside it covers the aside only.
_RELATIVE_ASIDE = re.compile(r"(?:,|\bet)\s*(?:dont|qui|que|qu'|ou|lequel|laquelle|lesquels|lesquelles)\s")
# A relative pronoun right before the negated verb ("des patients qui n'étaient pas suivis"): the relative's own.
_RELATIVE_BEFORE = re.compile(r"(?<![a-z])(?:qui|dont|que|qu')\s*$")

Span = tuple[int, int]
HIDES = "hides"
BOILERPLATE_WORDS = 12  # a line this short holding "se connecter" is a login box, a longer one a sentence
# "coordonnées" count only when not broken down (SCHEMA.md): beside a phone, an e-mail or an address they say no more.
_BROKEN_DOWN = {"phone", "email", "postal_address"}
_LIST_ITEM = re.compile(r"^\s*[-•*–·]")
# "mutuelle (des étudiants) LMDE", "l'assureur santé australien Banksia"
_NAMED = re.compile(r"(?:\s+(?:des|de|du|d['’])\s*[a-zà-ÿ]+|\s+[a-zà-ÿ]+(?:ien|ienne|ais|aise|ois|oise|ain|aine|and|ande|al|ale|ique)s?)?\s+[A-ZÀ-Þ][\w'’-]*")


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    code: str | None  # None: an ignored phrase that just hides its words


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _rules() -> dict:
    raw = load_rules("datatypes.json")
    neg = RuleSet.load("rules/negation.json")  # the one negation vocabulary
    codes = [(code, re.compile(rf"(?<![a-z])(?:{_alt(cues)})(?![a-z])")) for code, cues in raw["codes"].items()]
    return {
        "codes": codes,
        # matches somewhere exactly where one of the codes' patterns does (an alternation of them all)
        "any_code": re.compile("|".join(f"(?:{p.pattern})" for _, p in codes)),
        # A phrase ending in an apostrophe ("du nom d'") needs no word end after it.
        "ignore": re.compile(rf"(?<![a-z])(?:{_alt(raw['ignore'])})(?:(?<![a-z])|(?![a-z]))"),
        "exposure": re.compile(rf"(?<![a-z])(?:{_alt(raw['exposure_cues'])})"),
        # "qu'aucune donnée": the elided "que" does not hide the negation.
        "forward": neg.regex("negation.forward"),
        "clause": neg.regex("negation.verb"),
        "exception": neg.regex("negation.exception"),
        "exception_cues": [(code, re.compile(rf"(?<![a-z])(?:{_alt(cues)})(?![a-z])"))
                           for code, cues in raw["exception_cues"].items()],
        "also_codes": [(code, re.compile(rf"(?:{_alt(cues)})")) for code, cues in raw["also_codes"].items()],
        "breakdown": re.compile(raw["breakdown"]),
        "litotes": neg.regex("negation.litotes"),
        "separator": re.compile(raw["list_separator"]),
        "list_heads": re.compile(raw["list_heads"]),
        "boilerplate": re.compile(_alt(raw["boilerplate"])),
        "boilerplate_short": re.compile(_alt(raw["boilerplate_short"])),
    }


@lru_cache(maxsize=1)
def _link_rules() -> RuleSet:
    return RuleSet.load("rules/datatypes.json")


def _cues(text: str, links: list[RuleMatch]) -> list[_Cue]:
    """The cue words of a folded segment; `links` are the matches of rules/datatypes.json over it."""
    # Most segments name no data at all: one search for any code's cue words spares them the codes' own.
    codes = _rules()["codes"] if next(finditer(_rules()["any_code"], text), None) else []
    found = [_Cue(m.start(), m.end(), code) for code, p in codes for m in p.finditer(text)]
    found += [_Cue(m.start(), m.end(), None) for m in _rules()["ignore"].finditer(text)]
    # rules/datatypes.json 'hides': an e-mail that is a message, the credentials that were the way in
    found += [_Cue(m.start, m.end, None) for m in links if m.rule.label == HIDES]
    kept: list[_Cue] = []
    # Longest first; on a tie an ignored phrase wins ("la mutuelle(?= annonce)" over "mutuelle").
    for cue in sorted(found, key=lambda c: (-(c.end - c.start), c.start, c.code is not None)):
        if all(cue.end <= k.start or cue.start >= k.end for k in kept):
            kept.append(cue)
    return sorted(kept, key=lambda c: c.start)


def _clause_bounds(text: str, start: int, end: int) -> Span:
    """The clause around text[start:end], a negation that may hold a stop word ("n'ont en revanche pas")."""
    starts = [m.end() for m in _CLAUSE_STOP.finditer(text, 0, start)]
    stop = _CLAUSE_STOP.search(text, end)
    return (starts[-1] if starts else 0, stop.start() if stop else len(text))


def _aside(text: str, start: int, end: int) -> Span | None:
    """The relative clause that holds the negated verb text[start:end], if any: between commas ("..., dont X
    n'a pas été dit, ...", "... et dont X n'a pas été dit, ...") or opened by a pronoun right before the verb
    ("des patients qui n'étaient pas suivis") up to the next comma."""
    lo, hi = _clause_bounds(text, start, end)
    closing = text.find(",", end, hi)
    before = _RELATIVE_BEFORE.search(text, max(lo, start - 12), start)
    if before:  # "les patients qui n'étaient pas suivis, selon ...": from the pronoun on
        return before.start(), closing if closing != -1 else hi
    opening = None
    for m in _RELATIVE_ASIDE.finditer(text, lo, start):
        opening = m
    if opening is None or "," in text[opening.end():start]:
        return None
    return (opening.start(), closing) if closing != -1 else None


def _negated(text: str) -> tuple[list[Span], list[Span]]:
    """Negated spans, and the spans an "aucune autre ... que" exception frees."""
    rules = _rules()
    spans: list[Span] = []
    for m in rules["forward"].finditer(text):
        stop = _FORWARD_STOP.search(text, m.end())
        spans.append((m.start(), stop.start() if stop else len(text)))
    for m in rules["clause"].finditer(text):
        if rules["litotes"].match(text, m.end()):
            continue  # "n'ont hélas pas été épargnées": exposed
        # "Les noms, adresses et numéros n'ont pas été touchés": the whole clause.
        spans.append(_aside(text, m.start(), m.end()) or _clause_bounds(text, m.start(), m.end()))
    freed = [m.span(2) for m in rules["exception"].finditer(text)]
    return spans, freed


def _inside(pos: int, spans: list[Span]) -> bool:
    return any(s <= pos < e for s, e in spans)


@dataclass(frozen=True)
class _Reading:
    """One segment read once: its cues and the spans its negations cover."""

    seg: Segment
    cues: list[_Cue]
    negated: list[Span]
    freed: list[Span]

    def denied_at(self, pos: int) -> bool:
        return _inside(pos, self.negated) and not _inside(pos, self.freed)


def _read(seg: Segment, links: list[RuleMatch]) -> _Reading:
    negated, freed = _negated(seg.folded)
    return _Reading(seg, _cues(seg.folded, links), negated, freed)


def _codes_in(reading: _Reading) -> list[tuple[str, int, int]]:
    """(code, start, end) of the exposed data named in one segment, offsets in the segment."""
    seg, rules = reading.seg, _rules()
    text = seg.folded
    out = []
    for cue in reading.cues:
        if cue.code is None or reading.denied_at(cue.start):
            continue
        if _in_name(seg.text, cue.start):
            continue  # "le centre Imagerie Médicale du Golfe": a name, not exposed imaging
        if cue.code == "health_insurance" and _NAMED.match(seg.text, cue.end):
            continue  # "la mutuelle Solimut a annoncé": the insurer itself, not its members' cover
        if cue.code == "postal_address" and (seg.text[cue.end - 1] in "éÉ" or seg.text[cue.end - 2 : cue.end] == "és"):
            continue  # "un message adressé à": the verb, folded like the noun
        if cue.code == "contact_details" and rules["breakdown"].match(text, cue.start):
            continue  # "coordonnées (adresse, téléphone)": the broken-down codes say it better
        out.append((cue.code, cue.start, cue.end))
        # "numéro d'assurance maladie": the social security number and the insurer's number both.
        out += [(code, cue.start, cue.end) for code, pattern in rules["also_codes"] if pattern.fullmatch(text, cue.start, cue.end)]
    for s, e in reading.freed:
        # "aucune autre donnée médicale que celles liées au test": the test data are exposed.
        for code, pattern in rules["exception_cues"]:
            for m in pattern.finditer(text, s, e):
                out.append((code, m.start(), m.end()))
    return out


def _denied(reading: _Reading) -> set[str]:
    """Codes a sentence says were not exposed ("aucune donnée de santé n'a été exfiltrée")."""
    return {cue.code for cue in reading.cues if cue.code and reading.denied_at(cue.start)}


def _in_name(text: str, at: int) -> bool:
    """A capitalised word inside a sentence ("Imagerie", not "NIR" nor a sentence start) is part of a name."""
    word = text[at : at + 2]
    if len(word) < 2 or not (word[0].isupper() and word[1].islower()):
        return False
    before = text[:at].rstrip()
    if not before or before[-1] in ".!?:;,-–•*«\"(" or re.search(r"(?:^|\s)(?:et|ou)$", before):
        return False  # a sentence start, or a list written in title case ("Nom, Prénom et Adresse")
    return True


def _enumerates(reading: _Reading) -> bool:
    """A list with no verb that opens its segment: "État civil, numéro de sécurité sociale, mutuelle : ..."."""
    cues = [c for c in reading.cues if c.code]
    if len(cues) < 2 or len(reading.seg.folded[: cues[0].start].split()) > 2:
        return False
    codes = {cues[0].code}
    for a, b in zip(cues, cues[1:]):
        if not _rules()["separator"].fullmatch(reading.seg.folded[a.end : b.start]):
            break
        codes.add(b.code)
    return len(codes) >= 2


def _exposes(reading: _Reading) -> bool:
    return any(not _inside(m.start(), reading.negated) for m in _rules()["exposure"].finditer(reading.seg.folded))


def find_data_types(doc: Doc) -> list[Fact]:
    """One fact per exposed data-type code, with its first supporting words."""
    rules = _rules()
    facts: dict[str, Fact] = {}
    previous_listed = False
    in_list = False  # bullet lines under "Les données volées sont les suivantes :"
    asked = False  # "Quelles sont les données concernées ?" or "... ont été volées :": the next segment lists them
    paragraph_exposed = False  # an earlier segment of this paragraph spoke of exposure
    denied: set[str] = set()  # codes a body sentence says were not exposed
    in_prose: set[str] = set()  # codes a body sentence says were exposed
    text, last_end = doc_text(doc), None
    for seg in body_segments(doc):
        if last_end is None or "\n" in text[last_end : seg.start]:
            paragraph_exposed = False
        last_end = seg.end
        found_links = list(_link_rules().find_in_text(seg.text, seg.folded))  # once: the cues read them too
        reading = _read(seg, found_links)
        links = {m.rule.label for m in found_links}
        prose = is_prose(seg.text.rstrip(" «“"))  # a sentence may end with the next one's opening quote
        if prose:
            denied |= _denied(reading)
        if polarity.recalls(doc, seg):
            previous_listed = asked = False
            continue  # "En 2021, l'hôpital voisin avait déjà subi une fuite de résultats": an earlier incident
        if rules["boilerplate"].search(seg.folded) or (
                len(seg.folded.split()) <= BOILERPLATE_WORDS and rules["boilerplate_short"].search(seg.folded)):
            previous_listed = asked = False
            continue
        # "Des données de 2 900 agents ont été publiées. Il s'agit de noms, ...": the list follows its exposure.
        continues = ((previous_listed and "continuation" in links) or (in_list and _LIST_ITEM.match(seg.text))
                     or asked or (paragraph_exposed and "content" in links) or _enumerates(reading))
        exposes = _exposes(reading)
        asked = (exposes and seg.text.rstrip(" «\"“").endswith(("?", ":"))
                 and bool(rules["list_heads"].search(seg.folded)))
        if not (exposes or continues):
            previous_listed = in_list = False
            continue
        paragraph_exposed |= exposes
        found = _codes_in(reading)
        previous_listed = bool(found) or exposes  # a list may follow in the next sentence
        in_list = (exposes and seg.text.rstrip().endswith(":")) or bool(in_list and continues)
        for code, start, end in found:
            if prose:
                in_prose.add(code)
            if code not in facts:
                rule = "datatypes.list_continuation" if continues and not exposes else "datatypes.exposure_cue"
                facts[code] = Fact("data_type", code, seg.text, seg.start + start, seg.start + end, rule)
    # A headline's "Données de santé : ..." yields to the body's "aucune donnée de santé n'a été exfiltrée".
    kept = [f for code, f in facts.items() if code in in_prose or code not in denied]
    if _BROKEN_DOWN & {f.value for f in kept}:
        kept = [f for f in kept if f.value != "contact_details"]
    return sorted(kept, key=lambda f: f.start)
