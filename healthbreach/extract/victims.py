"""Which of the organisations an article names were breached: the choice of victims and vendors.

Mentions (mentions.py) with the same key are one organisation; each mention's
roles (roles.py) add up per organisation; only the story counts
(textspans.body_segments, no sidebar headlines). Authorities, outlets and
attackers never become victims or vendors (lists in data/orgs.json). A victim
named only in a sentence retelling another incident is kept only when nothing
better names the article's own victim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from healthbreach.extract.evidence import Fact
from healthbreach.textfold import fold
from healthbreach.extract.mentions import DEMONYM, PLURAL_HEADS, PEOPLE_ADJ_AFTER, REGION_WORDS, Mention, capitalised_mentions, head_prefix, overlaps, is_not_org, is_place_name, written_as_place, body_mention, collect_mentions, generic_words, key_of, make_mention, repeated_names
from healthbreach.extract.nlp import org_data
from healthbreach.extract.roles import EXPOSED_RE, placed_only, of_place as _establishment_place, is_town, BACKGROUND, BREACH_RE, RECALL, RECALLED, RETOLD, SOURCE_BEFORE, TREND, judge_roles, title_victims
from healthbreach.extract.textspans import body_segments, doc_folded, doc_text, is_clutter, is_prose

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



# ---------------------------------------------------------------- roles


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


def _fact(field: str, doc: Doc, mention: Mention, value: str, rule: str) -> Fact:
    sentence = doc_text(doc)[mention.sent.start_char : mention.sent.end_char]  # == mention.sent.text, not joined again
    return Fact(field=field, value=value, sentence=sentence.strip(), start=mention.start, end=mention.end, rule=rule)



def find_organisations(doc: Doc, *, title: str | None = None, title_doc: Doc | None = None) -> tuple[list[Fact], list[Fact]]:
    """Victims and vendors named in `doc` (a Doc with sentence boundaries).

    Facts carry the canonical short form as value and the mention's offsets
    in doc.text. A victim named only in a sentence retelling another incident
    is kept only when nothing better names the article's own victim. An
    organisation the headline (`title_doc`, with the model's entities when
    available) presents as breached is a victim when the body names it too:
    its evidence is its first mention in the body.
    """
    data = org_data()
    folded = doc_folded(doc)
    title_key = key_of(title or "")
    orgs: dict[str, Organisation] = {}
    sentences = [s for s in doc.sents if doc_text(doc)[s.start_char : s.end_char].strip()]  # == s.text, not joined again
    lead_end = sentences[min(2, len(sentences) - 1)].end_char if sentences else 0
    story = _story_spans(doc)
    mentions = list(collect_mentions(doc))  # a copy: the anaphors below join it
    mentions += _asset_owners(doc, mentions)
    same_as = _bracketed(doc, mentions)
    in_story = lambda m: any(s <= m.start < e for s, e in story)  # noqa: E731
    judged = _share_in_coordination(doc, mentions, {id(m): judge_roles(m, doc, folded, mentions) if in_story(m) else [] for m in mentions})
    _counted_lists(doc, mentions, judged, folded)
    _owned_lists(doc, mentions, judged, folded)
    _own_systems_denied(doc, mentions, judged, folded)
    for anaphor, roles in _anaphors(doc, mentions, judged, folded):
        mentions.append(anaphor)
        judged[id(anaphor)] = roles
    mentions.sort(key=lambda m: m.start)
    for mention in mentions:
        if not in_story(mention):
            continue
        key = same_as.get(mention.key, mention.key)
        org = orgs.setdefault(key, Organisation(mention.canonical, key, mention.kind))
        if mention.kind == "health" and org.mentions and _better_name(mention, org):
            org.canonical = mention.canonical
        elif mention.expansion and not any(m.kind == "health" for m in org.mentions):
            org.canonical = mention.canonical  # "Réseau hospitalier neuchâtelois (RHNe)": the full name
        org.mentions.append(mention)
        # A retold incident after the lead is background; a group ("des établissements de santé")
        # in such a sentence is background even in the lead: a trend story, not one breach.
        # A name after the words opening a recall ("Ce n'est pas la première fois : l'hôpital X avait ...") is background even there.
        background = (bool(BACKGROUND.search(folded, mention.sent.start_char, mention.sent.end_char)) and mention.start > lead_end) or (
            mention.kind == "group" and bool(TREND.search(folded, mention.sent.start_char, mention.sent.end_char))) or (
            bool(RECALL.search(folded, mention.sent.start_char, mention.start))) or _recalled(folded, mention)
        # One mention is one piece of evidence per role: its strongest rule counts, rules do not add up.
        strongest: dict[str, tuple[float, str]] = {}
        placed = mention.kind in {"loose", "name"} and (written_as_place(doc_text(doc), mention.start) or bool(
            _SITES_OF.search(doc_text(doc), max(0, mention.start - 80), mention.start)))
        for rule, role, weight in judged[id(mention)]:
            if mention.kind == "loose" and role != "attacker" and (role != "victim" or weight < 2) and not (
                    role == "vendor" and any(r[1] == "victim" and r[2] >= 2 for r in judged[id(mention)])):
                continue  # a name only this capitalisation found needs a strong victim rule (or, as a vendor, one too)
            if placed and role == "victim":
                continue  # "six cabinets entre Dunkerque, Calais et Boulogne-sur-Mer": towns
            if role == "vendor" and mention.kind == "group":
                continue  # "les logiciels de laboratoires": the laboratories use the software, they do not sell it
            if role not in strongest or weight > strongest[role][0]:
                strongest[role] = (weight, rule)
        for role, (weight, rule) in strongest.items():
            if role == "attacker":
                org.attacker += weight
            elif role == "owner":
                org.owner += weight
            elif role == "bystander":
                org.bystander = True
                org.took_in |= rule in _TOOK_IN
            elif role == "part":
                continue  # "ses laboratoires X": a part of the subject's victim, not one of its own
            elif role == "vendor":
                org.vendor += weight
                org.vendor_fact = org.vendor_fact or _fact("vendor", doc, mention, "", f"vendor:{rule}")
            elif role == "victim":
                org.victim += weight
                org.reported += weight if weight < 1.5 else 0.0
                org.primary |= not background
                # "En 2024, l'attaque contre X avait perturbé ...": an earlier incident told as such (_recalled) is retold too
                org.told |= not (background and (RETOLD.search(folded, mention.sent.start_char, mention.sent.end_char) or _recalled(folded, mention)))
                org.parsed_victim |= rule.startswith("dep:")
                org.victim_fact = org.victim_fact or _fact("victim", doc, mention, "", f"victim:{rule}")
            else:
                org.weak += weight
                org.weak_fact = org.weak_fact or _fact("victim", doc, mention, "", f"victim:{rule}")
    _merge_acronyms(orgs)
    _merge_bare_heads(orgs, data)
    for org in orgs.values():
        _spell_out(org)
    _merge_group_sites(orgs, same_as)
    headline: set[str] = set()
    titled, place = title_victims(title_doc, doc_text(doc))
    for key, name in titled.items():
        key = same_as.get(key, key)  # the headline's "centre d'imagerie X" where the body brackets X after the full name
        # The body's name for it ("GHNE" for "groupe hospitalier Nord-Essonne", the hospital
        # of "Cyberattaque à Valmont"), else its first mention in the body.
        if (match := _matching_org(orgs, key, name)) is not None:
            if not all(m.indefinite for m in match.mentions):  # "une clinique de Sion piratée": a description
                headline.add(match.key)
        elif (mention := body_mention(doc, name)) is not None:
            orgs[key] = Organisation(name, key, "name", [mention])
            headline.add(key)
        elif len(titled) == 1 and not fold(name).startswith(tuple(h + " " for h in _head_shorts())) and not any(
                o.victim for o in orgs.values()) and (mention := _taken_up(doc, name, key, mentions, folded, story)) is not None:
            orgs[key] = Organisation(name, key, "name", [mention])
            headline.add(key)
    # the one establishment a headline names by its kind alone, unless the headline names its victim already
    if not headline and (one := _headline_head(title or "", orgs, place)) is not None:
        headline.add(one.key)
    for org in orgs.values():
        # A vendor whose own systems the headline says were hit is a victim too.
        if org.key in headline and org.kind != "group":
            org.victim += 2
            org.titled += 2
            org.primary = True
            org.victim_fact = org.victim_fact or _fact("victim", doc, org.mentions[0], "", "victim:headline")
        if title_key and org.kind != "group" and key_of(org.canonical) and key_of(org.canonical) in title_key:
            org.primary = True
        if len({m.sent.start for m in org.mentions}) >= 3 and org.victim:
            org.primary = True
    # "Remiremont" alone where the article writes "l'hôpital de Remiremont", "Quimper" where it writes "une pharmacie
    # de Quimper": the town, not a second victim
    towns = {town for o in orgs.values() if o.kind != "group" for m in o.mentions if m.kind == "health"
             if (town := re.search(r"\s(?:de\s|d')\s*(.+)$", fold(m.canonical))) and (town := key_of(town.group(1)))}
    _merge_everyday(orgs, doc)
    _merge_headline_everyday(orgs, doc)
    # An owner or parent group is no victim unless the parse says it was hit too.
    # A name once written after "ransomware" that the text more often shows hit ("l'attaque sur X") is the victim.
    kept = [o for o in orgs.values() if not (o.attacker and not o.parsed_victim and o.attacker >= o.victim) and not _excluded(o, data)
            and not (o.owner and not o.parsed_victim) and not (o.kind in {"name", "loose"} and o.key in towns)]
    # An editor that keeps announcing and confirming stays the vendor: reports alone never outweigh it.
    vendors = [o for o in kept if o.vendor and o.vendor >= o.victim - o.reported]
    others = [o for o in orgs.values() if o not in kept] + vendors
    victims = _choose_victims([o for o in kept if o not in vendors], doc, others, story)
    for org in victims:
        _fullest(org, doc)
    # "Vernac et Sauzet : les urgences fermées", "un réseau de santé de l'Oregon piraté": beside a victim the body names,
    # a one-word name only the headline made one, which the body writes only as a place's complement, is a town
    if len(victims) > 1:
        victims = [o for o in victims if not (o.kind in {"name", "loose"} and " " not in o.canonical and o.victim <= o.titled
                                              and placed_only(o.canonical, doc_text(doc)))] or victims
    if not victims:
        # "L'éditeur X a reconnu une fuite de données" and no client named as hit: the editor's own breach, told with the
        # editor as its subject (not "les données ont été dérobées chez l'éditeur X": the path to its clients' data), of a
        # company the text calls one (not a product: "le logiciel X a été touché" names no victim)
        victims = sorted((o for o in vendors if o.kind != "group" and o.victim and o.primary and o.victim_fact is not None
                          and o.vendor_fact is not None and o.vendor_fact.rule in _COMPANY_VENDOR and o.victim_fact.rule in _OWN_BREACH),
                         key=lambda o: o.victim_fact.start)
        vendors = [o for o in vendors if o not in victims]
    # "Rançongiciel chez l'hébergeur X : trois établissements privés de leur dossier de soins": where health
    # establishments are the victims, the provider the text calls one is the path of the breach
    if any(o.kind == "health" and not o.vendor for o in victims):
        moved = [o for o in victims if o.vendor and o.kind != "health"]
        victims = [o for o in victims if o not in moved]
        vendors += moved  # each has vendor evidence, hence its vendor_fact
    return (
        [_with_value(o.victim_fact or o.weak_fact, o.canonical) for o in victims],
        [_with_value(o.vendor_fact, o.canonical) for o in vendors],
    )


# "qui réunit les sites de Vernac et de Sauzet", "les hôpitaux de Vernac, de Lorvat et de Sauzet": the towns of a
# list of sites, each with its own "de" (mentions.written_as_place reads the list without them)
_SITES_OF = re.compile(r"(?<![\w'’-])(?:sites?|antennes?|implantations?)\s+(?:de|d['’])\s*(?:[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s*,\s*|\s+et\s+)(?:de|d['’])\s*)+$")


# What an organisation owns that an attack hits, right before "de" and a name with no determiner: "les serveurs de X",
# "la messagerie de X", "le réseau informatique de X", "les données de patients de X" (folded; data alone, "les données de
# X", may be a person's)
_ASSET_OF = re.compile(r"(?<![\w-])(?:serveurs?|systemes?|reseaux?|messageries?|infrastructures?|parc|bases?\s+de\s+donnees|"
                       r"(?:donnees|fichiers?|dossiers)\s+(?:de|des)\s+(?:patients|clients|adherents|assures|usagers|salaries|residents))"
                       r"(?:\s+(?:informatiques?|internes?|informatique\s+interne))?\s+(?:de|d')\s*$")


# After a name a sentence opens on: its apposition telling it was hit ("Novadent, victime d'une cyberattaque, a ...",
# "Medilis, visée par un rançongiciel en mars, ...")
_APPOSED_HIT = re.compile(r"\s*,\s*(?:(?:elle-meme|lui-meme|recemment|deja|a\s+son\s+tour)\s+)?(?:victime\s+d|cible\s+d|(?:visee?|touchee?|frappee?|piratee?|ciblee?|attaquee?|paralysee?)\s+(?:par|le|la|l'|en|dans|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|debut|fin|mi-))")


def _asset_owners(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Les serveurs de X ont été chiffrés", "la messagerie de X a été piratée": the capitalised name owning what was hit
    (or the one a sentence opens on with an apposition telling it was hit: "X, victime d'une cyberattaque, a ..."),
    which the model often calls a person or a place (mentions leaves those out): a loose mention, a victim only through a
    strong role rule (roles.systems_of). Not a place the article writes as one ("à X", "l'hôpital de X"), a region, a
    country, a demonym or a generic word."""
    text, folded = doc_text(doc), doc_folded(doc)
    generic = generic_words()
    out = []
    for m in capitalised_mentions(doc):
        if overlaps(m, mentions) or overlaps(m, out) or not (_ASSET_OF.search(folded, max(0, m.start - 60), m.start) or (
                _APPOSED_HIT.match(folded, m.end) and _opens_sentence(doc, m) and not re.match(r"(?:L['’]|L[ae]s?\s)\s*[a-zà-ÿ]", m.canonical))):
            continue  # (not "L'établissement de l'Aisne, déjà visé ...": a head noun)
        name = m.canonical
        if fold(name) in generic or DEMONYM.match(name) or is_not_org(name) or is_town(name, text) or _establishment_place(name, text):  # is_town: a region or country too
            continue
        m.kind = "loose"
        out.append(m)
    return out


def _recalled(folded: str, mention: Mention) -> bool:
    """"Mardi, le CH de X a été visé. En 2021, l'hôpital de Y avait déjà été frappé": a name in an earlier incident told in
    the pluperfect after a past year (polarity.recalled) is background, in the lead too, when it follows that year."""
    start = mention.sent.start_char
    found = RECALLED.search(folded[start : mention.sent.end_char])
    return found is not None and start + found.start() <= mention.start < start + found.end() + 200


# The vendor rules that describe a company (an editor, a provider), not a product
_COMPANY_VENDOR = {"vendor:vendor_noun", "vendor:vendor_apposition", "vendor:vendor_opening", "vendor:vendor_soit", "vendor:mandated_by"}
# The victim rules whose subject tells of, or underwent, its own breach ("X a reconnu une fuite", "X a subi une intrusion")
_OWN_BREACH = {"victim:" + r for r in ("announced_breach", "confirms_it", "suffered", "victim_of", "passive", "own_systems_hit",
                                        "dep:victim.subject_of_victime", "dep:victim.passive_subject", "dep:victim.suffered_attack")}
_TOOK_IN = {"receives_patients", "takes_over", "treated_by"}  # the role rules of a body taking in the patients or the work
_OPEN_BRACKET = re.compile(r"\s*\(\s*")  # between a name and the acronym or name it brackets: "X (ACR)"
# Between two coordinated names: a comma, "et", "ainsi que", after an acronym in brackets or a town in apposition
# ("la clinique X de Cambrai, la polyclinique Y, à Wignehies, et la clinique Z"; "Le CIUSSS X (CHUS) et le CISSS Y ont ...";
# a name's second part after a dash, "le CIUSSS X – CHUS et le CISSS Y"); or a count per body ("soit 14 200 au CH X et
# 9 800 à la clinique Y", group 1)
_COORDINATION = re.compile(r"\s*\)?\s*(?:\([^()]{1,20}\))?\s*(?:[–-]\s+[A-ZÀ-ÖØ-Þ][\w'’-]*\s*)?(?:,\s*(?:à|en|dans\s+l[ea]s?|près\s+de)\s+[^,;.()]{1,60}?\s*)?"
                           r"(?:,\s*et|,\s*(?:tout\s+comme|de\s+m[eê]me\s+que)|,|et|ainsi\s+que)\s+"
                           r"(\d[\d\s.,]*\s+(?:(?:patients|usagers|personnes|dossiers|clients|assurés)\s+)?(?=au\s|aux\s|à\s|chez\s))?"
                           r"(?:chez\s+)?(?:le\s+|la\s+|les\s+|l['’]\s*|du\s+|de\s+la\s+|de\s+l['’]\s*|d['’]\s*|des\s+|au\s+|aux\s+|à\s+l['’]\s*|à\s+la\s+|"
                           r"(?:sa|ses|leurs?)\s+(?:filiales?|société\s+sœur)\s+)?")


# "La clinique X a été visée par des pirates, tout comme le centre hospitalier Y.": the name the sentence ends on after
# "tout comme", "ainsi que", "de même que" (and "ceux de", "celui de" for what was hit: "les serveurs de X, de même que ceux de Y",
# "le réseau de X a été touché, ainsi que celui de Y")
# shares the victim role of the name before it
_ALONG = re.compile(r"[^.;:!?()«»]{0,160}?,\s*(?:tout\s+comme|ainsi\s+que|de\s+m[eê]me\s+que)\s+(?:celles?\s+|celui\s+|ceux\s+)?"
                    r"(?:le\s+|la\s+|les\s+|l['’]\s*|du\s+|de\s+la\s+|de\s+l['’]\s*|d['’]\s*|des\s+|au\s+|aux\s+|à\s+l['’]\s*|à\s+la\s+)?")
_ALONG_END = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:[.;!]|$)")


def _share_in_coordination(doc: Doc, mentions: list[Mention], judged: dict[int, list]) -> dict[int, list]:
    """Names coordinated in one sentence ("X, Y et Z ont été touchés", "X et Y ont confirmé") share the victim roles
    the rules gave one of them: the rules read the words beside each name, which only the list's end or start has."""
    text = doc_text(doc)
    ordered = sorted((m for m in mentions if m.kind == "health" or (m.kind == "name" and not written_as_place(text, m.start))), key=lambda m: m.start)
    chains: list[list[Mention]] = []
    counted: set[int] = set()  # chains with a count per body ("soit 14 200 au CH X et 9 800 à ..."): a breakdown, never an owner and its site
    folded = doc_folded(doc)
    for a, b in zip(ordered, ordered[1:]):
        if a.sent.start != b.sent.start or a.end > b.start:
            continue
        link = _COORDINATION.fullmatch(text, a.end, b.start) or _OPEN_BRACKET.fullmatch(text, a.end, b.start) or (
            _ALONG.fullmatch(text, a.end, b.start) if _ALONG_END.match(text, b.end) else None)
        # "Selon l'ARS X, le CH Y a été visé": the source before the comma is in no list with the victim
        if not link or SOURCE_BEFORE.search(folded, a.sent.start_char, a.start):
            continue
        if chains and chains[-1][-1] is a:
            chains[-1].append(b)
        else:
            chains.append([a, b])
        if link.re is _COORDINATION and link.group(1):
            counted.add(id(chains[-1]))
    for chain in chains:
        if id(chain) in counted:
            # the parse's "X de Y" owner reading does not hold across a count per body
            for m in chain:
                judged[id(m)] = [r for r in judged[id(m)] if not (r[1] == "owner" and r[0].startswith("dep:"))]
        shared = [r for m in chain for r in judged[id(m)] if r[1] == "victim" and r[2] >= 1]
        if not shared or any(r[1] in {"vendor", "owner", "attacker", "bystander"} for m in chain for r in judged[id(m)]):
            continue
        best = max(shared, key=lambda r: r[2])
        for m in chain:
            if not any(r[1] == "victim" for r in judged[id(m)]):
                judged[id(m)] = judged[id(m)] + [("coordinated." + best[0], "victim", best[2])]
    return judged


# A sentence opening on a count of bodies ("Trois structures de santé ont signalé une violation de données ... :"), whose
# colon then names them
_COUNT = r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|\d+)\s+"
_COUNTED_BODIES = (r"(?:etablissements|structures|cliniques|polycliniques|hopitaux|centres|laboratoires|pharmacies|officines|"
                   r"ehpad|mutuelles|organismes|cabinets|maternites|residences|caisses|complementaires)\b")
_COUNTED_SUBJECT = re.compile(r"\s*(?:[\w'-]+\s+){0,3}?" + _COUNT + _COUNTED_BODIES)
# "... a exposé les données de 100 000 adhérents de deux organismes complémentaires :": the count of bodies the colon
# then names, right before it
_COUNTED_BEFORE_COLON = re.compile(r"(?<![\w'-])(?:de\s+|d')" + _COUNT + _COUNTED_BODIES + r"(?:\s+[a-z-]+){0,2}\s*$")
# Before a name in such a sentence, before the colon: the platform or the provider the intrusion went through ("une
# intrusion dans la plateforme de gestion de X", "chez leur prestataire X")
_THROUGH_PROVIDER = re.compile(r"(?<![\w-])(?:plateformes?|logiciels?|outils?|serveurs?|systemes?|portails?|prestataires?|editeurs?|"
                               r"hebergeurs?|operateurs?|sous-traitants?)\b[^,.;:]{0,60}?(?:\s(?:de|du|chez)\s+|\sd'|\s)$")
# Between the colon (or the name before) and a listed name: its determiner ("la Mutuelle X, basée à Brest, et la Y")
_LIST_ITEM_BEFORE = re.compile(r"(?:^|,|\set|:)\s*(?:(?:l['’]\s*|la\s+|le\s+|les\s+)(?:[a-zà-ÿ-]+\s+){0,2})?$")


def _counted_lists(doc: Doc, mentions: list[Mention], judged: dict[int, list], folded: str) -> None:
    """"Trois structures de santé ont signalé une fuite de données liée à leur éditeur : la clinique X, la clinique Y et
    le centre Z": the bodies a colon lists after a breach sentence's counted subject are the ones it hit (the rules read
    beside each name, which the long clause before the colon puts out of their reach)."""
    text = doc_text(doc)
    for sent in doc.sents:
        subject = _COUNTED_SUBJECT.match(folded, sent.start_char, sent.end_char)
        colon = folded.find(":", sent.start_char, sent.end_char)
        if colon < 0 or not BREACH_RE.search(folded, sent.start_char, colon):
            continue
        before_colon = subject is None and _COUNTED_BEFORE_COLON.search(folded[sent.start_char : colon]) is not None
        if subject is None and not before_colon:
            continue
        kinds = {"health", "name"} if before_colon else {"health"}
        listed = sorted((m for m in mentions if m.kind in kinds and colon < m.start < sent.end_char
                         and (m.kind == "health" or (_LIST_ITEM_BEFORE.search(text[max(colon, m.start - 40) : m.start])
                                                     and not written_as_place(text, m.start)))), key=lambda m: m.start)
        if len(listed) < 2 or not re.fullmatch(r"\s*(?:l['’]\s*|la\s+|le\s+|les\s+)?" + (r"(?:[a-zà-ÿ-]+\s+){0,2}" if before_colon else ""),
                                                text[colon + 1 : listed[0].start]):
            continue
        for m in listed:
            if not any(r[1] in {"victim", "vendor", "owner", "attacker", "bystander"} for r in judged.get(id(m), [])):
                judged[id(m)] = judged.get(id(m), []) + [("counted_list", "victim", 2.0)]
        if before_colon:
            # the provider the intrusion went through, named before the colon, is the path to the listed bodies' data
            for m in mentions:
                if m.kind == "name" and sent.start_char <= m.start < colon and _THROUGH_PROVIDER.search(folded, max(sent.start_char, m.start - 90), m.start):
                    judged[id(m)] = [r for r in judged.get(id(m), []) if r[1] != "victim"] + [("counted_list_provider", "vendor", 2.0)]


# "le groupe X, qui gère sept Ehpad dans le Tarn :" before a colon: the list that follows names the owner's sites
_OWNS_COUNTED = re.compile(r"(?<![\w-])(?:gere|exploite|regroupe|reunit|chapeaute|administre|possede)\s+(?:[\w'-]+\s+){0,2}?" + _COUNT
                           + r"(?:etablissements|ehpad|residences|cliniques|sites|maisons|centres|laboratoires|hopitaux|cabinets|"
                           r"structures|officines|pharmacies)\b[^:.;]{0,100}$")


def _owned_lists(doc: Doc, mentions: list[Mention], judged: dict[int, list], folded: str) -> None:
    """"... le groupe X, qui gère sept Ehpad dans le Tarn : la résidence A à Albi, B à Gaillac ...": the bodies listed
    after the owner's count of its sites are its parts, not victims of their own (the owner's breach is theirs)."""
    for sent in doc.sents:
        colon = folded.find(":", sent.start_char, sent.end_char)
        if colon < 0 or not _OWNS_COUNTED.search(folded, sent.start_char, colon):
            continue
        for m in mentions:
            if colon < m.start < sent.end_char and m.kind in {"health", "name"}:
                judged[id(m)] = [r for r in judged.get(id(m), []) if r[1] != "victim"] + [("owned_list", "part", 0.0)]


# A sentence opening on the bodies just listed ("Les trois", "Elles", "Ces mutuelles") that says their own systems were not
# reached (folded)
_OWN_NOT_HIT = re.compile(r"\s*(?:les\s+(?:deux|trois|quatre|cinq|six|\d+)|elles|ils|ces\s+(?:[\w-]+\s+){0,2}?)\b[^.;]{0,80}?"
                          r"leurs\s+propres\s+(?:systemes|serveurs|reseaux|outils|infrastructures)[^.;]{0,60}?(?:n'|ne\s+)"
                          r"(?:ont|sont|avaient|auraient)?\s*(?:pas|jamais|aucunement)\s+(?:ete\s+)?(?:atteints|touches|compromis|affectes|vises|pirates)")


def _own_systems_denied(doc: Doc, mentions: list[Mention], judged: dict[int, list], folded: str) -> None:
    """"Parmi les organismes dont les adhérents sont touchés figurent A, B et C. Les trois précisent que leurs propres
    systèmes n'ont pas été atteints.": the bodies listed were not breached themselves (their clients' data were, elsewhere)."""
    text = doc_text(doc)
    sents = [x for x in doc.sents if text[x.start_char : x.end_char].strip()]
    for previous, sent in zip(sents, sents[1:]):
        if not _OWN_NOT_HIT.match(folded, sent.start_char, sent.end_char):
            continue
        listed = [m for m in mentions if previous.start_char <= m.start < previous.end_char and m.kind in {"health", "name", "loose"}
                  and any(r[1] == "victim" for r in judged.get(id(m), []))]
        if len(listed) >= 2:
            for m in listed:
                judged[id(m)] = [r for r in judged[id(m)] if r[1] != "victim"] + [("own_systems_denied", "bystander", 0.0)]


@lru_cache(maxsize=1)
def _anaphor() -> re.Pattern[str]:
    """A sentence opening on a head noun alone: "L'établissement a été touché", "L'hôpital universitaire avait été
    visé". The nouns are data/orgs.json's "anaphor_heads" (a head whose short form is an acronym written as that,
    and in capitals: "CHU", "Ehpad", "EHPAD") and "anaphor_any"."""
    data = org_data()
    forms = set(data["anaphor_any"])
    for noun in data["anaphor_heads"]:
        short = data["heads"].get(noun, noun)
        forms |= {short, short.upper()} if short != noun and short.lower() == noun else {noun}
    nouns = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    return re.compile(r"(?:L['’]|Le\s+|La\s+)(" + nouns + r")"
                      r"(?:\s+(?:universitaire|privé|public|psychiatrique|local|régional|intercommunal|mutualiste|médical))?"
                      r"(?=\s*,|\s+(?!de\b|du\b|des\b|d['’])[a-zà-ÿ])")


def _anaphors(doc: Doc, mentions: list[Mention], judged: dict[int, list], folded: str) -> list[tuple[Mention, list]]:
    """"Le CHU X de Liège n'a pas retrouvé ses outils. L'hôpital universitaire avait été visé ...": a sentence
    that names the breached body by its head noun alone names the last one of that kind written before it.
    Each such head the role rules make a victim becomes a mention of that body (built: it never names it)."""
    text = doc_text(doc)
    heads = {fold(h): short for h, short in org_data()["heads"].items()}
    health = sorted((m for m in mentions if m.kind == "health" and not m.key.startswith("group:")), key=lambda m: m.start)
    out: list[tuple[Mention, list]] = []
    for sent in doc.sents:
        found = _anaphor().match(text, sent.start_char)
        if not found or not health or health[0].start >= found.start():
            continue
        noun = fold(found.group(1))
        prefix = None if found.group(1) in org_data()["anaphor_any"] else head_prefix(heads.get(noun, noun))
        before = [m for m in health if m.end <= found.start() and (prefix is None or m.key.startswith(prefix))
                  and not any(r[1] == "bystander" for r in judged.get(id(m), []))]
        if not before:
            continue
        antecedent = before[-1]
        # "L'hôpital jurassien a été visé": a people's or a region's adjective after the head belongs to it
        end = found.end()
        if (people := PEOPLE_ADJ_AFTER.match(text, end)) is not None:
            end = people.end()
        anaphor = make_mention(doc, found.start(), end, antecedent.canonical, antecedent.key, "health")
        anaphor.built = True
        roles = [r for r in judge_roles(anaphor, doc, folded, mentions) if r[1] == "victim"]
        if roles:
            out.append((anaphor, [("anaphor." + r[0], r[1], r[2]) for r in roles]))
    out += _pronouns(doc, mentions, judged, folded)
    return out


_PRONOUN = re.compile(r"(Il|Elle)(?=\s+[a-zà-ÿ])")


@lru_cache(maxsize=1)
def _feminine() -> frozenset[str]:
    """The heads (folded first words) of the feminine bodies, data/orgs.json "feminine_heads": "la clinique X ... Elle a été visée"."""
    return frozenset(fold(w) for w in org_data()["feminine_heads"])


def _gender(doc: Doc, mention: Mention) -> str | None:
    """"f" or "m" for a mention its sentence opens on, read from its determiner ("La clinique", "Le centre") or, after
    "L'", from its head noun ("L'Ehpad", "L'association"); None without a determiner."""
    before = doc_text(doc)[mention.sent.start_char : mention.start].strip()
    if re.fullmatch(r"[Ll]a", before):
        return "f"
    if re.fullmatch(r"[Ll]e|[Dd]u|[Aa]u", before):
        return "m"
    if re.fullmatch(r"[Ll]['’]", before):
        return "f" if fold(mention.canonical).replace("-", " ").split()[0] in _feminine() else "m"
    return None


def _pronouns(doc: Doc, mentions: list[Mention], judged: dict[int, list], folded: str) -> list[tuple[Mention, list]]:
    """"La clinique X accueille deux cents patients. Elle a été victime d'un vol de données.": a sentence opening on "Il" or
    "Elle" names the body the sentence before opens on, when that one agrees with the pronoun; the role rules read the
    pronoun's sentence as they would the name's (built: the pronoun never names it)."""
    text = doc_text(doc)
    sents = [s for s in doc.sents if text[s.start_char : s.end_char].strip()]
    out: list[tuple[Mention, list]] = []
    for previous, sent in zip(sents, sents[1:]):
        start = sent.start_char + len(text[sent.start_char : sent.end_char]) - len(text[sent.start_char : sent.end_char].lstrip())
        found = _PRONOUN.match(text, start)
        if not found:
            continue
        gender = "f" if found.group(1) == "Elle" else "m"
        opening = [m for m in mentions if m.kind in {"health", "name"} and not m.key.startswith("group:")
                   and previous.start_char <= m.start < previous.end_char and _opens_sentence(doc, m)
                   and not any(r[1] in {"bystander", "vendor", "attacker", "owner"} for r in judged.get(id(m), []))]
        if len({m.key for m in opening}) != 1 or _gender(doc, opening[0]) != gender:
            continue
        antecedent = opening[0]
        pronoun = make_mention(doc, found.start(), found.end(), antecedent.canonical, antecedent.key, antecedent.kind)
        pronoun.built = True
        roles = [r for r in judge_roles(pronoun, doc, folded, mentions) if r[1] == "victim"]
        if roles:
            out.append((pronoun, [("pronoun." + r[0], r[1], r[2]) for r in roles]))
    return out


@lru_cache(maxsize=1)
def _generic_opening() -> re.Pattern[str]:
    """A sentence opening on a generic organisation noun alone ("La plateforme a été piratée", "L'éditeur a été visé",
    "La plateforme de téléconsultation a reconnu ...", "L'application de prise de rendez-vous a ..."):
    data/orgs.json's "name_cues" (the nouns before an organisation's name), "anaphor_heads" and "anaphor_any"."""
    data = org_data()
    nouns = {n for n in [*data["name_cues"], *data["anaphor_heads"], *data["anaphor_any"]] if n[:1].islower() and n != "chez"}
    alternatives = "|".join(re.escape(n) for n in sorted(nouns, key=lambda n: (-len(n), n)))
    # "La plateforme de téléconsultation a reconnu ...": lower-case complements of what it is may follow the noun
    return re.compile(r"\s*(?:L['’]|Le\s+|La\s+)(" + alternatives + r")(?:\s+(?:de|d['’])\s*[a-zà-ÿ-]{3,}(?:\s+[a-zà-ÿ-]+(?:ale?s?|elles?|iques?|aires?))?){0,3}"
                      r"(?=\s*,|\s+(?!de\b|du\b|des\b|d['’])[a-zà-ÿ])")


def _taken_up(doc: Doc, name: str, key: str, mentions: list[Mention], folded: str, story: list[tuple[int, int]]) -> Mention | None:
    """"Santéclic : des milliers de dossiers exposés" over a body that never writes the name: the first story sentence
    opening on a generic noun alone ("La plateforme a été piratée", "L'entreprise a été victime ...") that the role rules
    make a victim names the headline's one organisation (a built mention over the noun)."""
    text = doc_text(doc)
    for sent in doc.sents:
        if not any(a <= sent.start_char < b for a, b in story):
            continue
        found = _generic_opening().match(text, sent.start_char, sent.end_char)
        if not found:
            continue
        mention = make_mention(doc, found.start(1), found.end(1), name, key, "name")
        mention.built = True
        if any(r[1] == "victim" for r in judge_roles(mention, doc, folded, mentions)):
            return mention
    return None


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


def _matching_org(orgs: dict[str, Organisation], key: str, name: str) -> Organisation | None:
    if key in orgs:
        return orgs[key]
    for org in orgs.values():
        if org.kind != "group" and (key in org.key or _same(name, org.canonical) or _same(org.canonical, name)
                                    or _head_and_initials(name, org.canonical)):
            return org
    return None


def _better_name(mention: Mention, org: Organisation) -> bool:
    """A name the text writes beats one put together; a hospital's official form beats the
    everyday "hôpital de X"; otherwise the shorter wins ("CH de Dax")."""
    written = [m for m in org.mentions if not m.built]
    if mention.built:
        # "centre hospitalier de Vierzon" (the body's plural head) beats the headline's everyday "hôpital de Vierzon"
        return not written and (_everyday(mention.canonical), len(mention.canonical)) < (_everyday(org.canonical), len(org.canonical))
    if not written:
        return True
    if key_of(mention.canonical) == key_of(org.canonical):
        # "Charles-Le Moyne" / "Charles-LeMoyne": one name spelled two ways, the text's usual spelling wins
        count = lambda name: sum(m.canonical == name for m in written)  # noqa: E731
        return count(mention.canonical) + 1 > count(org.canonical)
    rank = (_everyday(mention.canonical), _bare_ch(mention.canonical), len(mention.canonical))
    return rank < (_everyday(org.canonical), _bare_ch(org.canonical), len(org.canonical))


def _everyday(name: str) -> bool:
    return fold(name).startswith(("hopital ", "hopitaux "))


def _bare_ch(name: str) -> bool:
    """"CH de Saint-Claude": a newsroom's abbreviation, which "centre hospitalier de Saint-Claude" beats
    (unlike CHU, CISSS or CPAM, the forms the press names such bodies by)."""
    return name.startswith("CH ")


def _story_spans(doc: Doc) -> list[tuple[int, int]]:
    """The article's own segments (textspans.body_segments) less the headline-like lines
    met once the body has begun: other stories' titles in a sidebar. List items stay."""
    spans: list[tuple[int, int]] = []
    started = False
    previous = ""
    for seg in body_segments(doc):
        if is_clutter(seg.folded):
            continue  # "À lire aussi : le CHU de X visé ...", "Photo : l'entrée de la clinique Y", even written as a sentence
        line = seg.text.rstrip(" \u00a0«“\"(")  # "... la brèche. «": a quote opening after the stop
        # "Contacté, le CIML confirme l'intrusion.": a short sentence, which a sidebar's titles never end like
        prose = is_prose(line) or (started and line.endswith(".") and len(line.split()) >= 4)
        listed = seg.text[:1] in "-•*–·" or previous.endswith(":")
        if prose or listed or not started:
            spans.append((seg.start, seg.end))
        started |= prose
        previous = seg.text.rstrip()
    return spans


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


def _head_and_initials(short: str, long: str) -> bool:
    """"laboratoire LBAM" and "Laboratoire breton d'analyses médicales": a head noun and the acronym of the full name
    that opens on the same head; the full name is the one the victim is given."""
    ws, wl = short.split(), fold(long).replace("-", " ").replace("'", " ").split()
    if len(ws) != 2 or not re.fullmatch(r"[A-ZÀ-Þ0-9&]{3,10}", ws[1]) or len(wl) < 3 or fold(ws[0]) != wl[0]:
        return False
    return key_of(ws[1]) == _initials(wl)


def _written_on(short: str, long: "Organisation") -> bool:
    """`long`'s name, as the text writes it, is `short` with more of its own capitalised words ("Tiers Payant
    Atlantique" for a headline's "Tiers", "Harbourline Health" for "Harbourline") or its hyphenated tail
    ("Villefranche-sur-Saône"): the fuller name."""
    name = long.canonical
    if not any(m.canonical == name and not m.built for m in long.mentions) or fold(name[: len(short)]) != fold(short):
        return False
    rest = name[len(short) :]
    return rest[:1] == "-" or (rest[:1] == " " and all(w[:1].isupper() for w in rest.split()))


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


def _opens_sentence(doc: Doc, mention: Mention) -> bool:
    """The mention is what its sentence opens on, after a determiner: "Le centre hospitalier X, qui ..., reconnaît"."""
    return re.fullmatch(r"\s*(?:[LlDd]['’]\s*|[Ll][ea]\s+|[Dd]u\s+)?", doc_text(doc)[mention.sent.start_char : mention.start]) is not None


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


@lru_cache(maxsize=1)
def _head_shorts() -> dict[str, str]:
    """A head noun, folded -> its short form (data/orgs.json), built once (read, never changed)."""
    return {fold(h): short for h, short in org_data()["heads"].items()}


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


def _spell_out(org: Organisation) -> None:
    """'MGPS' or 'la mutuelle MGPS' where the text also spells it out, 'Mutuelle générale de prévoyance
    sociale (MGPS)': the victim is given its full name."""
    for mention in org.mentions:
        if mention.expansion:
            current = key_of(org.canonical)
            if current == mention.key or (current.endswith(mention.key) and len(org.canonical.split()) <= 3):
                org.canonical = mention.canonical
            return


# The head acronyms a body's full name beats ("CHI de X" for "centre hospitalier intercommunal de X"); the press's own
# forms ("CHU de Brest", "CHR de Huy", "CPAM du Var", "ARS Occitanie") stay as written
_SPELT_OUT = frozenset({"ch", "chi", "chs", "cisss", "ciusss"})
# Of those, the ones the press names by the acronym form ("CISSS des Hautes-Rives") unless the text gives that form only
# as the bracketed alias of the full name, "Centre intégré ... des Hautes-Rives (CISSS des Hautes-Rives)"
_BRACKETED_ONLY = frozenset({"cisss", "ciusss"})


def _fullest(org: Organisation, doc: Doc) -> None:
    """"CHI des Deux-Rives" (a headline's, or in brackets: "... des Deux-Rives (CISSS des Deux-Rives)") where the body
    writes "centre hospitalier intercommunal des Deux-Rives" whole, and never the acronym form as its own name: the
    victim is given the name spelt out. The press's own forms ("CHU de X") stay."""
    words = org.canonical.split(None, 1)
    if len(words) == 2 and words[0].islower() and re.fullmatch(r"[A-ZÀ-Þ]{3,8}", words[1]):
        _spell_initials(org, doc, words[0], words[1])
        return
    if len(words) != 2 or fold(words[0]) not in _SPELT_OUT or not words[0].isupper():
        return
    spelt = _spelt_heads().get(fold(words[0]))
    if not spelt:
        return
    text, folded = doc_text(doc), doc_folded(doc)
    tail = re.escape(fold(words[1])).replace(r"\ ", r"\s+")
    first_line = text.find("\n") if "\n" in text else 0
    # the acronym form written in the body as a name, not in brackets after the full one
    short = re.compile(r"(?<![\w-])" + re.escape(fold(words[0])) + r"\s+" + tail + r"(?![\w-])")
    bracketed_only = fold(words[0]) in _BRACKETED_ONLY
    in_brackets = [bool(re.search(r"\(\s*$", folded[max(0, m.start() - 3) : m.start()])) for m in short.finditer(folded)]
    if (bracketed_only and not any(in_brackets)) or any(
            not bracket and (bracketed_only or m.start() > first_line) for m, bracket in zip(short.finditer(folded), in_brackets)):
        return
    heads = "|".join(re.escape(h).replace(r"\ ", r"[\s'-]+") for h in sorted(spelt, key=len, reverse=True))
    full = re.search(r"(?<![\w-])(?:" + heads + r")\s+" + tail + r"(?![\w-])", folded)
    if full is not None:
        org.canonical = text[full.start() : full.end()]


def _spell_initials(org: Organisation, doc: Doc, head: str, acronym: str) -> None:
    """"laboratoire LBAM" where the text writes "Laboratoire breton d'analyses médicales" (capitalised, no brackets):
    the name whose initials the acronym is, opening on the same head."""
    text, folded = doc_text(doc), doc_folded(doc)
    want = fold(acronym)
    for found in re.finditer(r"(?<![\w-])" + re.escape(fold(head)) + r"(?![\w-])", folded):
        if not text[found.start()].isupper():
            continue
        initials = fold(head)[0]
        run = re.match(r"[^.,;:()\"\n]{0,120}", folded[found.end() :]).group(0)  # up to the clause's end
        for word in re.finditer(r"[\w-]+", run):
            if word.group(0) not in _STOP:
                initials += word.group(0)[0]
            if initials == want:
                org.canonical = text[found.start() : found.end() + word.end()]
                return
            if len(initials) > len(want) or not want.startswith(initials):
                break


def _names(org: Organisation) -> set[str]:
    return {org.canonical} | {m.canonical for m in org.mentions if not m.built}


def _earliest(a: Fact | None, b: Fact | None) -> Fact | None:
    if a is None or b is None:
        return a or b
    return a if a.start <= b.start else b


_STOP = {"de", "des", "du", "la", "le", "les", "l", "d", "et"}


def _initials(words: list[str]) -> str:
    """The initials of a folded name's words less its function words ("centre hospitalier de x" -> "chx")."""
    return "".join(w[0] for w in words if w not in _STOP)


def _fuller(short: str, long: str) -> bool:
    """"Mutuelle des hospitaliers" for "Mutuelle nationale des hospitaliers": one word left out after the first."""
    ws, wl = fold(short).replace("-", " ").split(), fold(long).replace("-", " ").replace("'", " ").split()
    return len(ws) >= 2 and len(wl) == len(ws) + 1 and ws[0] == wl[0] and ws[0] not in _STOP and any(
        wl[:i] + wl[i + 1:] == ws for i in range(1, len(wl))) and len([w for w in ws if w not in _STOP]) >= 2


@lru_cache(maxsize=1)
def _spelt_heads() -> dict[str, tuple[str, ...]]:
    """A head's folded acronym ("chr") -> the folded heads it stands for ("centre hospitalier regional")."""
    out: dict[str, list[str]] = {}
    for head, short in org_data()["heads"].items():
        if " " in head and short.isupper():
            out.setdefault(fold(short), []).append(fold(head).replace("-", " ").replace("'", " "))
    return {k: tuple(v) for k, v in out.items()}


# A company's legal form before its name says nothing of which one it is: "la SELAS Bioval Biologie Médicale" is Bioval
_LEGAL_FORMS = frozenset({"sa", "sas", "sasu", "sarl", "eurl", "selas", "selarl", "selafa", "selca", "scm", "scp", "gie", "sca"})


def _same(short: str, long: str) -> bool:
    ws, wl = fold(short).replace("-", " ").split(), fold(long).replace("-", " ").replace("'", " ").split()
    if len(wl) > 1 and wl[0] in _LEGAL_FORMS and ws and ws[0] not in _LEGAL_FORMS:
        wl = wl[1:]
    if ws and wl[: len(ws)] == ws and ws[0] not in _STOP:
        return True
    # "Techno Doctolib" (a section label glued to a headline) is "Doctolib"; "Harmonie Mutuelle" is not "Mutuelle".
    if ws and len(wl) == len(ws) + 1 and wl[1:] == ws and " ".join(ws) not in generic_words():
        return True
    if _fuller(short, long):
        return True
    # "CHR de Huy" and "Centre hospitalier régional de Huy": the head's acronym spelled out
    if len(ws) >= 2 and any(wl == spelt.split() + ws[1:] for spelt in _spelt_heads().get(ws[0], ())):
        return True
    initials = _initials(wl)
    return len(ws) == 1 and len(initials) >= 2 and key_of(short) == initials



def _with_value(fact: Fact, value: str) -> Fact:
    value = " ".join(value.replace("’", "'").split())  # one apostrophe, one space: "pharmacie d'Orléans"
    return Fact(field=fact.field, value=value, sentence=fact.sentence, start=fact.start, end=fact.end, rule=fact.rule)
