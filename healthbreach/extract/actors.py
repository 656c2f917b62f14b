"""Who is behind the attack: the threat actor a text names, normalised.

A name counts where a cue of data/rules/actors.json points at it ("revendiquée
par X", "le groupe de pirates X", "le hacker, du nom de X", "le malware X",
"X a revendiqué") or where a known actor (data/threat_actors.json) is named,
each stated of this incident (polarity.py: not "à l'instar de X"). Names are
normalised: a known alias gives its canonical form ("Lockbit 3.0", "LockBit
Black" and "le groupe LockBit" are "LockBit"), others are kept as written. The
most supported name wins; a malware name only when no group or person is named.
`is_threat_actor(name)` tells the organisation rules a name is an attacker's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from healthbreach.extract import polarity
from healthbreach.extract.evidence import Fact
from healthbreach.extract.rules import RuleSet, load_rules
from healthbreach.extract.textspans import Segment, body_segments
from healthbreach.textfold import fold, fold_words

# A name as the press writes it: a capitalised word or one holding a digit, then more of them or a version.
_WORD = r"[A-ZÀ-Ý0-9][\w$@&.\-]*(?:\(\d+\))?"
_NAME_AFTER = re.compile(rf"[«\"“]?\s*({_WORD}(?:\s+(?:{_WORD}|\d+(?:\.\d+)*))" r"{0,3})")
_PSEUDO_AFTER = re.compile(r"[«\"“]?\s*([\w$@.\-]*[a-z0-9][\w$@.\-]*)")
_QUOTED_AFTER = re.compile(r"[«\"“]\s*([^»\"”\n]{2,40}?)\s*[»\"”]")
_NAME_BEFORE = re.compile(rf"({_WORD}(?:\s+(?:{_WORD}|\d+(?:\.\d+)*))" r"{0,3})[»\"”]?\s*$")
_VERSION = re.compile(r"^(?:\d+(?: \d+)*|v\d+|black|green|red|supp|team|gang|group|groupe|ransomware)$")
_KIND_WORDS = {"groupe", "gang", "collectif", "le", "la", "les", "l"}  # "le groupe LockBit" is LockBit
# Generic words a capitalised sentence start or a cue may put where a name would be.
_GENERIC = re.compile(r"^(?:ransomware|rancongiciel|malware|virus|pirates?|hackers?|groupe|cyberattaque|attaque)s?$")


@dataclass(frozen=True)
class Mention:
    canonical: str
    kind: str  # group | malware
    weight: float
    start: int
    end: int
    rule: str
    seg: Segment


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_rules("threat_actors.json")


@lru_cache(maxsize=1)
def _aliases() -> dict[str, tuple[str, str]]:
    """fold_words(alias) -> (canonical, kind)."""
    data = _data()
    out: dict[str, tuple[str, str]] = {}
    for kind, table in (("malware", data["malware"]), ("group", data["groups"])):
        for canonical, spellings in table.items():
            for s in [canonical, *spellings]:
                out[fold_words(s)] = (canonical, kind)
    return out


def aliases() -> dict[str, list[str]]:
    """Every known actor (groups and malware) with the spellings it is known by."""
    data = _data()
    return {name: list(spellings) for table in (data["groups"], data["malware"]) for name, spellings in table.items()}


@lru_cache(maxsize=1)
def _known_pattern() -> re.Pattern[str]:
    forms = sorted((fold(s) for table in (_data()["groups"], _data()["malware"]) for c, ss in table.items() for s in [c, *ss]),
                   key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![a-z0-9])")


@lru_cache(maxsize=1)
def _needs_cue() -> frozenset[str]:
    return frozenset(_data()["needs_cue"])


@lru_cache(maxsize=1)
def _not_actors() -> frozenset[str]:
    return frozenset(fold_words(w) for w in _data()["not_actors"])


def known(name: str) -> tuple[str, str] | None:
    """(canonical, kind) of a known actor's spelling, with a version or kind word allowed around it."""
    words = [w for w in fold_words(name).split() if w not in _KIND_WORDS]
    table = _aliases()
    for n in range(len(words), 0, -1):
        head, rest = " ".join(words[:n]), words[n:]
        if head in table and all(_VERSION.match(w) for w in rest):
            return table[head]
    return None


def normalise(name: str) -> str:
    """The canonical form of an actor's name: a known alias's canonical, else the name as written, trimmed."""
    found = known(name)
    if found:
        return found[0]
    words = name.strip(" «»\"“”.,;:").split()
    while words and fold_words(words[0]) in _KIND_WORDS:
        words = words[1:]
    return " ".join(words)


def is_threat_actor(name: str) -> bool:
    """True when a name is a known threat actor's ("Lockbit 3.0", "le groupe Vice Society")."""
    return known(name) is not None


def _victim_like(name: str, victims: Iterable[str]) -> bool:
    key = fold_words(name)
    return any(key and (key in fold_words(v) or fold_words(v) in key) for v in victims if fold_words(v))


def _acceptable(name: str, victims: Iterable[str]) -> bool:
    key = fold_words(name)
    if len(key) < 2 or key.isdigit() or key in _not_actors() or _GENERIC.match(key):
        return False
    if fold_words(name.split()[0]) in _not_actors():
        return False
    return not _victim_like(name, victims)


def _name_at(text: str, at: int, where: str, lowercase_ok: bool) -> tuple[int, int] | None:
    """The span of the name a cue points at: after `at` or ending at `at`."""
    if where == "before":
        m = _NAME_BEFORE.search(text[max(0, at - 60):at])
        if not m:
            return None
        offset = max(0, at - 60)
        return offset + m.start(1), offset + m.end(1)
    for rx in (_QUOTED_AFTER, _NAME_AFTER, *((_PSEUDO_AFTER,) if lowercase_ok else ())):
        m = rx.match(text, at)
        if m:
            start, end = m.span(1)
            name = text[start:end].rstrip(".,;:")
            if name.endswith(")") and "(" not in name:
                name = name[:-1]
            return (start, start + len(name)) if name else None
    return None


def _cue_mentions(seg: Segment, found: list, victims: Iterable[str]) -> list[Mention]:
    out = []
    for m in found:
        rule = m.rule
        span = _name_at(seg.text, m.end if rule.extra.get("name") == "after" else m.start,
                        rule.extra.get("name", "after"), bool(rule.extra.get("lowercase_ok")))
        if span is None:
            continue
        raw = seg.text[span[0]:span[1]]
        hit = known(raw)
        if hit is None and (rule.extra.get("known_only") or not _acceptable(raw, victims)):
            continue
        if hit is None and rule.extra.get("quoted_or_known") and not _QUOTED_AFTER.match(seg.text, m.end):
            continue  # "le ransomware Babylon" may name its victim; "le malware « Ryuk »" names itself
        canonical, kind = hit if hit else (normalise(raw), "malware" if rule.label == "malware" else "group")
        out.append(Mention(canonical, kind, rule.weight, seg.start + span[0], seg.start + span[1], rule.id, seg))
    return out


def _known_mentions(seg: Segment, victims: Iterable[str]) -> list[Mention]:
    """Known actors named without a cue ("LockBit" in a sentence on this attack)."""
    out = []
    reading = None
    for m in _known_pattern().finditer(seg.folded):
        raw = seg.text[m.start():m.end()]
        if not raw[:1].isupper() and not raw[:1].isdigit():
            continue  # "le groupe LockBit", not a word that happens to be spelled like one
        canonical, kind = known(raw) or (None, None)
        if canonical is None or canonical in _needs_cue() or _victim_like(raw, victims):
            continue
        reading = reading or polarity.read(seg.folded)
        if reading.stated(m.start()):
            out.append(Mention(canonical, kind, 1.0, seg.start + m.start(), seg.start + m.end(), "actors.known_name", seg))
    return out


@lru_cache(maxsize=1)
def _rules() -> RuleSet:
    return RuleSet.load("rules/actors.json")


def find_threat_actor(doc: Doc, victims: Iterable[str] = ()) -> Fact | None:
    """The best-supported actor named as behind the attack, with its first supporting mention."""
    victims = list(victims)
    mentions: list[Mention] = []
    cued_in = {seg.start: (seg, found) for seg, found in polarity.stated_in_body(doc, _rules())}
    for seg in body_segments(doc):
        cued = _cue_mentions(seg, cued_in[seg.start][1], victims) if seg.start in cued_in else []
        mentions += cued
        mentions += [k for k in _known_mentions(seg, victims) if not any(c.start <= k.start < c.end for c in cued)]
    if not mentions:
        return None
    groups = [m for m in mentions if m.kind != "malware"] or mentions
    totals: dict[str, float] = {}
    first: dict[str, Mention] = {}
    for m in groups:
        key = fold_words(m.canonical)
        totals[key] = totals.get(key, 0.0) + m.weight
        first.setdefault(key, m)
    best = max(totals, key=lambda k: (totals[k], -first[k].start))
    m = first[best]
    return Fact("threat_actor", m.canonical, m.seg.text, m.start, m.end, m.rule)
