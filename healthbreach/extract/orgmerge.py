"""Organisations the article names several ways, merged into one: an acronym and its expansion, a bare head
("le CISSS") and the one body of that kind, the everyday "hôpital de X" and the official name, a hospital group and
its sites, a name in brackets after another."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from healthbreach.textfold import fold
from healthbreach.extract.mentions import REGION_WORDS, Mention, head_prefix, is_place_name, generic_words, key_of
from healthbreach.extract.nlp import org_data
from healthbreach.extract.roles import BREACH_RE
from healthbreach.extract.textspans import doc_folded, doc_text, is_prose
from healthbreach.extract.organisation import Organisation, _opens_sentence
from healthbreach.extract.samename import _everyday, _fuller, _head_and_initials, _head_shorts, _names, _same, _written_on
from healthbreach.extract.sharedroles import _OPEN_BRACKET


def _bracketed(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """'Groupe 3R (Réseau radiologique romand)', 'X (MNH)': the name in brackets right after
    a name is the same organisation, and so is a name joined by a dash ('CIUSSS X – CHU Y'); its key -> the first
    name's key."""
    text = doc_text(doc)
    same: dict[str, str] = {}
    for a, b in zip(mentions, mentions[1:]):
        if a.kind != "group" and b.kind != "group" and _OPEN_BRACKET.fullmatch(text, a.end, b.start) and re.match(r"\s*\)", text[b.end :]):
            same.setdefault(b.key, same.get(a.key, a.key))
        elif a.kind == "health" and b.kind in {"health", "name"} and re.fullmatch(r"\s+[–—-]\s+", text[a.end : b.start]):
            # "le CIUSSS de l'Estrie – Centre hospitalier universitaire de Sherbrooke": one body's two-part name
            same.setdefault(b.key, same.get(a.key, a.key))
    # "le Centre d'imagerie médicale du Val de Loire (Imaval)" where the text also writes "le centre d'imagerie Imaval":
    # the short name in brackets, which spells no initials, names the same body as the mentions of that name
    for a in mentions:
        short = re.match(r"\s*\(\s*([A-ZÀ-Þ][\w&'’-]{2,20})\s*\)", text[a.end :])
        if a.kind == "group" or short is None or (k := key_of(short.group(1))) == a.key:
            continue
        for b in mentions:
            if b is not a and b.kind != "group" and b.key != a.key and (b.key == k or b.key.endswith(":" + k)):
                same.setdefault(b.key, same.get(a.key, a.key))
    return same


def _merge_acronyms(orgs: dict[str, Organisation]) -> None:
    """One organisation named several ways: 'Dedalus France' into 'Dedalus', an expansion
    into its acronym (the short form kept), 'hôpital de Cannes' into 'centre hospitalier
    Simone-Veil de Cannes' (the proper name kept)."""
    items = sorted(orgs.values(), key=lambda o: len(o.canonical))
    for short in items:
        for long in items:
            if short is long or short.key not in orgs or long.key not in orgs or short.kind == "group" or long.kind == "group":
                continue
            by_place = short.key in {m.place_key for m in long.mentions}
            fuller = any(_fuller(a, b) for a in _names(short) for b in _names(long))
            # "la mutuelle MGPS" and "Mutuelle générale de prévoyance sociale (MGPS)": one acronym
            acronyms = {fold(a) for a in _names(short) | _names(long) if re.fullmatch(r"[A-ZÀ-Þ0-9&-]{3,10}", a) and fold(a) not in generic_words()}
            fuller |= any(fold(b) in acronyms and fold(a).split()[-1] == fold(b) and len(a.split()) == 2
                          for x, y in ((short, long), (long, short)) for a in _names(x) for b in _names(y))
            spelt = _head_and_initials(short.canonical, long.canonical)
            if by_place or fuller or spelt or _same(short.canonical, long.canonical):
                if by_place or fuller or spelt or fold(short.canonical) in generic_words() or _written_on(short.canonical, long):
                    # the proper name: "hôpital Nord-Ouest de Villefranche"; "CISSS de Laval", not a bare "CISSS";
                    # "Harbourline Health", not "Harbourline"
                    short.canonical = long.canonical
                short.absorb(long)
                del orgs[long.key]


@lru_cache(maxsize=1)
def _hospital_heads() -> tuple[str, ...]:
    """The folded head nouns of the hospital family ("centre hospitalier", "chu", "hopital"), longest first."""
    family = set(org_data()["hospital_family"])
    return tuple(sorted((fold(h) for h, short in org_data()["heads"].items() if short in family), key=len, reverse=True))


@lru_cache(maxsize=1)
def _town_named() -> re.Pattern[str]:
    """A folded hospital name that goes on with "de", "du", "d'": named after its own place ("centre hospitalier de Dole");
    group 1 is the place."""
    return _of_place(_hospital_heads())


@lru_cache(maxsize=4)
def _of_place(heads: tuple[str, ...]) -> re.Pattern[str]:
    """One of the folded `heads` and "de", "du", "d'" and a place (group 1): "hopital de lannion", "cabinet de radiologie d'auxonne"."""
    return re.compile(r"(?:" + "|".join(heads) + r")\s+(?:de\s+la\s+|de\s+l'|de\s+|du\s+|d')(.+)")


def _town_of(name: str) -> str | None:
    """The place a hospital is named after ("hôpital de Lannion" -> "lannion", "CHU de Dijon" -> "dijon"), folded; None
    for a name that goes on otherwise ("CHU Dijon Bourgogne", "centre hospitalier Jean-Kervella")."""
    m = _town_named().match(fold(name))
    return m.group(1) if m else None


_GROUP_HEADS = ("groupe hospitalier ", "groupement hospitalier ")


def _merge_group_sites(orgs: dict[str, Organisation], same_as: dict[str, str]) -> None:
    """"Les patients des hôpitaux de Vernac et de Sauzet" (each "hôpital de X" put together from the plural, never
    written as such) in an article naming one hospital group ("le Groupe hospitalier Vallée-Lorne"): the group's
    sites, hence the group; `same_as` sends their keys (the headline's too) to it."""
    groups = [o for o in orgs.values() if o.kind != "group" and not (o.vendor or o.owner or o.attacker or o.bystander)
              and any(fold(m.canonical).startswith(_GROUP_HEADS) and not m.built for m in o.mentions)]
    if len(groups) != 1:
        return
    group = groups[0]
    for site in [o for o in orgs.values() if o is not group and o.kind == "health" and o.mentions
                 and all(m.built for m in o.mentions) and _everyday(o.canonical) and not (o.took_in or o.vendor or o.owner)]:
        group.absorb(site)
        same_as[site.key] = group.key
        del orgs[site.key]


def _merge_same_spans(orgs: dict[str, Organisation]) -> None:
    """A name whose every mention is one health organisation's mention, the same words at the same place (the headline's
    "Hôpital de X :" kept by its own key, the ruler's mention of it under "hosp:x"): one organisation, the other's."""
    for name in [o for o in orgs.values() if o.kind in {"name", "loose"}]:
        spans = {(m.start, m.end, fold(m.canonical)) for m in name.mentions}
        same = [o for o in orgs.values() if o is not name and o.kind == "health" and not (o.vendor or o.owner or o.attacker)
                and spans <= {(m.start, m.end, fold(m.canonical)) for m in o.mentions}]
        if len(same) == 1 and name.key in orgs:
            same[0].absorb(name)
            same[0].mentions = [m for i, m in enumerate(same[0].mentions) if (m.start, m.end) not in {(x.start, x.end) for x in same[0].mentions[:i]}]
            del orgs[name.key]


def _merge_everyday(orgs: dict[str, Organisation], doc: Doc) -> None:
    """'l'hôpital de Lannion' (the headline's or the newsroom's everyday name) and 'le centre hospitalier
    Jean-Kervella (CHJK)' (the official one, which names no town of its own): one hospital, under its official
    name, when the town follows the official one in its sentence ("..., qui regroupe les sites de Remiremont"),
    or when the official one is the only hospital without a town the article names in a breach sentence."""
    _merge_same_spans(orgs)
    folded = doc_folded(doc)
    heads = _hospital_heads()
    for short, town in [(o, t) for o in orgs.values() if o.kind == "health" and o.key.startswith("hosp:") and (t := _town_of(o.canonical))]:
        if short.key not in orgs:
            continue
        town_rx = re.compile(r"(?<![\w-])" + re.escape(town) + r"(?![\w-])")
        official = [o for o in orgs.values() if o is not short and o.kind != "group" and not (o.vendor or o.owner or o.attacker)
                    and not _everyday(o.canonical) and any(fold(m.canonical).startswith(heads) for m in o.mentions)
                    and not any(m.place_key and m.place_key != short.key for m in o.mentions)]
        # "le centre hospitalier de Dole et l'hôpital de Champagnole": one named after its own town is another (one named
        # after its region, "le centre hospitalier régional du Val de Sambre", names no town)
        placeless = [o for o in official if not any(m.place_key or _named_after_town(m.canonical) for m in o.mentions)]
        # the town after the official name, before any other organisation in its sentence
        def town_after(o: Organisation) -> bool:
            stops = sorted(m.start for x in orgs.values() if x is not o and x.key != key_of(town) for m in x.mentions)
            return any(town_rx.search(folded, m.end, min([m.sent.end_char] + [s for s in stops if s >= m.end])) for m in o.mentions)

        near = [o for o in official if town_after(o)]
        others = [o for o in orgs.values() if o is not short and any(m.place_key == short.key for m in o.mentions)]
        # "l'hôpital de Castres" and "le centre hospitalier intercommunal de Castres-Mazamet", "l'hôpital d'Annecy" and
        # "le centre hospitalier Annecy Genevois": the town in its name
        joined = [o for o in official if any(re.search(r"(?<![\w'-])" + re.escape(town) + r"(?![\w'])", fold(m.canonical))
                                             for m in o.mentions)]
        if not _everyday(short.canonical):
            # "le CHU de Dijon" (the headline's) and "le CHU Dijon Bourgogne": only a name with the town as one of its words
            if len(joined) != 1 or joined[0] not in placeless:
                continue
            target = joined[0]
        elif len(joined) == 1:
            target = joined[0]
        elif len(near) == 1:
            target = near[0]
        elif not near and not others and len(placeless) == 1 and (any(
                BREACH_RE.search(folded, m.sent.start_char, m.sent.end_char) for m in placeless[0].mentions) or (
                short.victim and not placeless[0].bystander and any(_opens_sentence(doc, m) for m in placeless[0].mentions))):
            # "... l'hôpital de Montreuil a envoyé ... Le centre hospitalier intercommunal X, qui a présenté ses excuses,
            # ...": the hit everyday hospital's official name, the subject a sentence opens on
            target = placeless[0]
        else:
            continue
        target.absorb(short)
        del orgs[short.key]
    _merge_everyday_practice(orgs, doc)


# One family of practices the press also calls by their kind and their town ("le cabinet de radiologie d'Auxonne")
_IMAGING_HEADS = ("cabinet de radiologie", "centre de radiologie", "centre d'imagerie", "cabinet d'imagerie")


_IMAGING = re.compile(r"(?:" + "|".join(re.escape(h) for h in _IMAGING_HEADS) + r")(?![\w-])")


def _of_one_town(name: str) -> bool:
    """A practice of that family named by its kind and one town alone: "cabinet de radiologie d'Auxonne"."""
    m = _of_place(_IMAGING_HEADS).fullmatch(fold(name))
    return m is not None and " " not in m.group(1)


def _merge_everyday_practice(orgs: dict[str, Organisation], doc: Doc) -> None:
    """'le cabinet de radiologie d'Auxonne' (its kind and its town, the everyday name) and 'le Centre d'imagerie médicale
    du Val de Loue (CIMVL)' (its own name, no town's): one practice under its own name, when it is the article's only other
    one of that family and a sentence opens on it or tells the breach."""
    folded = doc_folded(doc)
    for short in [o for o in orgs.values() if o.kind == "health" and _of_one_town(o.canonical)]:
        official = [o for o in orgs.values() if o is not short and o.kind != "group" and not (o.vendor or o.owner or o.attacker or o.bystander)
                    and _IMAGING.match(fold(o.canonical)) and not _of_one_town(o.canonical)]
        if short.key not in orgs or len(official) != 1 or not (short.victim or short.weak):
            continue
        if any(_opens_sentence(doc, m) or BREACH_RE.search(folded, m.sent.start_char, m.sent.end_char) for m in official[0].mentions):
            official[0].absorb(short)
            del orgs[short.key]


def _named_after_town(name: str) -> bool:
    """A hospital named after a town ("centre hospitalier de Dole"), not after a region ("... du Val de Sambre")."""
    place = _town_of(name)
    return bool(place) and re.split(r"[\s'-]+", place)[0] not in REGION_WORDS and not is_place_name(place)


def _merge_headline_everyday(orgs: dict[str, Organisation], doc: Doc) -> None:
    """"Piratage de l'hôpital de Tournelle : ..." over a body that names only "le Centre hospitalier régional de
    Haute-Lys" as hit: the headline line's everyday name (written nowhere else) is the body's one hospital victim,
    named after its region rather than its town."""
    text = doc_text(doc)
    first_line = text.find("\n") if "\n" in text else len(text)
    for short in [o for o in orgs.values() if o.kind == "health" and _everyday(o.canonical) and _town_of(o.canonical)]:
        if short.key not in orgs or any(m.start >= first_line for m in short.mentions) or is_prose(text[:first_line]):
            continue
        hit = [o for o in orgs.values() if o is not short and o.kind == "health" and o.key.startswith("hosp:") and o.victim
               and not (o.vendor or o.owner or o.attacker or o.bystander)]
        if len(hit) == 1 and not _everyday(hit[0].canonical):
            hit[0].absorb(short)
            del orgs[short.key]


def _merge_bare_heads(orgs: dict[str, Organisation], data: dict) -> None:
    """'le CISSS', 'le CHU' written alone after 'le CISSS de la Montérégie-Centre': the one
    organisation of that kind the article names (none merged when it names two)."""
    shorts = _head_shorts()
    for org in list(orgs.values()):
        short = shorts.get(fold(org.canonical))
        if short is None or org.kind == "group" or org.key not in orgs:
            continue
        prefix = head_prefix(short)
        named = [o for o in orgs.values() if o is not org and o.key.startswith(prefix) and o.kind != "group"]
        if len(named) != 1:
            continue
        target = named[0]
        target.absorb(org)
        del orgs[org.key]
