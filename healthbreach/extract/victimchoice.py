"""Which organisations are the article's victims: the named primary victims, else the salient one, else a breach
sentence's subject; authorities, outlets and attackers (data/orgs.json) never."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from healthbreach.textfold import fold
from healthbreach.extract.mentions import PLURAL_HEADS, head_prefix, is_not_org, is_place_name, body_mention, key_of, make_mention, repeated_names
from healthbreach.extract.nlp import org_data
from healthbreach.extract.roles import EXPOSED_RE, BREACH_RE
from healthbreach.extract.textspans import doc_folded, doc_text
from healthbreach.extract.organisation import Organisation, _fact
from healthbreach.extract.samename import _same


def _excluded(org: Organisation, words: dict[str, list[str]]) -> bool:
    """An authority, an outlet, an attacker or a word naming no organisation, under any of its names
    ("OFCS" is the "Office fédéral de la cybersécurité" it stands for)."""
    names = {org.canonical} | {m.canonical for m in org.mentions if not m.built and m.kind != "group"}
    if any(_excluded_name(name, org, words) for name in names if name != org.canonical):
        return not any(m.kind == "health" for m in org.mentions)
    return _excluded_name(org.canonical, org, words)


def _excluded_name(name: str, org: Organisation, words: dict[str, list[str]]) -> bool:
    folded = " " + fold(name).replace("-", " ") + " "
    # "Covid", "France", "Dark Web" alone are not organisations; "Cegedim Santé" is one.
    bare = re.sub(r"^(?:l'|la |le |les )", "", folded.strip())
    if org.kind != "group" and (is_not_org(name) or is_place_name(name)):
        return True
    if _word_rx("outlets", "authorities").search(folded):
        return True
    # "Clinique médicale Mont-Royal", "Hôpital Royal Victoria": an attacker's name ("Royal", "Play") as one word of a
    # health body's name does not make it the attacker
    attacker = _word_rx("attackers").search(folded)
    if attacker and (org.kind != "health" or attacker.group(0) == bare.strip()):
        return True
    return bool(_word_rx("authorities_unless_victim").search(folded)) and org.victim - org.titled < 2


@lru_cache(maxsize=None)
def _word_rx(*names: str) -> re.Pattern[str]:
    """One regex for the terms of data/orgs.json lists, each matched at word boundaries."""
    terms = sorted({t.replace("-", " ") for n in names for t in org_data()[n]}, key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(t) for t in terms) + r")(?![a-z0-9])")


def _headline_head(title: str, orgs: dict[str, Organisation], place: str | None) -> Organisation | None:
    """"Landerneau : l'hôpital frappé par une cyberattaque", "Toulouse : un centre de santé dévoile par erreur ...":
    a breach headline that names one establishment by its kind alone means the article's one organisation
    of that kind (of that place, when the headline starts with one)."""
    folded = fold(title)
    if not (BREACH_RE.search(folded) or EXPOSED_RE.search(folded)):
        return None
    # the head the headline writes first ("Lannion : l'Ehpad X piraté, le centre hospitalier mobilisé": the Ehpad's kind),
    # the longest of those starting there ("le centre hospitalier", not "le centre")
    found = [(m.start(), i, short) for i, (pattern, short) in enumerate(_singular_heads()) if (m := pattern.search(folded))]
    for _, _, short in sorted(found)[:1]:
        prefix = head_prefix(short)
        kind = [o for o in orgs.values() if o.kind == "health" and o.key.startswith(prefix) and not (o.bystander and not o.victim)]
        if place:  # "Lannion : l'hôpital frappé": Lannion's, never the one the patients were sent to
            kind = [o for o in kind if key_of(place) in o.key or "hosp:" + key_of(place) in {m.place_key for m in o.mentions}
                    or (len(kind) == 1 and any(fold(place) in doc_folded(m.sent.doc)[m.sent.start_char : m.sent.end_char] for m in o.mentions))]
        return kind[0] if len(kind) == 1 else None
    return None


@lru_cache(maxsize=1)
def _singular_heads() -> list[tuple[re.Pattern[str], str]]:
    """The singular head nouns with a determiner ("l'hôpital", "un centre de santé"), longest first, with their short forms."""
    return [(re.compile(r"(?<![\w-])(?:l'|le |la |un |une |son |sa )" + re.escape(fold(head)) + r"(?![\w-])"), short)
            for head, short in sorted(org_data()["heads"].items(), key=lambda kv: -len(kv[0]))
            if fold(head).split()[0] not in PLURAL_HEADS]


SALIENT_SENTENCES = 3  # an organisation the story names in this many sentences is its subject


def _salient(orgs: list[Organisation], others: list[Organisation], doc: Doc, story: list[tuple[int, int]]) -> list[Organisation]:
    """The organisation a breach story keeps naming, when no sentence says in so many words
    that it was hit ("Weda a fermé l'accès", "explique Weda"): a name written (sentence
    starts included) in at least SALIENT_SENTENCES sentences of the story, one of them a
    breach sentence; the most named wins. `others` (vendors, attackers, authorities, outlets)
    never count."""
    folded = doc_folded(doc)
    data = org_data()
    sentences = {s.start_char: s.end_char for s in doc.sents}
    for name, starts in repeated_names(doc, [(s.start_char, s.end_char) for s in doc.sents if any(a <= s.start_char < b for a, b in story)]):
        if len(starts) < SALIENT_SENTENCES:
            return []
        # one of them a breach sentence, or next to one ("CSL.Des données ..." glued by a missing space)
        if not any(BREACH_RE.search(folded, max(0, s - 300), sentences[s] + 300) for s in starts):
            continue
        key = key_of(name)
        if any(_same(name, o.canonical) or _same(o.canonical, name) or o.key == key for o in others):
            continue
        known = next((o for o in orgs if o.kind != "group" and (o.key == key or _same(name, o.canonical) or _same(o.canonical, name))), None)
        if known is None:
            mention = body_mention(doc, name) or next(
                (m for m in [make_mention(doc, s + doc_text(doc)[s:sentences[s]].find(name), 0, name, key, "name") for s in sorted(starts)]), None)
            mention.end = mention.start + len(name)
            known = Organisation(name, key, "name", [mention])
            if _excluded(known, data) or fold(name) in {fold(w) for w in data["attackers"]}:
                continue
        known.weak_fact = known.weak_fact or _fact("victim", doc, known.mentions[0], "", "victim:salient")
        return [known]
    return []


def _choose_victims(orgs: list[Organisation], doc: Doc, others: list[Organisation], story: list[tuple[int, int]]) -> list[Organisation]:
    """Named primary victims, else the story's salient organisation, else a breach sentence's subject.

    A group ("une trentaine de laboratoires de biologie médicale", "les hôpitaux")
    names no one: it is never a victim, whatever its sentence says."""
    named = [o for o in orgs if o.kind != "group"]
    # "Une clinique de Laval a été attaquée ... La Clinique Santé Plus ...": a description gives way to a name
    described = [o for o in named if all(m.indefinite for m in o.mentions)]
    if described and len(described) < len(named):
        named = [o for o in named if o not in described]
    tiers = [
        [o for o in named if o.victim and o.primary],
        _salient(named, others, doc, story),
        [o for o in named if o.weak and not o.victim][:1],
        # a victim named in background only ("piraté en 2022 les serveurs de X"), never one named
        # only where other incidents are retold ("ont ainsi paralysé ...")
        [o for o in named if o.victim and o.told],
        _lead_health_org([o for o in named if not o.took_in], doc, story),  # never the one that took the patients in
    ]
    for tier in tiers:
        if tier:
            return sorted(tier, key=lambda o: (o.victim_fact or o.weak_fact).start)
    return []


LEAD_SENTENCES = 3


def _lead_health_org(named: list[Organisation], doc: Doc, story: list[tuple[int, int]]) -> list[Organisation]:
    """When no sentence gives anyone a role: the health organisation (a ruler form, "le centre hospitalier
    de X") that a breach sentence of the story's lead names first."""
    folded = doc_folded(doc)
    text = doc_text(doc)
    lead = [s for s in doc.sents if text[s.start_char : s.end_char].strip() and any(a <= s.start_char < b for a, b in story)][:LEAD_SENTENCES]
    for sent in lead:
        if not BREACH_RE.search(folded, sent.start_char, sent.end_char):
            continue
        found = [(m.start, o) for o in named for m in o.mentions
                 if o.kind == "health" and not m.built and sent.start_char <= m.start < sent.end_char]
        if found:
            start, org = min(found, key=lambda f: f[0])
            mention = next(m for m in org.mentions if m.start == start)
            org.weak_fact = org.weak_fact or _fact("victim", doc, mention, "", "victim:lead_health")
            return [org]
    return []
