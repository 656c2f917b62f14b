"""Where an article names an organisation: the mentions the victim rules judge.

Mentions come from the health-organisation span ruler (nlp.py, "CHU de
Rennes", "AP-HP"), the model's ORG/MISC entities when the extractor ran it
(doc.ents), a capitalised name after a cue noun ("la plateforme X"), names
coordinated with a mention ("chez Viamedis et Almerys"), and other capitalised
names (kind "loose"), which count only through a strong victim rule. Members of
a list share its role context.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from healthbreach.textfold import NAME_STOP_WORDS, fold, fold_words
from healthbreach.extract.nlp import SPANS_KEY, org_data
from healthbreach.extract.rules import load_rules
from healthbreach.extract.textspans import doc_folded, doc_text

# ---------------------------------------------------------------- folding


def _word_char(ch: str) -> bool:
    """What re's \\w matches in a str pattern: a letter, a digit or "_"."""
    return ch.isalnum() or ch == "_"


def written_alone(text: str, word: str, before: str = "-") -> Iterator[int]:
    """The offsets where `word` stands alone in `text`, left to right, as re's
    (?<![\\w<before>])<word>(?![\\w-]) finds them: no word character nor one of `before` just
    before it, no word character nor "-" just after. A plain string search: a name met in one
    article needs no regex of its own."""
    n, at = len(word), text.find(word)
    while at >= 0:
        prev, nxt = text[at - 1 : at], text[at + n : at + n + 1]
        if not (prev and (_word_char(prev) or prev in before)) and not (nxt and (_word_char(nxt) or nxt == "-")):
            yield at
            at = text.find(word, at + n)
        else:
            at = text.find(word, at + 1)


def key_of(text: str) -> str:
    """Comparison key: folded, without articles, punctuation or spaces."""
    folded = fold(text)
    folded = re.sub(r"^(?:l'|la |le |les )", "", folded)
    return re.sub(r"[^a-z0-9]", "", folded)



_GROUP = re.compile(
    r"\b(?:des|les|de|d'|aux|ces|plusieurs|certains|certaines|nombreux|nombreuses|"
    r"(?:une|un)\s+(?:trentaine|dizaine|vingtaine|quinzaine|centaine|cinquantaine)\s+(?:de\s+|d'))\s*"
    r"(?P<g>(?:laboratoires|hopitaux|cliniques|pharmacies|etablissements\s+de\s+sante|etablissements\s+hospitaliers|"
    r"centres\s+hospitaliers|cabinets\s+(?:medicaux|de\s+radiologie|d'imagerie)|centres\s+de\s+sante|"
    r"centres\s+d'imagerie|ehpad|mutuelles|maternites|centres\s+de\s+radiologie)"
    r"(?:\s+(?:de\s+biologie\s+medicale|d'analyses?(?:\s+medicales|\s+de\s+biologie\s+medicale)?|prives|publics|"
    r"francais|de\s+radiologie|medicaux))?)\b")

NAME = r"[A-ZÀ-ÖØ-ÞŒ][\w&'’.-]*[\w]|[A-ZÀ-ÖØ-ÞŒ]"
# What may stand between the members of a coordination: "X et Y", "X, Y et Z",
# "le cabinet X à Annecy et le centre Y", each with an optional determiner.
_BRACKET_AFTER = re.compile(r"\s*\([^()]{1,40}\)")  # "Saint-Martin (Pessac), Jean-Villar (Bruges)"
# "X, à Annecy", "X (ACR)", "X, basée à Nantes": a place or a bracket right after a name
_PLACE_AFTER = re.compile(r"(?:\s*,)?\s+(?:(?:basé|situé|implanté|installé)e?s?\s+)?(?:à|au|aux|en)\s+[A-ZÀ-ÖØ-Þ][\w'’]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’]*)*|" + _BRACKET_AFTER.pattern)
_JOIN = re.compile(r"\s*(?:,\s*(?P<last>(?:et|ou)\s+)?|\s+(?P<last2>et|ou)\s+)(?:l['’]|la\s+|le\s+|les\s+|un\s+|une\s+)?")
_NEXT_NAME = re.compile(r"(" + NAME + r")(?:[ -](?:(?:des|de|du|d['’])\s*)?(?:" + NAME + r")){0,3}")
_PREV_NAME = re.compile(r"(?<![\w'’-])((?:" + NAME + r")(?:[ -](?:(?:des|de|du|d['’])\s*)?(?:" + NAME + r")){0,3})"
                        r"\s+(?:et|ou)\s+(?:l['’]|la\s+|le\s+|les\s+)?$")
_COORD = re.compile(r"\s*(?:,\s*|\s+et\s+|\s+ou\s+)(?:(?:celui|celle|ceux)\s+)?(?:de\s+|d['’]|du\s+)(" + NAME + ")")
# After a plural head the list may drop its "de": "les hôpitaux de Villefranche, Tarare et Trévoux".
_COORD_PLURAL = re.compile(r"\s*(?:,\s*(?:et\s+)?|\s+et\s+|\s+ou\s+)(?:(?:de\s+|d['’]|du\s+))?(" + NAME + ")")
_HYPHEN_TAIL = re.compile(r"(?:-(?:et|de|du|des|la|le|les|sur|sous|en|lès|lez|aux?|[ld]['’][A-ZÀ-ÖØ-Þ][\w'’]*|[A-ZÀ-ÖØ-Þ][\w'’]*))+(?![\w-])")
# After a name and its place, the name's own words going on: "Mutuelle générale des Artisans", "GHT Val de Loire Sologne"
# (never a weekday or a month a headline glues on: "le CHU de Nantes Mardi soir")
_GOES_ON = re.compile(r"(?:[ \t]+des[ \t]+|[ \t]+)([A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*)(?![\w'’-])")
_CALENDAR = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier avril mai juin juillet aout septembre octobre "
                      "novembre decembre".split())
# a count before a plural head: "trois cliniques de Lyon", "plusieurs pharmacies de Nantes"
_COUNTED_BEFORE = re.compile(r"(?<![\w'’-])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|plusieurs|quelques|"
                             r"certaine?s|nombreu(?:x|ses)|des|\d+)\s+$", re.IGNORECASE)
_INVARIANT_HEADS = {"ehpad"}
PLURAL_HEADS = {"hopitaux", "cliniques", "centres", "laboratoires", "pharmacies", "mutuelles", "polycliniques", "maternites"}
# "de Vernay", "du Mans", "de la Loire", "d'Azur": a place after the name ("Pays de la Loire").
_PLACE = re.compile(r"\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|d['’])\s*(?P<place>[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*)")
# The first word of a region's name, not a town's: "Val de Sambre", "Haute-Comté", "Pays de Morlaix", "Côte d'Argent"
REGION_WORDS = frozenset({"val", "vallee", "pays", "haut", "haute", "hautes", "hauts", "bas", "basse", "cote", "cotes", "bassin", "plateau",
                          "littoral", "territoire"})
# Official names of these bodies carry no article: "ARS Hauts-de-France", not "ARS des Hauts-de-France".
_BARE_NAMED = {"ARS"}


def _bare_name(short: str, name: str) -> str:
    """'ARS' + 'des Pays de la Loire' -> 'ARS Pays de la Loire'; 'd'Occitanie' -> 'ARS Occitanie'."""
    name = re.sub(r"^(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])", "", " ".join(name.split()))
    return f"{short} {name}"


_DETERMINER = re.compile(r"^(?:[Ll]['’]|[Ll]a\s+|[Ll]e\s+|[Ll]es\s+|[Dd]u\s+|[Dd]es\s+)")
_ADJ_SUFFIX = r"(?:ée|ais|aise|ain|aine|ien|ienne|ique|iques|ise|isee|al|ale|el|elle|ais|ois|oise|ant|ante|ier|ière|aire|iste)"


# ---------------------------------------------------------------- mentions


@dataclass
class Mention:
    start: int
    end: int
    canonical: str
    key: str
    kind: str  # health | name | group | loose (a capitalised name found by no other means)
    sent: Span
    ctx_start: int  # where the role context begins (first of a coordination)
    ctx_end: int
    place_key: str | None = None  # "hosp:cannes" for "centre hospitalier Simone-Veil de Cannes"
    indefinite: bool = False  # "une clinique de Laval": a description, not yet a name
    built: bool = False  # the name was put together ("hôpital de Tarare" from "les hôpitaux de Dax et Tarare")
    expansion: bool = False  # a full name spelled out before its acronym in brackets: the name the victim is given



def _sentence_at(doc: Doc, char: int) -> Span:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return (span[0] if span is not None and len(span) else doc[0]).sent


def head_prefix(short: str) -> str:
    """The start of the key of an organisation named with a head noun's short form: "hosp:" for the
    hospital family ("CHU de Rennes" and "hôpital de Rennes" are one victim), else "cpam:", "clinique:"."""
    return "hosp:" if short in org_data()["hospital_family"] else key_of(short) + ":"


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


@lru_cache(maxsize=1)
def _people_head_adjectives() -> frozenset[str]:
    """The head adjectives of data/orgs.json that are a people's or a canton's ("bernois", "vaudoise", "jurassien")."""
    return frozenset(a for a in org_data()["head_adjectives"] if re.fullmatch(r"[a-zà-ÿœ-]{3,}(?:ois|oise|ais|aise|ien|ienne|an|ane)", a))


_DASH_ACRONYM = re.compile(r"[ \t]+[–—-][ \t]+([A-ZÀ-ÖØ-Þ]{2,8})(?![\w'’&.-])(?![ \t]+(?:de|du|des|d['’]|[A-ZÀ-ÖØ-Þ0-9]))(?![ \t]*(?:\n|$))")


@lru_cache(maxsize=1)
def _never_victim_words() -> frozenset[str]:
    data = org_data()
    return frozenset(fold(w) for w in [*data["outlets"], *data["authorities"], *data["authorities_unless_victim"], *data["attackers"]])


def _never_victim(word: str) -> bool:
    return fold(word) in _never_victim_words() or fold(word) in {fold(h) for h in org_data()["heads"]}


_AFTER_ELISION = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*")


def _name_goes_on(text: str, end: int, placed: bool) -> int:
    """Where a ruler name ends once its own words after `end` are taken: "des Artisans" ("la Mutuelle Générale des
    Artisans"), and after a place a capitalised word ("le GHT Val de Loire Sologne"); never a weekday, a month or a
    function word ("le CHU de Nantes Mardi soir", "... de Dax Le directeur")."""
    while (more := _GOES_ON.match(text, end)) and (placed or more.group(0).lstrip().startswith("des ")):
        word = fold(more.group(1))
        if word in _CALENDAR or word in _STOP_WORDS or word in {"le", "la", "les", "l", "un", "une", "et", "ou", "selon"}:
            break
        end = more.end()
        placed = True  # "des Trois Rivières": the words after "des" go on as a place's do
    return end


def _long_head(written: str, short: str) -> int:
    """The length of the head whose initials spell `short` that starts `written` ("caisse primaire d'assurance
    maladie" for CPAM; not "groupement hospitalier" for GHT), 0 when it starts otherwise."""
    folded = fold(written)
    spelt = lambda h: "".join(w[0] for w in _content_words(h)) == short.lower()  # noqa: E731
    for head in sorted((fold(h) for h, s in org_data()["heads"].items() if s == short and spelt(fold(h))), key=len, reverse=True):
        if folded.startswith(head) and folded[len(head) : len(head) + 1] in {" ", ""}:
            return len(head)
    return 0


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


def make_mention(doc: Doc, start: int, end: int, canonical: str, key: str, kind: str) -> Mention:
    sent = _sentence_at(doc, start)
    return Mention(start, end, canonical, key, kind, sent, start, end)


def _entity_mentions(doc: Doc, alias_keys: dict[str, str]) -> list[Mention]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in {"ORG", "MISC"}:
            continue
        text = ent.text
        m = _DETERMINER.match(text)
        start = ent.start_char + (m.end() if m else 0)
        text = doc_text(doc)[start : ent.end_char].split("\n")[0]
        # "« Santé Plus Services » lundi": a name the text quotes ends at its closing quote
        if quote := re.match(r"[«“\"]\s*", text):
            start, text = start + quote.end(), text[quote.end() :]
        text = re.split(r"\s*[»”\"]", text)[0].strip(" -–,.")
        # "des comptes de Télédoc piratés": the participle after the name is the sentence's, not the name's
        text = _TRAILING_PARTICIPLE.sub("", text)
        # "ont visé Kerlane Santé lundi": a weekday or a month the model ran the name on to is the sentence's too
        text = _TRAILING_CALENDAR.sub("", text)
        # "Piratage de Medilog", "Cyberattaque de la Mutuelle X" taken as one entity: the breach noun is no word of the name
        if lead := breach_lead(text):
            start, text = start + lead, text[lead:]
        # "3D Imagerie", "24Santé": a name may open on a figure glued to a capital
        if len(text) < 2 or not (text[0].isupper() or re.match(r"\d+[A-ZÀ-ÖØ-Þ]", text)) or breach_noun(text):
            continue
        # "Labocéan et Armorlab" taken as one entity: two names
        parts = re.split(r"(\s*,\s*|\s+et\s+)", text)
        if len(parts) > 1 and all(p[:1].isupper() for p in parts[::2]) and not any(fold(p) in _STOP_WORDS for p in parts[::2]):
            at = start
            for i, part in enumerate(parts):
                if i % 2 == 0:
                    out.append(make_mention(doc, at, at + len(part), part, key_of(part), "name"))
                at += len(part)
            continue
        if key_of(text) not in alias_keys:
            text = doc_text(doc)[start : _entity_goes_on(doc, start + len(text), text)]
        key = key_of(text)
        canonical = alias_keys.get(key, text)
        out.append(make_mention(doc, start, start + len(text), canonical, "alias:" + key_of(canonical) if key in alias_keys else key, "name"))
    return out


def _entity_goes_on(doc: Doc, end: int, name: str) -> int:
    """Where a name the model cut short ends: its own capitalised words right after it ("l'Union mutualiste Vendée Santé"
    the model ends at "mutualiste"), never a person's name the model reads there; and after an acronym, its place
    ("l'ADMR de Josselin", "l'ADMR du Pays de Ploërmel")."""
    text = doc_text(doc)
    persons = [e.start_char for e in doc.ents if e.label_ == "PER"]
    while (more := _GOES_ON.match(text, end)) and not more.group(0).lstrip().startswith("des ") and more.start(1) not in persons:
        went = _name_goes_on(text, end, True)
        if went == end:
            break
        end = went
    if re.fullmatch(r"[A-ZÀ-ÖØ-Þ]{2,8}", name) and (place := _PLACE.match(text, end)) and fold(place.group("place")) not in _CALENDAR:
        end = _name_goes_on(text, place.end(), True)
    return end


_TRAILING_PARTICIPLE = re.compile(r"(?:\s+(?:vis|cibl|pirat|touch|frapp|attaqu|paralys|hack|infect|ranconn|rançonn|expos|dérob|vol|perturb)(?:é|ée|és|ées))+$")
_TRAILING_CALENDAR = re.compile(r"(?:\s+(?:" + "|".join(sorted(_CALENDAR | {"février", "août", "décembre"})) + r")(?:\s+(?:matin|soir|midi|dernier|prochain))?)+$")
_PERSON_TITLE = re.compile(r"(?:Dr|Docteur|Pr|Professeur|Me|Maître|M|Mme|Mlle|Madame|Monsieur)\b")


def _cue_mentions(doc: Doc, cues: list[str]) -> list[Mention]:
    out = _capital_cue_mentions(doc)
    for m in _cue_rx(tuple(cues)).finditer(doc_text(doc)):
        name = m.group(1)
        if _PERSON_TITLE.match(name) or "\n" in m.group(0)[: m.start(1) - m.start()]:
            continue  # "chez Dr Martin": a person; "... de leur logiciel\nL'éditeur": a cue that ends its line
        # "le prestataire Medilog Dimanche a ...", "l'éditeur Medilog Selon nos informations": a capitalised weekday, month or
        # function word after the name opens the sentence's next words, no word of the name
        end = m.start(1) + len(_trim_run(name))
        # "l'association Aide et Soins du Littoral a été ...": after one cue noun (never "chez", which lists: "chez X et Y"),
        # "et" and a capitalised run with no determiner go on with the one name, unless a plural verb follows them
        if not fold(m.group(0)).startswith("chez") and (more := _AND_NAME.match(doc_text(doc), end)) and not (
                _PERSON_TITLE.match(more.group(1)) or is_place_name(more.group(1)) or fold(more.group(1).split()[0]) in generic_words()
                or _PLURAL_VERB.match(doc_text(doc), more.end())):
            end = more.end()
        name = doc_text(doc)[m.start(1) : end]
        out.append(make_mention(doc, m.start(1), end, name, key_of(name), "name"))
    return out


def _trim_run(name: str) -> str:
    """A capitalised run less the weekdays, months and function words it ends on ("Medilog Dimanche", "Medilog Selon")."""
    words = name.split(" ")
    while len(words) > 1 and (fold(words[-1]) in _CALENDAR or fold(words[-1]) in _STOP_WORDS
                              or fold(words[-1]) in {"le", "la", "les", "un", "une", "et", "ou", "selon", "mais", "pour", "depuis", "apres"}):
        words = words[:-1]
    return " ".join(words)


_AND_NAME = re.compile(r"[^\S\n]+(?:et|&)[^\S\n]+((?:" + NAME + r")(?:[^\S\n]+(?:(?:des|de|du|d'|&)[^\S\n]*)?(?:" + NAME + r")){0,3})(?![\w'’-])")
_PLURAL_VERB = re.compile(r"\s*(?:,\s*)?(?:ont|sont|étaient|avaient|seront|seraient|auraient|font|restent|affirment|indiquent|précisent)\b")


# After a determiner, a capitalised cue noun of data/orgs.json "named_with_cue" opens the body's own name, the cue a word of
# it: "le Centre Léon-Marchal", "la Fondation Adèle-Vernier" (the model often calls such names places or persons).
@lru_cache(maxsize=1)
def _capital_cue_rx() -> re.Pattern[str]:
    cues = sorted((c[:1].upper() + c[1:] for c in org_data()["named_with_cue"]), key=len, reverse=True)
    determiner = "|".join(f"(?<={d})" for d in ("l'", "L'", "l’", "L’", "le ", "Le ", "la ", "La ", "du ", "au ", "Du ", "Au "))
    return re.compile(r"(?:" + determiner + r")((?:" + "|".join(map(re.escape, cues)) + r")[^\S\n]+"
                      r"(?:(?:des|de[^\S\n]+la[^\S\n]+|de[^\S\n]+l['’]|de|du|d'|d’)[^\S\n]*)?(?:" + NAME + r")(?:[^\S\n]+(?:(?:des|de|du|d'|d’|&)[^\S\n]*)?(?:" + NAME + r")){0,3})")


def _capital_cue_mentions(doc: Doc) -> list[Mention]:
    out = []
    for m in _capital_cue_rx().finditer(doc_text(doc)):
        name = m.group(1)
        if _PERSON_TITLE.match(name.split()[-1]) or is_place_name(name):
            continue
        out.append(make_mention(doc, m.start(1), m.end(1), name, key_of(name), "name"))
    return out


@lru_cache(maxsize=4)
def _cue_rx(cues: tuple[str, ...]) -> re.Pattern[str]:
    """A capitalised name after one of the cue nouns (data/orgs.json "name_cues"), compiled once."""
    return re.compile(
        r"\b(?:" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) + r")"
        r"(?:\s+[a-zàâçéèêëîïôûùüÿœ-]+" + _ADJ_SUFFIX + r")?"
        # "la plateforme de téléconsultation X", "leur éditeur de logiciel, X,", "la plateforme de prise
        # de rendez-vous médicaux X": complements of the cue noun, each with an adjective
        r"(?:\s+(?:de|d'|des|du)\s*[a-zàâçéèêëîïôûùüÿœ-]+(?:\s+(?!(?:de|des|du|et|ou|par|pour|qui|que|a|est|sont)\b)"
        r"[a-zàâçéèêëîïôûùüÿœ-]+(?:" + _ADJ_SUFFIX + r"|aux|eux|euse|ie|ne|ve))?){0,3}\s*,?\s+"
        # "Sourire & Santé": "&" joins a name's words too; a line break ends it ("chez X\nL'éditeur ...")
        # "la société 4Care Santé": a figure glued to a capital opens a name too
        r"((?:" + NAME + r"|\d+[A-ZÀ-ÖØ-Þ][\w&'’.-]*[\w])(?:[^\S\n]+(?:(?:des|de|du|d'|&)[^\S\n]*)?(?:" + NAME + r")){0,3})"
    )


def _group_mentions(doc: Doc, folded: str) -> list[Mention]:
    return [
        make_mention(doc, m.start("g"), m.end("g"), doc_text(doc)[m.start("g") : m.end("g")], "group:" + key_of(m.group("g")), "group")
        for m in _GROUP.finditer(folded)
    ]


def overlaps(a: Mention, taken: list[Mention]) -> bool:
    return any(a.start < b.end and b.start < a.end for b in taken)


@lru_cache(maxsize=1)
def _alias_keys() -> dict[str, str]:
    """The key of every alias of data/orgs.json -> its canonical name, built once (read, never changed)."""
    return {key_of(v): c for c, vs in org_data()["aliases"].items() for v in vs}


MENTIONS_KEY = "healthbreach_mentions"  # doc.user_data: the mentions the extractor collected once its entities were set


def collect_mentions(doc: Doc) -> list[Mention]:
    if (found := doc.user_data.get(MENTIONS_KEY)) is not None:
        return found  # collected by the extractor for its parse gate (extractor._add_entities)
    data = org_data()
    alias_keys = _alias_keys()
    mentions = _ruler_mentions(doc, alias_keys, data["heads"])
    # "Réseau hospitalier neuchâtelois (RHNe)": a name its acronym delimits, lower-case words and all.
    for mention in _expansion_mentions(doc) + _spelled_after_mentions(doc):
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
    return _coordinate(doc, [_described(doc, m) for m in sorted(mentions, key=lambda m: m.start)])


# A head noun with no determiner after a person's trade and "en": "technicienne en pharmacie", "aide en laboratoire"
_TRADE_EN = re.compile(r"(?<![\w'’-])[a-zà-ÿœ-]{3,}\s+en\s+$")
_INDEFINITE = re.compile(r"(?:(?<![\w'’-])|(?<=[dD]['’]))(?:un|une)\s+$", re.IGNORECASE)  # "une", "d'une"


@lru_cache(maxsize=1)
def _acronym_heads() -> frozenset[str]:
    """Heads written in capitals that still describe ("un Ehpad de Lure", "un CHSLD de Laval"): the one-word heads of
    data/orgs.json that are their own capitalised short form (CHU, CISSS, Ehpad ...), folded."""
    return frozenset(fold(h) for h, short in org_data()["heads"].items() if " " not in h and fold(h) == fold(short) and short[:1].isupper())


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


# "(SRTS VD)": an acronym and a canton's or a region's code after it
_ACRONYM = re.compile(r"\(\s*([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ0-9&.-]{1,11})(?:\s+[A-Z]{2})?\s*\)")
# A people's adjective the acronym may leave out: "Service régional vaudois de transfusion sanguine (SRTS VD)"
_LEFT_OUT_ADJ = re.compile(r"[a-zà-ÿœ]{3,}(?:ois|oise|ais|aise|ien|ienne)")
# Function words of a name (the one list, textfold.NAME_STOP_WORDS, which store/identity.py's
# acronym reading uses too): a coordination's members start with none, initials leave them out.
_STOP_WORDS = NAME_STOP_WORDS


def _acronym_letters(acronym: str) -> list[str]:
    """The letters an acronym spells: its capitals and digits, lower-cased ("RHNe" -> r, h, n)."""
    return [c.lower() for c in acronym if c.isupper() or c.isdigit()]


def _content_words(folded: str) -> list[str]:
    """A folded name's words less its function words, split at spaces, apostrophes and hyphens: the words
    whose initials spell its acronym ("centre d'imagerie medicale du lauragais" -> centre, imagerie, ...)."""
    return [w for w in re.split(r"[\s'’-]+", folded) if w and w not in _STOP_WORDS]


def _expansion_mentions(doc: Doc) -> list[Mention]:
    """'le Centre hospitalier universitaire vaudois (CHUV)', 'du Centre intégré de santé et de
    services sociaux de la Montérégie-Centre (CISSSMC)': the words before a bracketed acronym
    whose initials spell it are one name, however they are cased. The mention's key is the
    acronym's, so that the acronym written alone later is the same organisation."""
    text = doc_text(doc)
    out: list[Mention] = []
    for m in _ACRONYM.finditer(text):
        letters = _acronym_letters(m.group(1))
        if len(letters) < 2 or len(letters) > 10:
            continue
        before = doc.char_span(0, m.start(), alignment_mode="contract")
        if before is None or not len(before):
            continue
        sent_start = before[-1].sent.start
        need = list(letters)
        first = None
        joined = False
        for token in reversed(doc[sent_start : before.end]):
            if token.text == "-" and not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_:
                joined = True
                continue  # "Loire-Océan" the tokenizer split at its hyphen: one word of the name
            words = [w for w in re.split(r"[-–'’]", fold(token.text)) if w]
            if not words or token.is_punct and token.text not in "-–":
                break
            content = [w for w in words if w not in _STOP_WORDS]
            if not content:
                if first is not None and not need:
                    break
                continue
            initials = [w[0] for w in content]
            if need[-len(initials):] != initials:
                if first is not None and len(content) == 1 and _LEFT_OUT_ADJ.fullmatch(token.text):
                    continue
                break
            need = need[: -len(initials)]
            first = token
            if not need:
                break
        if need or first is None:
            continue
        start, end = first.idx, m.start()
        name = text[start:end].rstrip()
        if len(name.split()) < 2 or fold(name) in generic_words() or (joined and key_of(name) in _alias_keys()):
            # "Assistance publique-Hôpitaux de Paris (AP-HP)": an alias of data/orgs.json read across a split hyphen keeps
            # its canonical form, as it did before such hyphens were read (names11)
            continue
        mention = make_mention(doc, start, start + len(name), " ".join(name.split()), key_of(m.group(1)), "name")
        mention.expansion = True
        out.append(mention)
    return out


# "le RHNe (Réseau hospitalier neuchâtelois)", "Le CIML, Centre d'imagerie médicale du Lauragais, ...":
# an acronym and, in brackets or between commas right after it, the name its capitals spell
_ACRONYM_THEN_NAME = re.compile(r"(?<![\w-])([A-ZÀ-Þ][A-Za-z0-9&]{1,9})\s*(?:\(\s*|,\s+)([A-ZÀ-Þ][^()\n,;.:«»]{3,100}?)\s*(?:\)|,)")


def _spelled_after_mentions(doc: Doc) -> list[Mention]:
    """The name spelt out right after its acronym; like _expansion_mentions, keyed by the acronym."""
    text = doc_text(doc)
    out: list[Mention] = []
    for m in _ACRONYM_THEN_NAME.finditer(text):
        letters = _acronym_letters(m.group(1))
        words = _content_words(fold(m.group(2)))
        if len(letters) < 2 or len(words) < 2 or [w[0] for w in words] != letters or fold(m.group(2)) in generic_words():
            continue
        mention = make_mention(doc, m.start(2), m.end(2), " ".join(m.group(2).split()), key_of(m.group(1)), "name")
        mention.expansion = True
        out.append(mention)
    return out


_ACRONYM_ALONE = re.compile(r"(?<![\w'’&-])([A-ZÀ-Þ]{3,8})(?![\w'’&-])")
_WORD_RUN = re.compile(r"[\w'’-]+")


def _spelled_apart_mentions(doc: Doc) -> list[Mention]:
    """'le Laboratoire breton d'analyses médicales' and, elsewhere in the article, 'le LBAM': a name starting with a
    capital whose words' initials spell an acronym the text writes alone (never a head's own short form, "CHU") is that
    acronym's name, as a bracketed expansion is (same key)."""
    text = doc_text(doc)
    generic = generic_words()
    acronyms = {a for a in _ACRONYM_ALONE.findall(text) if fold(a) not in generic and not _never_victim(a)}
    out: list[Mention] = []
    for acronym in sorted(acronyms):
        letters = _acronym_letters(acronym)
        for start in re.finditer(r"(?<![\w'’-])[" + re.escape(acronym[0]) + r"][a-zà-ÿœ][\w'’-]*", text):
            need, at, end = list(letters), start.start(), start.start()
            while need and (word := _WORD_RUN.match(text, at)):
                content = _content_words(fold(word.group(0)))
                initials = [w[0] for w in content]
                if initials and need[: len(initials)] != initials:
                    break
                need = need[len(initials) :]
                end = word.end()
                gap = re.match(r"[^\S\n]+", text[end:])
                if not gap:
                    break
                at = end + gap.end()
            name = text[start.start() : end]
            if need or len(name.split()) < 2 or fold(name) in generic or _content_words(fold(name.split()[-1])) == []:
                continue
            mention = make_mention(doc, start.start(), end, " ".join(name.split()), key_of(acronym), "name")
            mention.expansion = True
            out.append(mention)
    return out


# A capitalised head inside a sentence and the adjective of a region or a people after it: the body's own name
# ("l'Hôpital jurassien (HJU)", "le Centre hospitalier valaisan", "la Clinique lorraine"); written in lower case
# ("l'hôpital jurassien") it only describes. Group "acr": the acronym the text gives it in brackets.
_PEOPLE_ADJ = r"[a-zà-ÿœ-]{3,}(?:ois|oise|ais|aise|ien|ienne|in|ine|an|ane|on|onne)"
PEOPLE_ADJ_AFTER = re.compile(r"\s+" + _PEOPLE_ADJ + r"(?![\w'’-])")  # " jurassien" right after a head noun


@lru_cache(maxsize=1)
def _styled_rx() -> re.Pattern[str]:
    """A singular head of data/orgs.json, capitalised after a determiner, its adjectives, and a people's adjective."""
    # not the heads always written with a capital ("l'Ehpad montluçonnais" only describes)
    heads = sorted({h for h, short in org_data()["heads"].items() if h == h.lower() and len(h) > 3 and not h.endswith(("s", "x"))
                    and fold(h) not in _acronym_heads()}, key=len, reverse=True)
    adjectives = "|".join(re.escape(a) for a in org_data()["head_adjectives"] if a.isalpha())
    determiner = "|".join(f"(?<={d})" for d in ("l'", "L'", "l’", "L’", "le ", "Le ", "la ", "La ", "du ", "au "))
    return re.compile(r"(?:" + determiner + r")(?:" + "|".join(re.escape(h[:1].upper() + h[1:]) for h in heads) + r")"
                      r"(?:\s+(?:" + adjectives + r"))*\s+" + _PEOPLE_ADJ + r"(?![\w-])(?:\s*\((?P<acr>[A-ZÀ-Þ][A-Za-z]{1,8})\))?")


@lru_cache(maxsize=1)
def _heads_longest_first() -> tuple[tuple[str, str], ...]:
    """(folded head, short form) of data/orgs.json, the longest heads first."""
    return tuple((fold(h), s) for h, s in sorted(org_data()["heads"].items(), key=lambda hs: -len(hs[0])))


def opens_on_head(name: str) -> bool:
    """The name opens on a head noun of data/orgs.json, as a whole word ("Clinique des Ormes", "CHU de Rennes")."""
    folded = fold(name)
    return any(folded.startswith(h) and not re.match(r"[\w-]", folded[len(h) : len(h) + 1]) for h, _ in _heads_longest_first())


@lru_cache(maxsize=1)
def _not_org_words() -> frozenset[str]:
    return frozenset(fold(w).replace("-", " ") for w in org_data()["not_orgs"])


def is_not_org(name: str) -> bool:
    """A word that names no organisation (data/orgs.json "not_orgs": "Covid-19", "Dark Web", "sécurité sociale"),
    read folded, hyphens as spaces, a leading article left out."""
    return re.sub(r"^(?:l'|la |le |les )", "", fold(name).replace("-", " ").strip()) in _not_org_words()


def _styled_mentions(doc: Doc) -> list[Mention]:
    text = doc_text(doc)
    out = []
    for m in _styled_rx().finditer(text):
        name = re.sub(r"\s*\(.*$", "", m.group(0))
        short = next(s for h, s in _heads_longest_first() if fold(name).startswith(h))
        key = key_of(m.group("acr")) if m.group("acr") else head_prefix(short) + key_of(name.split()[-1])
        mention = make_mention(doc, m.start(), m.start() + len(name), name, key, "health")
        mention.expansion = bool(m.group("acr"))
        out.append(mention)
    return out


@lru_cache(maxsize=4)
def _those_of_rx(heads: tuple[str, ...]) -> re.Pattern[str]:
    """"Les <plural head> <adjective> sont celles <list>", compiled once for the heads of data/orgs.json."""
    alt = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(r"\b[Ll]es\s+(?P<head>" + alt + r")\s+[\wéèêàç-]+\s+(?:sont|étaient|seraient)\s+(?:celles|ceux)\s+(?P<list>[^.;:]+)",
                      re.IGNORECASE)


# One name of the list after "celles": "des Hauts-de-France", ", de Normandie", " et des Pays de la Loire".
_LISTED_NAME = re.compile(r"(?:^|,\s*|\s+et\s+)(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])((?:" + NAME
                          + r")(?:[ -](?:(?:des|de|du|d['’])\s*(?:la\s+|l['’])?)?(?:" + NAME + r")){0,3})")


def _those_of_mentions(doc: Doc, heads: dict[str, str]) -> list[Mention]:
    """'Les ARS concernées sont celles des Hauts-de-France, de Normandie et des Pays de la Loire':
    one organisation per name of the list, the plural head's short form before it ("ARS Normandie")."""
    text = doc_text(doc)
    out: list[Mention] = []
    for m in _those_of_rx(tuple(heads)).finditer(text):
        short = heads[next(h for h in heads if h.lower() == m.group("head").lower())]
        for item in _LISTED_NAME.finditer(m.group("list")):
            start = m.start("list") + item.start(1)
            name = item.group(1)
            canonical = short + (" " if short.isupper() else " de ") + name
            mention = make_mention(doc, start, start + len(name), canonical, f"{key_of(short)}:{key_of(name)}", "health")
            mention.built = True
            out.append(mention)
    return out


# "des groupements de laboratoires – aux côtés de X, Y et Z –", "les cliniques touchées, dont X et Y":
# the names listed after a plural organisation noun are organisations, whatever the model calls them.
_PEER_LIST = re.compile(
    r"\b(?:laboratoires|cliniques|polycliniques|groupements|groupes|hôpitaux|pharmacies|officines|mutuelles|établissements|"
    r"sociétés|entreprises|centres|assureurs|éditeurs|plateformes|réseaux|cabinets|organismes|structures|acteurs)\b"
    r"[^.;:!?]{0,80}?\b(?:aux\s+côtés\s+d[eu']|comme|tel(?:le)?s?\s+que|dont|parmi\s+lesquel(?:le)?s|notamment|à\s+savoir|avec)\s+"
    r"(?P<list>(?:" + NAME + r")(?:[ -](?:" + NAME + r"))*(?:\s*,\s*(?:" + NAME + r")(?:[ -](?:" + NAME + r"))*)*"
    r"(?:\s+(?:et|ou)\s+(?:" + NAME + r")(?:[ -](?:" + NAME + r"))*)?)")


def _peer_list_mentions(doc: Doc) -> list[Mention]:
    text = doc_text(doc)
    out = []
    for m in _PEER_LIST.finditer(text):
        for item in re.finditer(r"(?:" + NAME + r")(?:[ -](?:" + NAME + r"))*", m.group("list")):
            name = item.group(0)
            if fold(name) in generic_words() or DEMONYM.match(name):
                continue
            start = m.start("list") + item.start()
            out.append(make_mention(doc, start, start + len(name), name, key_of(name), "name"))
    return out


DEMONYM = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+(?:ais|aises|iens|iennes|ains|aines|ois|oises|ens|ennes)$")


@lru_cache(maxsize=1)
def _organisation_nouns() -> frozenset[str]:
    """The nouns that say a name is an organisation ("X, un réseau de ...", "X est l'un des groupements")."""
    data = org_data()
    return frozenset(fold(w) for w in [*data["name_cues"], *data["heads"], "reseau", "filiale", "leader", "specialiste"])


def apposed_organisation(text: str, end: int) -> bool:
    """What follows a name at `end` says what kind of organisation it is: "X, un réseau de centres dentaires", "X, une
    plateforme de téléconsultation", "X, filiale du groupe Y" (an indefinite or no determiner: "Rouen, la clinique Y"
    is a list's next name)."""
    apposed = re.match(r"\s*,\s*(?:(?:une|un)\s+)?([a-zà-ÿœ-]++(?!\s*[A-ZÀ-ÖØ-ÞŒ])(?:\s+[a-zà-ÿœ'’-]++){0,2}+)", text[end : end + 60])
    return bool(apposed) and any(fold(apposed.group(1)).startswith(n) for n in _organisation_nouns())


def _loose_mentions(doc: Doc, known: set[str] = frozenset(), after_health: tuple[int, ...] = ()) -> list[Mention]:
    """Capitalised names inside a sentence that neither the ruler nor the model took.

    They only ever become victims through a strong role rule ("les serveurs de X",
    "chez X"): the model misses many company names. Places and persons the model
    recognised, demonyms ("Français") and sentence-initial words are left out.
    """
    others = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in {"LOC", "PER"}]
    nouns = _organisation_nouns()
    generic = generic_words()
    out = []
    for mention in capitalised_mentions(doc, at_start=True):
        before = doc_text(doc)[mention.sent.start_char : mention.start].rstrip()
        if fold(mention.canonical) in generic or DEMONYM.match(mention.canonical) or _ELIDED_WORD.match(mention.canonical):
            continue  # "le CHU", "la Clinique": a head without its name; "L'opérateur", "D'après": a capitalised word
        # "X est l'un des groupements de laboratoires touchés": the sentence says what X is, wherever X stands
        one_of = re.match(r"\s+(?:est|sont|était|étaient|reste|figure)\s+(?:l['’]une?|un|une)\s+des\s+([a-zà-ÿœ-]+)",
                          doc_text(doc)[mention.end : mention.end + 80])
        if one_of and any(fold(one_of.group(1)).startswith(n) for n in nouns):
            mention.kind = "name"
            out.append(mention)
            continue
        # The model calls many companies places; "X, un réseau de centres dentaires", "X, filiale du
        # groupe Y" says what X is ("En Wallonie, l'hôpital Y" is another name, not what X is).
        apposed = re.match(r"\s*,\s*(?:(?:un|une|le|la|l['’])\s*)?([a-zà-ÿœ-]++(?!\s*[A-ZÀ-ÖØ-ÞŒ])(?:\s+[a-zà-ÿœ'’-]++){0,2}+)",
                           doc_text(doc)[mention.end : mention.end + 60])
        apposed_noun = fold(apposed.group(1)) if apposed else ""
        apposed_org = bool(apposed) and any(apposed_noun.startswith(n) for n in nouns)
        # "Kerlane Santé a confirmé ...", "le Palmview Health System" (the model's person, its place): a name word says it is
        # an organisation's, a loose one (a victim only through a strong rule)
        worded = org_name_word(mention.canonical)
        if not before or before[-1] in ".!?:\n«\"(":
            # "Une cible : X", "Dernière victime en date : X": the name a colon says was hit
            if not apposed_org and not (before[-1:] == ":" and _HIT_BEFORE_COLON.search(fold(before))):
                continue
        elif (re.search(r"(?<!\w)(?:à|au|aux|en|vers|sur|près\s+de)$", before, re.IGNORECASE) or re.search(r"(?<![\w'’])A$", before)) and not apposed_organisation(doc_text(doc), mention.end):
            continue  # "à Dole", "En Belgique, ...": a place ("à X, une plateforme de ...": what X is)
        # "Une cible : X" (the model's person), "le centre médical de Morges, la Permanence de la Place, à Nyon, et ...":
        # the name a colon says was hit, or the next member of a list that a health body opens (the model's place)
        listed = any(re.fullmatch(r"\s*(?:\([^()]{1,20}\))?\s*,\s*(?:l['’]\s*|la\s+|le\s+)", doc_text(doc)[e : mention.start]) for e in after_health
                     if mention.start - 30 < e < mention.start)
        listed |= before[-1:] == ":" and bool(_HIT_BEFORE_COLON.search(fold(before)))
        is_org = apposed_org or worded or mention.key in known or listed or apposed_organisation(doc_text(doc), mention.end)
        if not is_org and any(s < mention.end and mention.start < e for s, e in others):
            continue
        # "X, un opérateur de tiers payant qui ...", "X, éditeur toulousain de logiciels": what X is, like "X est l'un des ..."
        # (not "Lyon, la clinique Y": a list's next member)
        described = apposed_org and not re.match(r"\s*,\s*(?:le|la|l['’])", doc_text(doc)[mention.end : mention.end + 8])
        mention.kind = "name" if mention.key in known or described or listed else "loose"
        out.append(mention)
    return out


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    return frozenset(org_data()["name_words"])


def org_name_word(name: str) -> bool:
    """Past its first word, the capitalised name holds a word of data/orgs.json "name_words" ("Kerlane Santé", "Palmview
    Health System"): an organisation's name, whatever the model calls it; never a place of data/orgs.json "places"."""
    words = name.split()
    return len(words) > 1 and any(fold(w) in _name_words() for w in words[1:]) and not is_place_name(name)


_ELIDED_WORD = re.compile(r"[LlDdQq]u?['’][a-zà-ÿ]")  # an elided article or "de" before a lower-case word: "L'éditeur", "D'après"
# Before a colon, words saying who was hit: "Une cible :", "Les victimes :", "Établissement visé :"
_HIT_BEFORE_COLON = re.compile(r"(?<![a-z])(?:cibles?|victimes?|(?:touch|vis|cibl|pirat|attaqu|concern|frapp)ee?s?)(?:\s+[\w'-]+){0,3}\s*:$")


def _gap_end(doc: Doc, mention: Mention) -> int:
    """Where the words about `mention` end: past a place ("à Annecy") or a bracket, or both ("X (ACR), basée à Nantes")."""
    end = mention.end
    for _ in range(2):
        if not (place := _PLACE_AFTER.match(doc_text(doc), end)):
            break
        end = place.end()
    return end


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



def capitalised_mentions(doc: Doc, at_start: bool = False) -> list[Mention]:
    """Capitalised runs of words (a headline's first word left out, unless `at_start`: the text's first word too)."""
    out = []
    # "la Permanence de la Place", "le Centre de l'Ouest": "de la", "de l'" join a name's capitalised words too
    for m in re.finditer(r"(?:(?<=[\s'’])" + ("|^" if at_start else "") + r")((?:" + NAME + r")(?:[ -](?:(?:des|de\s+la\s+|de\s+l['’]|de|du|d'|&)\s*)?(?:" + NAME + r")){0,3})", doc_text(doc)):
        start = m.start(1) + breach_lead(m.group(1))  # "Piratage de Medilog": the name is "Medilog"
        # "Aux Etats-Unis, ...", "En Belgique, ...", "A Montauban, ...": a capitalised preposition of place opens the
        # run, and what follows it is a place
        if lead := _PLACE_LEAD.match(doc_text(doc), start, m.end(1)):
            start = lead.end()
        name = doc_text(doc)[start : m.end(1)]
        out.append(make_mention(doc, start, m.end(1), name, key_of(name), "name"))
    return out


# A sentence's capitalised preposition of place before a capitalised word ("À Genève", "A Lyon", "Aux Etats-Unis", "En Corse")
_PLACE_LEAD = re.compile(r"(?:À|A|Au|Aux|En|Dans)\s+(?=[A-ZÀ-ÖØ-Þ])")


@lru_cache(maxsize=1)
def _breach_lead_rx() -> re.Pattern[str]:
    """A breach noun of the one breach vocabulary (data/relevance.json "breach", its one-word terms) and the
    "de" after it, at a name's start (folded)."""
    words = sorted({fold(t).strip() for t in load_rules("relevance.json")["breach"] if re.fullmatch(r"[a-z-]+\s*", fold(t))}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")[a-z]*(?:$|\s+(?:de\s+la\s+|de\s+l'\s*|des\s+|de\s+|du\s+|d'\s*))")


def breach_lead(name: str) -> int:
    """Where the name starts in a capitalised run a breach noun opens: "Piratage de Medilog" (a headline's words),
    "Cyberattaque de la Mutuelle X" -> the offset of "Medilog", "Mutuelle X"; 0 for a run with no such lead.
    The breach noun is never part of the name."""
    lead = _breach_lead_rx().match(fold(name).replace("’", "'"))
    return lead.end() if lead and lead.end() < len(name) and name[lead.end() : lead.end() + 1].isupper() else 0


def breach_noun(name: str) -> bool:
    """"Piratage", "Cyberattaque": a breach noun alone (the model's entity at a sentence start), no name."""
    lead = _breach_lead_rx().match(fold(name).strip())
    return bool(lead) and lead.end() == len(name.strip())


def body_mention(doc: Doc, name: str) -> Mention | None:
    """The first place the body writes `name` as a name: same case, not merely capitalised by a sentence start."""
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", doc_text(doc)):
        before = doc_text(doc)[: m.start()].rstrip()
        if before and before[-1] not in ".!?:\n«\"":
            return make_mention(doc, m.start(), m.end(), name, key_of(name), "name")
    return None



@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return frozenset(fold_words(p) for p in org_data()["places"])


def is_place_name(name: str) -> bool:
    """"Ardèche", "l'Ain", "la Montérégie", "Vaud": a region, a département, a province, a canton or a
    country alone (data/orgs.json "places"), never an organisation."""
    return re.sub(r"^(?:l |la |le |les )", "", fold_words(name)) in _places()


# "à Calais", "en Gironde", "entre Dunkerque, Calais et Boulogne", "de Valence à Aubenas", "les sites de Remiremont
# et de Bussang": a name in a place position
_PLACED = re.compile(r"(?<![\w'’-])(?:à|en|entre|dans\s+(?:le|la|l['’])|près\s+de|jusqu['’]à|(?:sites?|antennes?)\s+(?:de|d['’])|(?:de|d['’])(?=\s*[A-ZÀ-ÖØ-Þ][\w'’-]*\s+à\s))\s*"
                     r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s*,\s*|\s+et\s+))*$")


def written_as_place(text: str, start: int) -> bool:
    """The capitalised name at `start` stands where French puts a town: after "à", "en", "entre",
    or in a list of towns opened by one ("entre Dunkerque, Calais et Boulogne-sur-Mer")."""
    # "de Valence à Aubenas": the range's first town (the lookahead of _PLACED cannot see past `start`)
    ranged = re.search(r"(?<![\w'’-])(?:de|d['’])\s*$", text[max(0, start - 4) : start]) and _RANGE.match(text, start)
    if (name := _NEXT_NAME.match(text, start)) and apposed_organisation(text, name.end()):
        return False  # "des données appartenant à X, une plateforme de ...": what X is
    if any(m.start() < start < m.end() for m in _TOWN_LIST.finditer(text, max(0, start - 120), start + 120)):
        return True  # "après les attaques de Dax et de Vienne": the towns of incidents recalled together
    return bool(_PLACED.search(text, max(0, start - 80), start) or ranged)


# A plural attack noun whose bare names each take their own "de": "les cyberattaques de Dax et de Vienne",
# "des piratages d'Arles, de Brest et de Sète" (towns standing for their incidents; an establishment's head noun
# in the list makes it no bare name)
_TOWN = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"
_TOWN_LIST = re.compile(r"(?<![\w'’-])(?:les|des|ces|aux|deux|trois|plusieurs)\s+(?:cyber-?)?(?:attaques|piratages)\s+(?:de\s+|d['’]\s*)"
                        + _TOWN + r"(?:(?:\s*,\s*|\s+et\s+|\s*,\s*et\s+)(?:de\s+|d['’]\s*)" + _TOWN + ")+")


_RANGE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*\s+à\s+[A-ZÀ-ÖØ-Þ]")


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    """Head nouns and not-organisation words: never a name on their own."""
    data = org_data()
    return frozenset(fold(w) for w in [*data["heads"], *data["not_orgs"], *data["name_cues"]])


_RUN = re.compile(r"(?<![\w'’-])((?:" + NAME + r")(?:[ -](?:(?:des|de|du|d['’])\s*)?(?:" + NAME + r")){0,3})")


def repeated_names(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[str, set[int]]]:
    """Capitalised names the text writes again and again, sentence starts included ("Weda a
    fermé ...", "explique Weda"), with the sentences (their start offsets, within `spans`) where
    they stand. Function words, head nouns, not-organisation words, demonyms and words the
    article also writes in lower case are left out; so are names the model mostly calls a person."""
    text = doc_text(doc)
    written_lower = _lowercase_only(text)
    persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"]
    places = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "LOC"]
    as_person: dict[str, int] = {}
    as_place: dict[str, int] = {}
    seen: dict[str, int] = {}
    generic = generic_words()
    found: dict[str, set[int]] = {}
    lower_or_stop: dict[str, bool] = {}  # name -> a function word first, or written in lower case too
    for start, end in spans:
        for m in _RUN.finditer(text, start, end):
            name = m.group(1).rstrip(".-")
            words = name.split()
            while len(words) > 1 and doc.vocab[words[0].lower()].is_stop:
                words = words[1:]  # "Selon Pharmavia": the name after a capitalised function word
            name = " ".join(words)
            name = name[breach_lead(name) :]  # "Piratage de Medilog": "Medilog"
            first = name.split()[0].split("-")[0]
            if len(name) < 3 or fold(name) in generic or DEMONYM.match(name) or is_place_name(name):
                continue
            seen[name] = seen.get(name, 0) + 1
            if any(s <= m.start() < e for s, e in persons):
                as_person[name] = as_person.get(name, 0) + 1
            before = text[max(0, m.start() - 16) : m.start()]
            if _PLACE_BEFORE.search(before) or (_OF_BEFORE.search(before) and any(s <= m.start() < e for s, e in places)):
                as_place[name] = as_place.get(name, 0) + 1
            if name not in lower_or_stop:
                lower_or_stop[name] = doc.vocab[first.lower()].is_stop or next(written_alone(written_lower, name.lower()), None) is not None
            if lower_or_stop[name]:
                continue
            found.setdefault(name, set()).add(start)
    # "Vivalia" the model once took for a person is still the hospital group it names four times;
    # "Libourne", mostly a place ("à Libourne", or the model's place), is no organisation.
    return sorted(((n, s) for n, s in found.items() if 2 * as_person.get(n, 0) <= seen[n] and 2 * as_place.get(n, 0) <= seen[n]),
                  key=lambda kv: -len(kv[1]))


# Right before a place's name: "à Libourne", "en Corrèze", "au Québec", "dans le Tarn"; or "de" before a name the model
# calls a place ("l'Ehpad de Libourne").
_AT_PLACE_WORD = r"(?<![\w-])(?:à|en|au|aux|dans\s+(?:le|la|les|l['’]))\s+"
_PLACE_BEFORE = re.compile(_AT_PLACE_WORD + "$")


def _of_town() -> str:
    """A singular head noun of data/orgs.json, its adjectives, and "de" before a town: "l'Hôpital régional de X", "le
    centre hospitalier de X"; or a later member, with its own "de", of the towns a site's noun or a plural head lists: "les
    sites de X et de Y", "les hôpitaux de X et de Y" (any case). Not "les laboratoires de X" alone: a group's own name."""
    data = org_data()
    singular = sorted((re.escape(h) for h in data["heads"] if fold(h).split()[0] not in PLURAL_HEADS), key=len, reverse=True)
    plural = sorted({re.escape(h) for h in data["heads"] if fold(h).split()[0] in PLURAL_HEADS} | {r"sites?", r"antennes?"}, key=len, reverse=True)
    adjectives = "|".join(sorted((re.escape(a) for a in data["head_adjectives"] if a.isalpha()), key=len, reverse=True))
    # an adjective of that list or of an adjective's shape ("l'hôpital régional de X": "régional" names no body of its own)
    adjective = r"(?:\s+(?:" + adjectives + r"|[a-zà-ÿœ-]+" + _ADJ_SUFFIX + r"))*"
    of = r"(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+|d['’]\s*)"
    town = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
    return (r"(?:(?i:" + "|".join(singular) + r")" + adjective + r"\s+" + of
            + r"|(?i:" + "|".join(plural) + r")" + adjective + r"\s+" + of + town + r"(?:\s*,\s*" + of + town + r")*(?:\s*,\s*|\s+et\s+)" + of + r")")


# Before a town's name in a body (roles.is_town): a word of place ("à Libourne", "en Corrèze", "dans le Tarn"), or the
# place complement of an establishment or a site ("l'Hôpital régional de Saint-Aubin", "les sites de Vernac et de Sauzet").
AT_PLACE = r"(?<![\w-])(?:(?:à|en|au|aux|dans\s+(?:le|la|les|l['’]))\s+|" + _of_town() + r")"
_OF_BEFORE = re.compile(r"(?<![\w-])(?:de|du|des|d['’])\s*$")


def _lowercase_only(text: str) -> str:
    """The text with its capitalised words blanked: what the article writes in lower case."""
    return re.sub(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞŒ][\w'’-]*", " ", text)
