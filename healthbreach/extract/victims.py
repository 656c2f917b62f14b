"""Which of the organisations an article names were breached: the choice of victims and vendors.

Mentions (mentions.py) with the same key are one organisation; each mention's
roles (roles.py) add up per organisation; only the story counts
(textspans.body_segments, no sidebar headlines). Authorities, outlets and
attackers never become victims or vendors (lists in data/orgs.json). A victim
named only in a sentence retelling another incident is kept only when nothing
better names the article's own victim.

The parts live by job: organisation.py (the record of one organisation's evidence), anaphors.py (the mentions a head
noun, a pronoun or a headline adds), sharedroles.py (roles a list passes on), samename.py (two names, one body, and its
name), orgmerge.py (the merges), victimchoice.py (the choice), vendors.py (a vendor's own breach, a provider's clients).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from healthbreach.extract.evidence import Fact
from healthbreach.textfold import fold
from healthbreach.extract.mentions import Mention, written_as_place, body_mention, collect_mentions, key_of
from healthbreach.extract.nlp import org_data
from healthbreach.extract.roles import placed_only, BACKGROUND, RECALL, RECALLED, RETOLD, TREND, judge_roles, title_victims
from healthbreach.extract.textspans import body_segments, doc_folded, doc_text, is_clutter, is_prose
from healthbreach.extract.anaphors import _anaphor, _anaphors, _asset_owners, _taken_up  # noqa: F401 (_anaphor: read by tests)
from healthbreach.extract.organisation import Organisation, _fact, _with_value
from healthbreach.extract.orgmerge import _bracketed, _merge_acronyms, _merge_bare_heads, _merge_everyday, _merge_group_sites, _merge_headline_everyday
from healthbreach.extract.samename import _better_name, _fullest, _head_shorts, _matching_org, _spell_out
from healthbreach.extract.sharedroles import _counted_lists, _counted_then_named, _own_systems_denied, _owned_lists, _share_in_coordination
from healthbreach.extract.vendors import _editor_or_clients
from healthbreach.extract.victimchoice import _choose_victims, _excluded, _headline_head

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
    _counted_then_named(doc, mentions, judged, folded)
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
    victims, vendors = _editor_or_clients(victims, vendors)
    return (
        [_with_value(o.victim_fact or o.weak_fact, o.canonical) for o in victims],
        [_with_value(o.vendor_fact, o.canonical) for o in vendors],
    )


# "qui réunit les sites de Vernac et de Sauzet", "les hôpitaux de Vernac, de Lorvat et de Sauzet": the towns of a
# list of sites, each with its own "de" (mentions.written_as_place reads the list without them)
_SITES_OF = re.compile(r"(?<![\w'’-])(?:sites?|antennes?|implantations?)\s+(?:de|d['’])\s*(?:[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s*,\s*|\s+et\s+)(?:de|d['’])\s*)+$")


def _recalled(folded: str, mention: Mention) -> bool:
    """"Mardi, le CH de X a été visé. En 2021, l'hôpital de Y avait déjà été frappé": a name in an earlier incident told in
    the pluperfect after a past year (polarity.recalled) is background, in the lead too, when it follows that year."""
    start = mention.sent.start_char
    found = RECALLED.search(folded[start : mention.sent.end_char])
    return found is not None and start + found.start() <= mention.start < start + found.end() + 200


_TOOK_IN = {"receives_patients", "takes_over", "treated_by"}  # the role rules of a body taking in the patients or the work


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
