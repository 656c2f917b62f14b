"""What a capitalised word of a name is: its comparison key, a place, a generic word, a weekday, a breach noun,
a people's adjective; the tests every mention finder and the victim rules share (data/orgs.json)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from healthbreach.textfold import NAME_STOP_WORDS, fold, fold_words
from healthbreach.extract.nlp import org_data
from healthbreach.extract.rules import load_rules


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


NAME = r"[A-ZÀ-ÖØ-ÞŒ][\w&'’.-]*[\w]|[A-ZÀ-ÖØ-ÞŒ]"


_NEXT_NAME = re.compile(r"(" + NAME + r")(?:[ -](?:(?:des|de|du|d['’])\s*)?(?:" + NAME + r")){0,3}")


_CALENDAR = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier avril mai juin juillet aout septembre octobre "
                      "novembre decembre".split())
# A weekday or a month alone, or with its time of day: "Vendredi matin", "Mardi soir", "Lundi dernier" (the model's name)
_CALENDAR_ONLY = re.compile(r"(?:" + "|".join(sorted(_CALENDAR)) + r")(?:\s+(?:matin|soir|midi|apres-midi|dernier|derniere|prochain|prochaine))*")


def calendar_only(name: str) -> bool:
    """"Vendredi matin", "mardi soir": a day's or a month's words only, never a name."""
    return _CALENDAR_ONLY.fullmatch(fold(name).strip()) is not None


PLURAL_HEADS = {"hopitaux", "cliniques", "centres", "laboratoires", "pharmacies", "mutuelles", "polycliniques", "maternites"}


# The first word of a region's name, not a town's: "Val de Sambre", "Haute-Comté", "Pays de Morlaix", "Côte d'Argent"
REGION_WORDS = frozenset({"val", "vallee", "pays", "haut", "haute", "hautes", "hauts", "bas", "basse", "cote", "cotes", "bassin", "plateau",
                          "littoral", "territoire"})


_ADJ_SUFFIX = r"(?:ée|ais|aise|ain|aine|ien|ienne|ique|iques|ise|isee|al|ale|el|elle|ais|ois|oise|ant|ante|ier|ière|aire|iste)"


@lru_cache(maxsize=1)
def _people_head_adjectives() -> frozenset[str]:
    """The head adjectives of data/orgs.json that are a people's or a canton's ("bernois", "vaudoise", "jurassien")."""
    return frozenset(a for a in org_data()["head_adjectives"] if re.fullmatch(r"[a-zà-ÿœ-]{3,}(?:ois|oise|ais|aise|ien|ienne|an|ane)", a))


@lru_cache(maxsize=1)
def _never_victim_words() -> frozenset[str]:
    data = org_data()
    return frozenset(fold(w) for w in [*data["outlets"], *data["authorities"], *data["authorities_unless_victim"], *data["attackers"]])


def _never_victim(word: str) -> bool:
    return fold(word) in _never_victim_words() or fold(word) in {fold(h) for h in org_data()["heads"]}


_PERSON_TITLE = re.compile(r"(?:Dr|Docteur|Pr|Professeur|Me|Maître|M|Mme|Mlle|Madame|Monsieur)\b")


@lru_cache(maxsize=1)
def _alias_keys() -> dict[str, str]:
    """The key of every alias of data/orgs.json -> its canonical name, built once (read, never changed)."""
    return {key_of(v): c for c, vs in org_data()["aliases"].items() for v in vs}


@lru_cache(maxsize=1)
def _acronym_heads() -> frozenset[str]:
    """Heads written in capitals that still describe ("un Ehpad de Lure", "un CHSLD de Laval"): the one-word heads of
    data/orgs.json that are their own capitalised short form (CHU, CISSS, Ehpad ...), folded."""
    return frozenset(fold(h) for h, short in org_data()["heads"].items() if " " not in h and fold(h) == fold(short) and short[:1].isupper())


# Function words of a name (the one list, textfold.NAME_STOP_WORDS, which store/identity.py's
# acronym reading uses too): a coordination's members start with none, initials leave them out.
_STOP_WORDS = NAME_STOP_WORDS


# A capitalised head inside a sentence and the adjective of a region or a people after it: the body's own name
# ("l'Hôpital jurassien (HJU)", "le Centre hospitalier valaisan", "la Clinique lorraine"); written in lower case
# ("l'hôpital jurassien") it only describes. Group "acr": the acronym the text gives it in brackets.
_PEOPLE_ADJ = r"[a-zà-ÿœ-]{3,}(?:ois|oise|ais|aise|ien|ienne|in|ine|an|ane|on|onne)"


PEOPLE_ADJ_AFTER = re.compile(r"\s+" + _PEOPLE_ADJ + r"(?![\w'’-])")  # " jurassien" right after a head noun


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


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    return frozenset(org_data()["name_words"])


@lru_cache(maxsize=1)
def _foreign_heads() -> frozenset[str]:
    return frozenset(org_data()["foreign_heads"])


def org_name_word(name: str) -> bool:
    """Past its first word, the capitalised name holds a word of data/orgs.json "name_words" ("Kerlane Santé", "Palmview
    Health System"), or it opens on a head noun of another language, "foreign_heads" ("Klinikum Altwasser", "Ospedale
    San Vitale"): an organisation's name, whatever the model calls it; never a place of data/orgs.json "places"."""
    words = name.split()
    return len(words) > 1 and (any(fold(w) in _name_words() for w in words[1:]) or fold(words[0]) in _foreign_heads()) and not is_place_name(name)


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
