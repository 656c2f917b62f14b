"""Dates of an article: when it was published, when the breach happened, when it was made public.

The publication date comes from the page metadata, else from a "Publié le"
line or a dateline at the top of the text. Incident and disclosure dates are
date expressions (frdates.py) attached to the nearest cue word in their
sentence (data/dates.json): "survenue mardi" is an incident date, "a annoncé
jeudi" a disclosure date, "a porté plainte le 15" neither.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from collections.abc import Iterator
from typing import TYPE_CHECKING

from healthbreach.textfold import fold

from .evidence import Fact
from .rules import RuleSet
from .frdates import DateExpr, Resolved, find_dates, resolve, resolve_anchored
from .textspans import HEADER_ZONE, Segment, body_segments, ends_article, is_prose, load_rules, segments

if TYPE_CHECKING:  # pagedate reads bylines at crawl time without loading spaCy
    from spacy.tokens import Doc

MAX_CUE_DISTANCE = 90  # characters; farther than this a cue speaks of something else
LONG_SEGMENT = 150  # the first segment this long is body text: datelines come before it
VERB_REACH = 25  # characters between a verb cue and the noun cue it governs
MIN_SCORE = 1.0  # a weak cue far away, or a context sentence about other attacks, is not enough
BYLINE_CHARS = 120  # a "Publié le ..." line or a byline is short
CLAUSE_PENALTY = 40  # characters added to a cue's distance past the comma closing the date's clause

# At most a few words ("dans la nuit du", "c'est ce") between a clause's start and a fronted date,
# and a comma within a few words after it ("vers 19 heures,").
_FRONT = re.compile(r"(?:^|\bque\b|\bqu'|[;:«])[\s,-]*(?:[a-z']+\s+){0,4}$")
_FRONT_CLOSE = re.compile(r"[^,.;:]{0,25},")
_QUE = re.compile(r"\bque\b|\bqu'")
OWN_REACH = 12  # characters between a verb cue and the date that is its own
_OWN_GAP = re.compile(r"[\s,]*(?:(?:le|la|les|en|au|a|des|du|l')\s*)*")
_UPDATE_TAIL = re.compile(r"[|,\s-]*(?:mis a jour|mise a jour|maj|modifie|actualise)\b.*$")
_LEAD_DATELINE = re.compile(r"^[a-z][a-z' -]{1,40}(?:\s*\([^)]{1,30}\))?,\s*(?:le\s+)?$")
_AFTER_DATELINE = re.compile(r"^\s*(?:\((?:afp|reuters|ap)\))?\s*-")


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    kind: str  # incident | disclosure | other
    strength: int
    noun: bool = False  # "la fuite": the date may belong to the verb governing it
    forward: bool = False  # "a revendiqué l'attaque vendredi": only a date after it is its own


RULES = "rules/dates.json"


@lru_cache(maxsize=1)
def _cue_rules() -> list[tuple[re.Pattern[str], str, int, bool, bool]]:
    """The 'date_cue.*' rules of the rule grammar, in file order (it breaks ties between overlapping cues)."""
    return [(re.compile(r.pattern), r.label, int(r.weight), bool(r.extra.get("noun")), bool(r.extra.get("forward")))
            for r in RuleSet.load(RULES).rules if r.id.startswith("date_cue.")]


@lru_cache(maxsize=1)
def _misc() -> dict[str, re.Pattern[str]]:
    by_label: dict[str, list[str]] = {}
    for r in RuleSet.load(RULES).rules:
        by_label.setdefault(r.label, []).append(r.pattern)
    alt = lambda xs: "|".join(f"(?:{x})" for x in xs)  # noqa: E731
    return {
        "published": re.compile(rf"(?:{alt(by_label['published'])})\s*$"),
        "updated": re.compile(rf"(?:{alt(by_label['updated'])})\s*$"),
        "past": re.compile(alt(by_label["background"])),
        "dateline_noise": re.compile(r"t?\d{1,2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}|z)?|\d{1,2}\s*[h:]\s*\d{0,2}|\b(?:le|a|mis|publie|par|afp|maj|et|-)\b|[\s\-|,:()]"),
    }


def _cues(folded: str) -> list[Cue]:
    found = [Cue(m.start(), m.end(), kind, strength, noun, forward)
             for pattern, kind, strength, noun, forward in _cue_rules() for m in pattern.finditer(folded)]
    kept: list[Cue] = []
    for cue in sorted(found, key=lambda c: -(c.end - c.start)):  # "a pu constater" beats "constate"
        if all(cue.end <= k.start or cue.start >= k.end for k in kept):
            kept.append(cue)
    return kept


def _attached(expr: DateExpr, cues: list[Cue], folded: str = "", fronted: bool = False,
              owned: frozenset[int] = frozenset()) -> tuple[Cue, float] | None:
    """The cue a date belongs to: the nearest, a cue after the date counting a bit farther.

    A date fronted before the subject ("En mars dernier, la clinique X a été paralysée",
    "... a indiqué que, la veille, ses équipes avaient détecté ...") belongs to the verb
    that follows, however long the subject: after it, distances count half. Otherwise a
    comma after the date closes its clause ("qui avait attaqué l'hôpital le 21 août, a
    mis en ligne dimanche ..."): a cue beyond it counts much farther; so does a cue
    before the date across a "que" (the date is the subordinate clause's). A cue whose
    own date follows it ("survenue au cours des derniers mois") takes no date before
    it (`owned`: those cues' starts).
    """
    best: tuple[Cue, float] | None = None
    for cue in cues:
        if cue.end <= expr.start:
            dist = expr.start - cue.end
            if _QUE.search(folded[cue.end : expr.start]):
                dist += CLAUSE_PENALTY
        elif cue.start >= expr.end and not cue.forward and cue.start not in owned:
            dist = (cue.start - expr.end) * (0.5 if fronted else 1.3) + 3
            if not fronted and "," in folded[expr.end : cue.start]:
                dist += CLAUSE_PENALTY
        else:
            continue
        if dist <= MAX_CUE_DISTANCE and (best is None or dist < best[1]):
            best = (cue, dist)
    if best and best[0].noun:
        # "informée de l'incident le 14": the verb before the noun says what the date is.
        verbs = [c for c in cues if not c.noun and 0 <= best[0].start - c.end <= VERB_REACH]
        if verbs:
            verb = max(verbs, key=lambda c: c.end)
            return (verb, best[1]) if verb.kind != "incident" else best
    return best


def _owned(exprs: list[DateExpr], cues: list[Cue], folded: str) -> frozenset[int]:
    """Cues directly followed by a date of their own ("survenue au cours des derniers mois")."""
    return frozenset(c.start for c in cues if not c.noun and any(
        0 <= e.start - c.end <= OWN_REACH and _OWN_GAP.fullmatch(folded[c.end : e.start]) for e in exprs))


def _fronted(folded: str, expr: DateExpr) -> bool:
    """ "En mars dernier, ...", "Dans la nuit du 3 au 4 mars, ...", "Vendredi 15 mars vers 19 heures, ...",
    "... a indiqué que, la veille, ...": the date opens its clause and a comma closes it."""
    return bool(_FRONT.search(folded[: expr.start])) and bool(_FRONT_CLOSE.match(folded[expr.end :]))


@dataclass(frozen=True)
class _Candidate:
    resolved: Resolved
    expr: DateExpr
    segment: Segment
    score: float


def _segment_dates(doc: Doc, seg: Segment) -> tuple[list[DateExpr], list[Cue]]:
    """A body segment's dates and cues, found once per Doc: the incident and the disclosure
    date read the same segments (the lists are shared, never changed)."""
    cache = doc.user_data.setdefault("healthbreach_segment_dates", {})
    if seg.start not in cache:
        exprs = find_dates(seg.folded)
        cache[seg.start] = (exprs, _cues(seg.folded) if exprs else [])
    return cache[seg.start]


def _candidates(doc: Doc, published: dt.date | None, kind: str) -> list[_Candidate]:
    out = []
    anchor: Resolved | None = None  # the last day-precise date written, for "la veille", "le lendemain"
    for seg in body_segments(doc):
        exprs, cues = _segment_dates(doc, seg)
        if not exprs:
            continue
        owned = _owned(exprs, cues, seg.folded)
        past = bool(_misc()["past"].search(seg.folded))
        for expr in exprs:
            if expr.kind == "anchored":
                resolved = resolve_anchored(expr, anchor)
            else:
                resolved = resolve(expr, published)
            if resolved and resolved.qualifier == "day" and expr.kind != "anchored":
                anchor = resolved
            left = seg.folded[max(0, expr.start - 40) : expr.start]
            if _misc()["published"].search(left) or _misc()["updated"].search(left):
                continue  # the article's own "Publié le" line
            hit = _attached(expr, cues, seg.folded, _fronted(seg.folded, expr), owned)
            if not hit or hit[0].kind != kind:
                continue
            if resolved is None or (published and resolved.value > published.isoformat()):
                continue  # unresolvable without a publication date, or in the future
            cue, dist = hit
            score = cue.strength - dist / 60 - (2 if expr.multi else 0) - (2 if past and kind == "incident" else 0)
            shifted = DateExpr(expr.start + seg.start, expr.end + seg.start, expr.kind, expr.parts)
            out.append(_Candidate(resolved, shifted, seg, score))
    return out


def _best(cands: list[_Candidate]) -> _Candidate | None:
    if not cands:
        return None
    strong = [c for c in cands if c.score >= MIN_SCORE]
    if not strong:
        return None
    best = max(strong, key=lambda c: (c.score, -c.expr.start))
    # "survenue durant l'été 2021 et confirmée le 12 septembre": keep the most
    # precise date that agrees with the best-supported one.
    finer = [c for c in cands if c.resolved.value.startswith(best.resolved.value)
             and len(c.resolved.value) > len(best.resolved.value) and c.score >= best.score - 2.5]
    return max(finer, key=lambda c: (len(c.resolved.value), c.score)) if finer else best


def _fact(field: str, c: _Candidate, rule: str) -> Fact:
    return Fact(field, c.resolved.value, c.segment.text, c.expr.start, c.expr.end, rule,
                qualifier=c.resolved.qualifier)


def find_incident_date(doc: Doc, published: dt.date | None) -> Fact | None:
    """When the attack or leak happened or was detected."""
    best = _best(_candidates(doc, published, "incident"))
    return _fact("incident_date", best, "dates.incident_cue") if best else None


def find_disclosure_date(doc: Doc, published: dt.date | None) -> Fact | None:
    """When the breach was announced, confirmed or made public."""
    best = _best(_candidates(doc, published, "disclosure"))
    return _fact("disclosure_date", best, "dates.disclosure_cue") if best else None


def _explicit_days(folded: str) -> list[tuple[DateExpr, Resolved]]:
    """Dates that carry their own day, month and year, resolved without context."""
    return [(e, r) for e in find_dates(folded)
            if e.kind in ("iso", "numeric", "full") and "year" in e.parts and not e.multi
            and (r := resolve(e, None)) and r.qualifier == "day"]


def _line_day(folded: str, updates: bool = False) -> tuple[DateExpr, Resolved, str] | None:
    """The publication day a short header line states, with the rule that read it.

    "Publié le 12 mars 2023 à 10h05", "Actualité publiée le 23/02/21", "Par Jeanne
    Martin, le 7 novembre 2022", or a line holding a date and nothing else but a
    time. A day after "Mis à jour le" is the update's: with `updates`, it is given
    (rule dates.updated_cue) when the line states no other.
    """
    days = _explicit_days(folded)
    for expr, res in days:
        if _misc()["published"].search(folded[max(0, expr.start - 40) : expr.start]):
            return expr, res, "dates.published_cue"
    update = None
    for expr, res in days:
        if _misc()["updated"].search(folded[max(0, expr.start - 40) : expr.start]):
            update = update or (expr, res, "dates.updated_cue")
        elif (folded.startswith("par ") and len(folded) <= BYLINE_CHARS) or _dateline_only(folded, expr):
            return expr, res, "dates.dateline"
    return update if updates else None


def _dateline_only(folded: str, expr: DateExpr) -> bool:
    """Nothing but the date, a weekday, a time and "le" / "publié" / "AFP" on the line (and
    maybe an update: "14 mars 2023 à 10h05 | Mis à jour le 15 mars 2023 à 8h")."""
    rest = folded[: expr.start] + " " + folded[expr.end :]
    update = _UPDATE_TAIL.search(rest)
    if update:
        rest = rest[: update.start()]
    for name in load_rules("dates.json")["weekdays"]:
        rest = rest.replace(name, " ")
    return len(_misc()["dateline_noise"].sub("", rest)) <= 3


def published_in_line(text: str) -> dt.date | None:
    """The publication day of a page's byline element ("Publié le 14 mars 2023 à 9h"), else None."""
    folded = fold(text)
    if len(folded) > BYLINE_CHARS or is_prose(text):
        return None
    hit = _line_day(folded)
    return dt.date.fromisoformat(hit[1].value) if hit else None


def _is_prose(seg: Segment) -> bool:
    """A body sentence; headlines, bylines and datelines carry no final full stop."""
    return len(seg.text) >= LONG_SEGMENT or is_prose(seg.text)


def _page_segments(doc: Doc) -> Iterator[Segment]:
    """Every segment down to the comments or a related-articles block (furniture lines included:
    "Publié le 3 mars · Temps de lecture 2 min" is one)."""
    started = False
    for seg in segments(doc):
        if started and ends_article(seg.text, seg.folded):
            return
        yield seg
        started |= is_prose(seg.text)


def _published_fact(seg: Segment, expr: DateExpr, res: Resolved, rule: str) -> Fact:
    return Fact("published", res.value, seg.text, seg.start + expr.start, seg.start + expr.end, rule, qualifier="day")


def metadata_published(day: dt.date) -> Fact:
    """The publication day the page declared (pagedate.page_published): no span in the text supports it."""
    return Fact("published", day.isoformat(), "", 0, 0, "page_metadata", qualifier="day")


def find_published(doc: Doc, page_published: dt.date | None) -> Fact | None:
    """Publication date: page metadata, else a "Publié le ..." line, a byline or a dateline; else None.

    Only a short line that is not a body sentence can state it ("Dans un communiqué
    publié le 10 mars 2023, ..." dates the communiqué), and only at day precision. A
    page header that shows only "Mis à jour le ..." gives that day, the latest the
    publication can be (rule dates.updated_cue).
    """
    if page_published:
        return metadata_published(page_published)
    header: dict[int, tuple[DateExpr, Resolved, str]] = {}
    for seg in _page_segments(doc):
        if len(seg.text) > BYLINE_CHARS or is_prose(seg.text):
            continue
        hit = _line_day(seg.folded, updates=True)
        if hit and hit[2] == "dates.published_cue":
            return _published_fact(seg, *hit)
        if hit and seg.start <= HEADER_ZONE:
            header[seg.start] = hit
    update = None
    for seg in segments(doc):
        if seg.start > HEADER_ZONE:  # a dateline sits above the body
            break
        if _is_prose(seg):
            # The first paragraph may open with an agency dateline: "Rennes, 5 mars 2023 (AFP) - ...".
            for expr, res in _explicit_days(seg.folded):
                if _LEAD_DATELINE.match(seg.folded[: expr.start]) and _AFTER_DATELINE.match(seg.folded[expr.end :]):
                    return _published_fact(seg, expr, res, "dates.dateline")
            break  # past the page header: dates below belong to the story or to comments
        hit = header.get(seg.start)
        if hit and hit[2] == "dates.dateline":
            return _published_fact(seg, *hit)
        if hit and update is None:
            update = (seg, hit)
    return _published_fact(update[0], *update[1]) if update else None
