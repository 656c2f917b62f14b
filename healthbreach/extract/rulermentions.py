"""Mentions the health-organisation span ruler finds (nlp.py: "CHU de Rennes", "les hôpitaux de Dax et de Vichy"):
their name, canonical form, key and place."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from healthbreach.textfold import fold
from healthbreach.extract.nlp import SPANS_KEY, org_data
from healthbreach.extract.textspans import doc_text
from healthbreach.extract.namewords import key_of, NAME, _CALENDAR, REGION_WORDS, PLURAL_HEADS, is_place_name, generic_words, _never_victim, written_as_place, PEOPLE_ADJ_AFTER, _people_head_adjectives
from healthbreach.extract.mentionspan import Mention, make_mention, head_prefix
from healthbreach.extract.acronyms import _ACRONYM, _long_head
from healthbreach.extract.namebounds import _BRACKET_AFTER, _name_goes_on, _AFTER_ELISION, _HYPHEN_TAIL, _PLACE, _DASH_ACRONYM, _BARE_NAMED, _bare_name


_COORD = re.compile(r"\s*(?:,\s*|\s+et\s+|\s+ou\s+)(?:(?:celui|celle|ceux)\s+)?(?:de\s+|d['’]|du\s+)(" + NAME + ")")


# After a plural head the list may drop its "de": "les hôpitaux de Villefranche, Tarare et Trévoux".
_COORD_PLURAL = re.compile(r"\s*(?:,\s*(?:et\s+)?|\s+et\s+|\s+ou\s+)(?:(?:de\s+|d['’]|du\s+))?(" + NAME + ")")


# a count before a plural head: "trois cliniques de Lyon", "plusieurs pharmacies de Nantes"
_COUNTED_BEFORE = re.compile(r"(?<![\w'’-])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|plusieurs|quelques|"
                             r"certaine?s|nombreu(?:x|ses)|des|\d+)\s+$", re.IGNORECASE)


_INVARIANT_HEADS = {"ehpad"}


def _ruler_mentions(doc: Doc, aliases: dict[str, str], heads: dict[str, str]) -> list[Mention]:
    spans = sorted(doc.spans.get(SPANS_KEY, []), key=lambda s: (-(s.end - s.start), not s.id_.startswith("alias:"), s.start))
    taken: set[int] = set()
    out: list[Mention] = []
    family = set(org_data()["hospital_family"])
    for span in spans:
        if taken & set(range(span.start, span.end)):
            continue
        while span.end - span.start > 1 and span[-1].text in "-–":
            span = doc[span.start : span.end - 1]
        # "le CHU de Nantes Mardi soir": a headline's capitalised weekday or month is no word of the name
        while span.end - span.start > 2 and fold(span[-1].text) in _CALENDAR and span[-2].text[:1].isupper():
            span = doc[span.start : span.end - 1]
        taken |= set(range(span.start, span.end))
        kind, _, short = span.id_.partition(":")
        if kind == "alias":
            out.append(make_mention(doc, span.start_char, span.end_char, short, "alias:" + key_of(short), "health"))
            continue
        if kind == "name_head":
            out.append(make_mention(doc, span.start_char, span.end_char, span.text, key_of(span.text), "health"))
            continue
        # head + adjectives + connector + name: the name (the key) is the trailing capitalised run.
        i = span.end
        while i > span.start + 1 and (span.doc[i - 1].text[:1].isupper() or span.doc[i - 1].text in "-–"):
            i -= 1
        # "la Presqu'île", "l'Entre-d'Eaux": a name's word elided inside it goes on in lower case past the apostrophe
        stop = span.end_char
        if span[-1].text[-1:] in "'’" and (rest := _AFTER_ELISION.match(doc_text(doc), stop)):
            stop = rest.end()
        name = doc_text(doc)[doc[i].idx : stop]
        # The victim is given as the text names it ("centre hospitalier de Dax"); when the article
        # also writes a shorter form ("CH de Dax"), find_organisations keeps the shorter one.
        key = head_prefix(short) + key_of(name)
        # "la clinique Sainte-Odile de Vernay a été victime": the place belongs to the name,
        # and the role context starts after it.
        place = _PLACE.match(doc_text(doc), stop)
        end = place.end() if place else stop
        # "le centre hospitalier régional du Val de Sambre": "de Sambre" goes with the region's name, no place of its own
        regional = bool(place) and fold(name).split("-")[0] in REGION_WORDS
        if regional:
            key = head_prefix(short) + key_of(name + place.group(0))
        # "de la Mauricie-et-du-Centre-du-Québec": a hyphenated name goes on past its lower-case joints
        if (tail := _HYPHEN_TAIL.match(doc_text(doc), end)) and tail.group(0)[-1:].isalpha():
            end = tail.end()
        went_on = _name_goes_on(doc_text(doc), end, bool(place))
        # "l'hôpital d'Instruction des Armées de Toulon": past the name's own words, its place
        if went_on > end and not place and (place := _PLACE.match(doc_text(doc), went_on)):
            went_on = place.end()
        end = went_on
        # "l'Hôpital du Jura bernois": after its place, a canton's or a people's adjective of data/orgs.json's head_adjectives
        if (adj := PEOPLE_ADJ_AFTER.match(doc_text(doc), end)) and adj.group(0).strip() in _people_head_adjectives():
            end = adj.end()
        # "le CIUSSS de l'Estrie – CHUS": a second acronym joined by a dash is the rest of one body's name (never an
        # outlet's, an authority's or an attacker's: "CHU de Caen – AFP"; nor a head opening a name of its own)
        if (joined := _DASH_ACRONYM.match(doc_text(doc), end)) and not _never_victim(joined.group(1)):
            end = joined.end()
        written = doc_text(doc)[span.start_char : end]
        # "(CHU)" between a head and its name (the ruler's bracketed acronym), read as every bracketed acronym is
        canonical = " ".join(_ACRONYM.sub("", written).split())
        # "caisse primaire d'assurance maladie (CPAM) de l'Hérault": its short form, "CPAM de l'Hérault"
        acronym = _ACRONYM.search(written)
        if acronym and re.match(r"\s*(?:de\b|du\b|des\b|d['’]|[A-ZÀ-ÖØ-Þ])", written[acronym.end() :]) and fold(acronym.group(1))[:1] == fold(written)[:1]:
            canonical = " ".join((acronym.group(1) + written[acronym.end() :]).split())
        elif short in org_data()["named_by_short"] and (long := _long_head(written, short)):
            # "caisse primaire d'assurance maladie du Gard": "CPAM du Gard", as such bodies are named
            canonical = " ".join((short + written[long:]).split())
        counted = bool(_COUNTED_BEFORE.search(doc_text(doc), max(0, span.start_char - 20), span.start_char))
        # "trois Ehpad du Finistère": a head with no plural form is plural after a count
        invariant = fold(span[0].text) in _INVARIANT_HEADS and counted
        plural = fold(span[0].text) in PLURAL_HEADS or invariant
        sep = " de " if re.search(r"\b(?:de|du|des|d['’])\s*$", doc_text(doc)[span.start_char : doc[i].idx]) else " "
        # "les Cliniques Sainte-Anne", "des Pharmacies du Soleil": a capitalised plural head is one body's plural name
        proper = plural and not invariant and span[0].text[:1].isupper() and not span[0].is_sent_start and not _COORD_PLURAL.match(doc_text(doc), end)
        # "l'un des groupes de laboratoires d'analyses de Normandie": a plural head right after "de" names a kind, of a
        # region ("le groupement de laboratoires Biolys" names one)
        kind_of = re.search(r"(?<![\w'’-])(?:de|d['’])\s*$", doc_text(doc)[max(0, span.start_char - 4) : span.start_char]) and is_place_name(name)
        if plural and not proper and (re.search(r"\b(?:du|des|de\s+la|de\s+l['’])\s*$", doc_text(doc)[span.start_char : doc[i].idx])
                                      or (counted and not _COORD_PLURAL.match(doc_text(doc), end)) or kind_of):
            # "trois cliniques du Tarn", "les hôpitaux de la Sarthe", "plusieurs pharmacies de Lyon": the establishments
            # of a region or a town, no one name
            out.append(make_mention(doc, span.start_char, end, doc_text(doc)[span.start_char : end], "group:" + key_of(name), "group"))
            continue
        written_head = short
        if plural and not proper:
            canonical = short + sep + name  # "les hôpitaux de Dax et de Vichy", "les cliniques X et Y": one victim each
            head_words = re.sub(r"\s+(?:de|du|des|d['’])\s*$", "", doc_text(doc)[span.start_char : doc[i].idx]).split()
            if short.isupper() and head_words and all(w.islower() for w in head_words):
                # "les centres hospitaliers de Vierzon et de X": "centre hospitalier de Vierzon", as written, not "CH de"
                singular = " ".join(w[:-1] if w[-1:] in "sx" and len(w) > 3 else w for w in head_words)
                canonical = singular + sep + name
                written_head = singular
        if short in _BARE_NAMED:
            canonical = _bare_name(short, doc_text(doc)[doc[i].idx : end])
            key = key_of(short) + ":" + key_of(canonical[len(short):])
        start = span.start_char
        # "la Grande Pharmacie de Lyon", "la Nouvelle Clinique de l'Estuaire": a capitalised adjective before a capitalised
        # head is the name's first word
        if (not plural and short not in _BARE_NAMED and span[0].text[:1].isupper() and canonical == " ".join(written.split())
                and (adj := _ADJ_BEFORE_HEAD().search(doc_text(doc), max(0, start - 20), start))):
            start, canonical = adj.start(1), adj.group(1) + " " + canonical
        out.append(make_mention(doc, start, end, canonical, key, "health"))
        out[-1].built = plural and not proper
        if place and short in family and not regional:
            out[-1].place_key = "hosp:" + key_of(place.group("place"))
        out.extend(_coordinated(doc, out[-1], written_head, key.split(":")[0], sep if plural else None))
    return out


@lru_cache(maxsize=1)
def _ADJ_BEFORE_HEAD() -> re.Pattern[str]:  # noqa: N802
    """After a determiner, a capitalised adjective of data/orgs.json "adjectives_before_head" right before a head."""
    words = "|".join(map(re.escape, org_data()["adjectives_before_head"]))
    return re.compile(r"(?:(?<=[Ll]a )|(?<=[Ll]e )|(?<=[Ll]['’])|(?<=[Dd]u )|(?<=[Aa]u ))(" + words + r")\s+$")


def _coordinated(doc: Doc, first: Mention, short: str, key_prefix: str, plural_sep: str | None = None) -> list[Mention]:
    """'les hôpitaux de Dax et de Vichy', 'les cliniques X (Pessac), Y et Z': each name shares
    the head and the role context. `plural_sep` is how a plural head met its first name."""
    out: list[Mention] = []
    end = first.end
    sent_end = first.sent.end_char
    text = doc_text(doc)
    # "la Clinique de l'Anjou", not "CHU" nor "clinique": a capitalised head, a word of the body's own name
    proper = bool(re.match(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]", text[first.start : first.start + 2]))
    while True:
        bracket = _BRACKET_AFTER.match(text, end, sent_end)
        end = bracket.end() if bracket else end
        m = (_COORD_PLURAL if plural_sep else _COORD).match(text, end, sent_end)
        if not m or (not plural_sep and written_as_place(text, m.start(1))):
            break  # "le laboratoire X, de Valence à Aubenas": the places it covers, not a second laboratory
        if not plural_sep and proper and not re.search(r"\b(?:celui|celle|ceux)\b", m.group(0)):
            break  # "la Clinique de l'Anjou et du Maine": a singular head a capital makes a name's word has one place, or two
        if fold(m.group(1)) in generic_words():
            break  # "du CHU de Rennes et du CHU de Brest": a head opens a body's name of its own, no name sharing the first's head
        name = m.group(1)
        canonical = short + (plural_sep or " de ") + name
        mention = make_mention(doc, m.start(1), m.end(1), canonical, f"{key_prefix}:{key_of(name)}", "health")
        mention.built = True
        out.append(mention)
        end = m.end(1)
    group = [first, *out]
    for mention in group:
        mention.ctx_start, mention.ctx_end = first.start, group[-1].end
    return out
