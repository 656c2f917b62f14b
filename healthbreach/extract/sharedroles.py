"""Roles one name of a list passes to the others: names coordinated in one sentence share a victim role, the bodies a
colon lists after a counted breach subject are victims, an owner's listed sites are its parts, bodies whose own
systems are said not to be reached are not victims."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from healthbreach.extract.mentions import Mention, written_as_place
from healthbreach.extract.roles import BREACH_RE, SOURCE_BEFORE
from healthbreach.extract.textspans import doc_folded, doc_text


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


# "Parmi ses clients figurent au moins trois établissements de soins :" before a colon, in a story of the provider's breach
_CLIENTS_COUNTED = re.compile(r"(?<![\w-])parmi\s+(?:ses|leurs|les)\s+(?:clients|utilisateurs)(?![\w-])[^:.;]{0,60}?" + _COUNT
                              + _COUNTED_BODIES + r"[^:.;]{0,40}$")
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
        # "Parmi ses clients figurent trois établissements de soins : ...": the provider's hit clients, its breach told before
        clients = colon >= 0 and _CLIENTS_COUNTED.search(folded[sent.start_char : colon]) is not None
        if colon < 0 or not (clients or BREACH_RE.search(folded, sent.start_char, colon)):
            continue
        before_colon = subject is None and (clients or _COUNTED_BEFORE_COLON.search(folded[sent.start_char : colon]) is not None)
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


# A count of the bodies hit, in a breach sentence: "trois cliniques", "onze officines de Bourgogne", "les deux mutuelles"
_NUMBERS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11,
            "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30}
_COUNTED_HIT = re.compile(r"(?<![\w-])(" + "|".join(_NUMBERS) + r"|plusieurs|\d+)\s+(?:[\w'-]+\s+){0,1}?" + _COUNTED_BODIES)
# Between two names of such a list, beside the coordination: "Pour la mutuelle X comme pour la Y", "Aux pharmacies A et B
# s'ajoutent C et D"
_AS_FOR = re.compile(r"\s*,?\s*(?:comme\s+pour|s['’](?:y\s+)?ajoutent(?:\s+(?:notamment|aussi|encore))?|viennent\s+s['’]ajouter)\s+"
                     r"(?:le\s+|la\s+|les\s+|l['’]\s*)?")
# A denial in the list's sentence ("... n'ont pas été touchées"), folded
_DENIED = re.compile(r"(?<![\w-])(?:n'|ne\s+)(?:[\w-]+\s+){0,2}?(?:pas|jamais|aucunement)(?![\w-])|(?<![\w-])epargne")
_ANY_ROLE = {"victim", "vendor", "owner", "attacker", "bystander", "part"}


def _counted_then_named(doc: Doc, mentions: list[Mention], judged: dict[int, list], folded: str) -> None:
    """"Une cyberattaque a paralysé quatre hôpitaux. A, B, C et D partagent le même prestataire ...", "... onze officines
    ont été touchées. Aux trois pharmacies déjà connues, A, B et C, s'ajoutent D et E": the bodies one sentence lists
    (two or more, coordinated, no more than the count) within the two sentences after a breach sentence counting the
    bodies hit are those bodies, when no rule gives any of them a role and neither sentence denies anything."""
    text = doc_text(doc)
    sents = [s for s in doc.sents if text[s.start_char : s.end_char].strip()]
    kinds = {"health", "name", "loose"}  # a loose name only this capitalisation found: the role given here is a strong one
    for i, sent in enumerate(sents):
        found = _COUNTED_HIT.search(folded, sent.start_char, sent.end_char)
        # (not "Les trois établissements ont maintenu leur activité, la compromission n'ayant pas entraîné de chiffrement")
        if found is None or not BREACH_RE.search(folded, sent.start_char, sent.end_char) or _DENIED.search(folded, sent.start_char, sent.end_char):
            continue
        count = _NUMBERS.get(found.group(1), int(found.group(1)) if found.group(1).isdigit() else 99)
        for nxt in sents[i + 1 : i + 3]:
            listed = sorted((m for m in mentions if m.kind in kinds and nxt.start_char <= m.start < nxt.end_char
                             and not m.key.startswith("group:") and not written_as_place(text, m.start)), key=lambda m: m.start)
            if not 2 <= len(listed) <= count or _DENIED.search(folded, nxt.start_char, nxt.end_char):
                continue
            if not all(_COORDINATION.fullmatch(text, a.end, b.start) or _AS_FOR.fullmatch(text, a.end, b.start) for a, b in zip(listed, listed[1:])):
                continue
            if any(r[1] in _ANY_ROLE for m in listed for r in judged.get(id(m), [])):
                continue
            for m in listed:
                judged[id(m)] = judged.get(id(m), []) + [("counted_then_named", "victim", 2.0)]
            break
