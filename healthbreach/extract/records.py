"""How many people or records a breach touched.

Every number in the article is a candidate; the words around it score it.
data/records.json holds the vocabulary: a head-count unit after it
("personnes", "rendez-vous", a demonym), breach words in its sentence, the
words after a number that counts something else (money, bytes, years,
hospitals). rules/records.json says where the figure sits: "les données de N",
"la fuite concerne N", "N patients sont concernés" (the people affected);
"qui compte N adhérents", "emploie N personnes" (an organisation's size);
"N internautes ont consulté le fichier" (viewers: dropped); a first estimate
the text corrects; "affirme détenir les données de N" (the attackers' claim,
kept apart as records_claim when the victim or an authority gives its own).
A figure right after "Combien de personnes sont visées ?" answers it. "Des millions" is no count, nor a handful of documents shown as proof, nor
people whose files are only out of reach ("les dossiers des 84 résidents sont
restés inaccessibles"). When the best figure is approximate ("près de 6 000",
"un millier") and an exact one fits it ("6 128", "1 216"), the exact one wins, unless one counts the
staff and the other not ("environ 3 100 résidents", "les 2 800 salariés").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from .evidence import Fact
from .numbers import Number, find_numbers
from .rules import RuleMatch, RuleSet
from .textspans import Segment, body_segments, load_rules

MIN_RECORDS = 10  # below this a count is a detail of the story, not the size of a breach
SCORE_FLOOR = 3
NO_UNIT = -2.0  # a bare figure ("a identifié 3 suspects") needs more than one cue


@dataclass
class Candidate:
    number: Number
    segment: Segment
    unit: str | None
    qualifier: str
    score: float
    claim: bool
    kind: str | None = None  # the unit's class in data/records.json ("patients", "dossiers", ...)

    @property
    def value(self) -> int:
        return self.number.value


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _compiled() -> dict:
    rules = load_rules("records.json")
    unit_of = {w: u for u, spec in rules["units"].items() for w in spec["words"]}
    unit_words = _alt([re.escape(w) for w in unit_of])
    return {
        # « près de 750.000 » patients; "3,2 millions le nombre de clients"
        "unit_direct": re.compile(rf"^\s*\"?\s*(?:,?\s*c'est\s+)?(?:le nombre (?:de\s+|d'))?(?:de\s+|d')?(?P<u>{unit_words})\b"),
        "unit_re": re.compile(rf"^\s*\"?\s*(?:de\s+|d')?(?:[a-z]+\s+)?(?P<u>{unit_words})\b"),
        "unit_before": re.compile(rf"(?:nombre|total)\s+(?:de\s+|d')(?P<u>{unit_words})\b[^.;:]*(?::\s*)?$"),  # "le nombre de personnes touchées est de 8,5 millions"
        "demonym": re.compile(rf"^\s*(?:de\s+|d')(?P<u>[a-z]+(?:{_alt(rules['demonym_endings'])}))\b"),
        "unit_of": unit_of,
        "weights": {u: spec["weight"] for u, spec in rules["units"].items()},
        "aliases": rules["unit_aliases"],
        # Whole words: "francs" is money, "Français" are people.
        "reject_after": re.compile(rf"^\s*(?:de\s+|d')?(?:[a-z]+\s+)?(?:{_alt(rules['reject_after'])})(?![a-z])|"
                                   rf"^\s*(?:{_alt(rules['reject_after'])})(?![a-z])"),
        "reject_before": re.compile(_alt(rules["reject_before"])),
        "qualifiers": {q: re.compile(_alt(p)) for q, p in rules["qualifiers"].items()},
        "exposure": re.compile(rf"(?<![a-z])(?:{_alt(rules['exposure_cues'])})"),
        "base_after": re.compile(rf"(?:{_alt(rules['base_after'])})"),
        "past": re.compile(_alt(rules["past_event_cues"])),
        "claim": re.compile(rf"(?<![a-z])(?:{_alt(rules['claim_verbs'])})"),
        "attacker": re.compile(rf"(?<![a-z])(?:{_alt(rules['attacker_words'])})"),
    }


STAFF = "professionnels"  # the unit of data/records.json that counts the staff, not the people served
# "Combien de personnes sont visées ?": the next sentence answers with the breach's size.
_HOW_MANY = re.compile(r"(?<![a-z])combien\s+(?:de\s+|d')?[a-z' -]{0,40}?\?\s*[»\"]?\s*$")
ANSWER_BONUS = 2.0
_PLUPERFECT = re.compile(r"(?<![a-z])(?:avait|avaient)\s+(?:(?:deja|aussi|egalement|alors)\s+)?(?:ete\s+)?[a-z]+(?:e|es|s|u|us|is|it)(?![a-z])")


def _left(seg: Segment, num: Number, width: int = 60) -> str:
    i = num.start - seg.start
    return seg.folded[max(0, i - width) : i]


def _right(seg: Segment, num: Number, width: int = 60) -> str:
    i = num.end - seg.start
    return seg.folded[i : i + width]


def _qualifier(left: str) -> str:
    for name, pattern in _compiled()["qualifiers"].items():
        if pattern.search(left):
            return name
    return "exact"


def _context(seg: Segment) -> list[RuleMatch]:
    """The context rules (rules/records.json) matched in one segment, once."""
    return list(_context_rules().find_in_text(seg.text, seg.folded))


@lru_cache(maxsize=1)
def _context_rules() -> RuleSet:
    return RuleSet.load("rules/records.json")


def _labels(num: Number, seg: Segment, context: list[RuleMatch]) -> dict[str, float]:
    """Labels of the context rules whose match holds the number, with their weights (once per label)."""
    i, j = num.start - seg.start, num.end - seg.start
    return {m.rule.label: m.rule.weight for m in context if m.start <= i and j <= m.end}


def _unit(seg: Segment, num: Number, right: str) -> tuple[re.Match[str] | None, str | None]:
    """The unit word after the number: the first word when it is a unit ("1 500 médecins utilisateurs"),
    else one adjective later; "N le nombre de clients"; a capitalised demonym ("3,2 millions d'Héraultais");
    "le nombre de personnes touchées est de N" before it."""
    rules = _compiled()
    m = rules["unit_direct"].match(right) or rules["unit_re"].match(right)
    if m:
        return m, rules["unit_of"][m.group("u")]
    b = rules["unit_before"].search(_left(seg, num, 150))
    if b:
        return None, rules["unit_of"][b.group("u")]
    d = rules["demonym"].match(right)
    if d and seg.text[num.end - seg.start + d.start("u")].isupper():
        return d, "personnes"
    return None, None


def _score(seg: Segment, num: Number, context: list[RuleMatch]) -> Candidate | None:
    rules = _compiled()
    left, right = _left(seg, num), _right(seg, num)
    if num.value < MIN_RECORDS or rules["reject_before"].search(left) or rules["reject_after"].match(right):
        return None
    written = seg.text[num.start - seg.start : num.end - seg.start]
    if 1900 <= num.value <= 2100 and not num.approximate_form and written.isdigit():
        return None  # a year; "2 000" and "2.000" are counts
    labels = _labels(num, seg, context)
    if "viewers" in labels or "sample" in labels:
        return None  # "11 000 personnes ont consulté le fichier": the audience; "une vingtaine de documents" as proof: a sample
    m, unit = _unit(seg, num, right)
    score = float(rules["weights"][unit]) if unit else NO_UNIT
    after_unit = right[m.end() : m.end() + 40] if m else right[:40]
    local = "affected" in labels
    if unit == STAFF and not local:
        return None  # "équipe 23 000 médecins": staff are the records only as "les données de 23 000 médecins"
    score += sum(w for label, w in labels.items() if label in ("affected", "base", "superseded", "unavailable", "total", "untouched", "background"))
    score += min(2, len(rules["exposure"].findall(seg.folded)))
    if "base" not in labels and rules["base_after"].search(after_unit[:30]):
        score -= 6  # "18 millions d'utilisateurs par mois": a user base or a daily volume, not the breach
    if rules["past"].search(seg.folded):
        score -= 3  # an earlier, different breach recalled for context
        if _PLUPERFECT.search(seg.folded):
            score -= 3  # "l'an dernier, 120 000 patients avaient vu leurs données dérobées": told as done before this story
    clause = _clause(seg, num)
    claim = "claim" in labels or bool(rules["claim"].search(clause) and rules["attacker"].search(clause))
    word = m.group("u") if m else None
    unit_name = rules["aliases"].get(word or "", unit)
    qualifier = _qualifier(left)
    if qualifier == "exact" and seg.folded.startswith(("une ", "un "), num.start - seg.start):
        qualifier = "about"  # "une centaine de patients"
    return Candidate(num, seg, unit_name, qualifier, score, claim, unit)


# "Les pirates revendiquent 1,8 million de fiches, mais la mutuelle évoque 1,1 million
# de personnes": the claim is the attackers' clause only ("1 874 patients, et non 50 000 comme l'affirme le pirate").
_CONTRAST = re.compile(r",?\s+(?:mais|alors que|tandis que|quand|contre|or|et non(?: pas)?)\s+|\s*;\s*")


def _clause(seg: Segment, num: Number) -> str:
    i = num.start - seg.start
    starts = [m.end() for m in _CONTRAST.finditer(seg.folded, 0, i)]
    stop = _CONTRAST.search(seg.folded, i)
    return seg.folded[(starts[-1] if starts else 0) : (stop.start() if stop else len(seg.folded))]


_COLLECTIVE_WORD = re.compile(r"une?\s+(?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier)\b")


def _zeros(value: int) -> int:
    return len(str(value)) - len(str(value).rstrip("0"))


def _fits(exact: int, approx: Candidate) -> bool:
    """Could `exact` be the precise figure behind the approximate candidate?"""
    v = approx.value
    if _COLLECTIVE_WORD.match(approx.segment.folded, approx.number.start - approx.segment.start):
        return 0.8 * v <= exact <= 1.5 * v  # "un millier de comptes", then "1 216 comptes"
    if approx.qualifier == "more_than":
        return v <= exact <= 2 * v
    if approx.qualifier == "up_to":
        return v / 2 <= exact <= v
    return abs(exact - v) <= 0.15 * v


def _same_people(exact: Candidate, approx: Candidate) -> bool:
    """"environ 3 100 résidents" then "les dossiers des 2 800 salariés": the staff are other people, not the exact figure."""
    return (exact.kind == STAFF) == (approx.kind == STAFF) or None in (exact.kind, approx.kind)


def _pick(cands: list[Candidate]) -> Candidate | None:
    if not cands:
        return None
    # A figure repeated (headline, lead, body) is the story's figure.
    repeats = {c.value: sum(1 for o in cands if abs(o.value - c.value) <= 0.01 * c.value) for c in cands}
    best = max(cands, key=lambda c: (c.score + min(2, repeats[c.value] - 1), -c.number.start))
    if best.qualifier != "exact" or best.number.approximate_form or best.value % 1000 == 0:
        # "1,6 million" is precise enough next to "plus d'un million", not next to "1 million".
        precise = [c for c in cands if c.value != best.value and _fits(c.value, best) and _same_people(c, best)
                   and ((c.qualifier == "exact" and (best.qualifier != "exact" or not c.number.approximate_form))
                        # "plus d'un million" then "environ 1,1 million": the finer estimate
                        or (best.qualifier == "more_than" and _zeros(c.value) < _zeros(best.value)))]
        if precise:
            return max(precise, key=lambda c: (not c.number.approximate_form, c.value % 1000 != 0, c.score, -c.number.start))
    return best


def _fact(field: str, c: Candidate) -> Fact:
    return Fact(field, c.value, c.segment.text, c.number.start, c.number.end,
                "records.scored_number", unit=c.unit, qualifier=c.qualifier)


def find_records(doc: Doc) -> list[Fact]:
    """The breach's size ("records") and, when it differs, the attacker's claim."""
    cands = []
    asked = False  # the previous segment asked how many ("Combien de patients sont concernés ?")
    for seg in body_segments(doc):
        answers, asked = asked, bool(_HOW_MANY.search(seg.folded))
        numbers = find_numbers(seg.folded, seg.text)
        if not numbers:
            continue
        context = _context(seg)
        scored = [c for num in numbers if (c := _score(seg, _shift(num, seg), context))]
        for c in scored:
            if answers and c.unit:
                c.score += ANSWER_BONUS
        cands += [c for c in scored if c.score >= SCORE_FLOOR]
    _prefer_people(cands)
    confirmed = _pick([c for c in cands if not c.claim])
    claimed = _pick([c for c in cands if c.claim])
    if confirmed is None:
        return [_fact("records", claimed)] if claimed else []
    facts = [_fact("records", confirmed)]
    if claimed and abs(claimed.value - confirmed.value) > 0.01 * confirmed.value:
        facts.append(_fact("records_claim", claimed))
    return facts


PEOPLE = {"personnes", "patients", "assurés", "donneurs", "clients"}
DOCUMENTS = {"dossiers", "comptes", "données"}


def _prefer_people(cands: list[Candidate]) -> None:
    """"les comptes rendus de 9 000 examens, concernant 6 400 patients": where one passage counts both
    documents and the people they belong to, the breach's size is the people's."""
    for c in cands:
        if c.kind in PEOPLE and any(o.segment is c.segment and o.kind in DOCUMENTS and o.claim == c.claim for o in cands):
            c.score += 1


def _shift(num: Number, seg: Segment) -> Number:
    """Numbers are found in the segment; offsets are kept in doc.text."""
    return Number(num.value, num.start + seg.start, num.end + seg.start, num.approximate_form)
