"""Where an article names an organisation: the mentions the victim rules judge.

Mentions come from the health-organisation span ruler (rulermentions.py: nlp.py's "CHU de
Rennes", "AP-HP"), the model's ORG/MISC entities when the extractor ran it
(doc.ents), a capitalised name after a cue noun ("la plateforme X"), names
coordinated with a mention ("chez Viamedis et Almerys"), and other capitalised
names (kind "loose"), which count only through a strong victim rule. Members of
a list share its role context.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from healthbreach.textfold import fold
from healthbreach.extract.nlp import org_data
from healthbreach.extract.textspans import doc_folded, doc_text
from healthbreach.extract.namewords import _NEXT_NAME, NAME, generic_words, key_of, written_alone, _acronym_heads, _alias_keys
from healthbreach.extract.mentionspan import Mention, make_mention, overlaps
from healthbreach.extract.acronyms import THINGS_KEY, _ACRONYM, translated_names, _expansion_mentions, _spelled_after_mentions, _spelled_apart_mentions
from healthbreach.extract.namebounds import _gap_end
from healthbreach.extract.rulermentions import _ruler_mentions
from healthbreach.extract.candidates import (_cue_mentions, _entity_mentions, _group_mentions, _loose_mentions, _peer_list_mentions,
                                             _styled_mentions, _those_of_mentions)

# The names other modules and the tests import from here, wherever they now live: the words a name is made of and the
# tests on them (namewords), the mention (mentionspan), the finders (candidates).
from healthbreach.extract.namewords import (AT_PLACE, DEMONYM, PEOPLE_ADJ_AFTER, PLURAL_HEADS, REGION_WORDS,  # noqa: F401
                                            apposed_organisation, breach_lead, breach_noun, is_not_org, is_place_name,
                                            opens_on_head, org_name_word, written_as_place)
from healthbreach.extract.mentionspan import head_prefix  # noqa: F401
from healthbreach.extract.candidates import body_mention, capitalised_mentions, repeated_names  # noqa: F401


# What may stand between the members of a coordination: "X et Y", "X, Y et Z",
# "le cabinet X à Annecy et le centre Y", each with an optional determiner.
_JOIN = re.compile(r"\s*(?:,\s*(?P<last>(?:et|ou)\s+)?|\s+(?P<last2>et|ou)\s+)(?:l['’]|la\s+|le\s+|les\s+|un\s+|une\s+)?")


_PREV_NAME = re.compile(r"(?<![\w'’-])((?:" + NAME + r")(?:[ -](?:(?:des|de|du|d['’])\s*)?(?:" + NAME + r")){0,3})"
                        r"\s+(?:et|ou)\s+(?:l['’]|la\s+|le\s+|les\s+)?$")


MENTIONS_KEY = "healthbreach_mentions"  # doc.user_data: the mentions the extractor collected once its entities were set


def collect_mentions(doc: Doc) -> list[Mention]:
    if (found := doc.user_data.get(MENTIONS_KEY)) is not None:
        return found  # collected by the extractor for its parse gate (extractor._add_entities)
    data = org_data()
    alias_keys = _alias_keys()
    mentions = _ruler_mentions(doc, alias_keys, data["heads"])
    things: set[str] = set()  # "LGO" of "le logiciel de gestion d'officine (LGO)": acronyms of things, no body's names
    # "Réseau hospitalier neuchâtelois (RHNe)": a name its acronym delimits, lower-case words and all.
    for mention in _expansion_mentions(doc, things) + _spelled_after_mentions(doc, things):
        # "Mutuelle Générale des Pays de Savoie (MGPS)": the spelt-out name replaces the shorter ruler
        # form that starts it ("Mutuelle Générale"), and keeps its kind.
        inside = [m for m in mentions if mention.start <= m.start and m.end <= mention.end]
        if inside and not overlaps(mention, [m for m in mentions if m not in inside]):
            mentions = [m for m in mentions if m not in inside]
            mention.kind = "health" if any(m.kind == "health" for m in inside) else mention.kind
        if not overlaps(mention, mentions):
            mentions.append(mention)
    # "le Laboratoire breton d'analyses médicales ... le LBAM": a name spelt apart from its acronym, where no other
    # mention stands (a ruler form keeps its head's key: "la Mutuelle Générale des Artisans ... La mutuelle a ...")
    for mention in _spelled_apart_mentions(doc):
        if not overlaps(mention, mentions):
            mentions.append(mention)
    # A cue noun delimits a name better than the model: "le groupe Imagerie des Remparts".
    for extra in (_cue_mentions(doc, data["name_cues"]), _entity_mentions(doc, alias_keys)):
        for mention in extra:
            if not overlaps(mention, mentions):
                mentions.append(mention)
    for mention in _those_of_mentions(doc, data["heads"]) + _styled_mentions(doc):
        if not overlaps(mention, mentions):
            mentions.append(mention)
    folded = doc_folded(doc)
    # "Alphabio confirme" after "le laboratoire Alphabio": a name the text already gave an organisation.
    known = {m.key.split(":", 1)[1] for m in mentions if m.kind == "health" and ":" in m.key}
    for mention in _group_mentions(doc, folded) + _peer_list_mentions(doc) + _loose_mentions(doc, known, tuple(m.end for m in mentions if m.kind == "health")):
        if not overlaps(mention, mentions):
            mentions.append(mention)
    for mention in _written_again(doc, mentions):
        if not overlaps(mention, mentions):
            mentions.append(mention)
    translated_names(doc, mentions)
    doc.user_data[THINGS_KEY] = things
    if things:
        text = doc_text(doc)
        mentions = [m for m in mentions if m.kind == "health" or text[m.start : m.end] not in things]
    return _coordinate(doc, [_described(doc, m) for m in sorted(mentions, key=lambda m: m.start)])


# A head noun with no determiner after a person's trade and "en": "technicienne en pharmacie", "aide en laboratoire"
_TRADE_EN = re.compile(r"(?<![\w'’-])[a-zà-ÿœ-]{3,}\s+en\s+$")


_INDEFINITE = re.compile(r"(?:(?<![\w'’-])|(?<=[dD]['’]))(?:un|une)\s+$", re.IGNORECASE)  # "une", "d'une"


def _described(doc: Doc, mention: Mention) -> Mention:
    """"Une clinique de Laval a dû annuler ...", "un groupe de médecine familiale (GMF)": a kind of
    establishment the text has not named yet; a victim only when the text names no other (victims.py)."""
    text = doc_text(doc)
    if mention.kind == "health" and text[mention.start : mention.start + 1].islower() and _TRADE_EN.search(text, max(0, mention.start - 30), mention.start):
        mention.kind = "group"  # "une technicienne en pharmacie de Rimouski", "infirmier en clinique à Lyon": a trade, no one body
        return mention
    lower = text[mention.start : mention.start + 1].islower() or fold(text[mention.start : mention.end].split()[0]) in _acronym_heads()
    if mention.kind in {"health", "name"} and lower and _INDEFINITE.search(text, max(0, mention.start - 6), mention.start):
        mention.indefinite = True
        if re.search(r",\s*(?:un|une)\s+$", text[max(0, mention.start - 8) : mention.start], re.IGNORECASE):
            mention.kind = "group"  # "La Clinique Santé Plus, un groupe de médecine familiale (GMF), ...": what the name is
    return mention


def _written_again(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name the text once gave an organisation ("le groupe Dedalus France", "le Réseau hospitalier
    neuchâtelois (RHNe)") names it wherever it is written again, in a sentence the model did not
    read as well ("Dedalus France confirme ...", "le RHNe précise"): same key, same role rules."""
    text = doc_text(doc)
    names: dict[str, str] = {}
    for m in mentions:
        if m.kind in {"name", "health"} and not m.built and m.key and not m.key.startswith("alias:"):
            written = text[m.start : m.end]
            if len(written) >= 3 and written[:1].isupper() and fold(written) not in generic_words():
                names.setdefault(written, m.key)
        if m.expansion:
            acronym = _ACRONYM.match(text, m.end + (len(text[m.end:]) - len(text[m.end:].lstrip())))
            if acronym:
                names.setdefault(acronym.group(1), m.key)
    out: list[Mention] = []
    for written, key in names.items():
        for at in written_alone(text, written, before="'’-"):
            mention = make_mention(doc, at, at + len(written), written, key, "name")
            if not overlaps(mention, mentions) and not overlaps(mention, out):
                out.append(mention)
    return out


def _coordinate(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Viamedis et Almerys', 'X, Y et Z': the members share the role context of the whole list.

    A capitalised name joined by "et"/"ou" to a known mention is a mention too
    (the model misses many company names), unless the model calls it a person.
    """
    persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"]
    added: list[Mention] = []

    def add(start: int, end: int) -> None:
        if any(s <= start < e for s, e in persons):
            return
        new = make_mention(doc, start, end, doc_text(doc)[start:end], key_of(doc_text(doc)[start:end]), "name")
        if not overlaps(new, mentions) and not overlaps(new, added):
            added.append(new)

    for mention in mentions:
        if mention.kind == "group":
            continue
        join = _JOIN.match(doc_text(doc), _gap_end(doc, mention))
        if join and (join.group("last") or join.group("last2")):
            name = _NEXT_NAME.match(doc_text(doc), join.end())
            if name and name.end() <= mention.sent.end_char:
                add(name.start(), name.end())
        prev = _PREV_NAME.search(doc_text(doc), mention.sent.start_char, mention.start)
        # "la mairie de Sarlat et le centre hospitalier X": a place complement, not a name of its own.
        if prev and not re.search(r"(?:\b(?:à|au|aux|en|de|du)\s+|\bd['’])$", doc_text(doc)[mention.sent.start_char : prev.start(1)]):
            add(prev.start(1), prev.end(1))
    mentions = sorted(mentions + added, key=lambda m: m.start)
    for mention in mentions:
        if mention.kind != "group":
            mention.ctx_end = max(mention.ctx_end, _gap_end(doc, mention))
    chain: list[Mention] = []
    for mention in [*mentions, None]:
        if chain and mention is not None and chain[-1].end <= mention.start < _gap_end(doc, chain[-1]):
            continue  # "la Mutuelle X (MX), basée à Brest, et ...": the acronym in the bracket after a member, no member itself
        if chain and mention is not None and mention.kind != "group" and mention.sent == chain[-1].sent:
            join = _JOIN.match(doc_text(doc), _gap_end(doc, chain[-1]))
            if join and join.end() == mention.start:
                chain.append(mention)
                if join.group("last") or join.group("last2"):
                    _share_context(doc, chain)
                    chain = []
                continue
        chain = [mention] if mention is not None and mention.kind != "group" else []
    return mentions


def _share_context(doc: Doc, chain: list[Mention]) -> None:
    start, end = min(m.ctx_start for m in chain), max(_gap_end(doc, m) for m in chain)
    for mention in chain:
        mention.ctx_start, mention.ctx_end = start, max(mention.ctx_end, end)
