"""Who an article is about, as comparable keys: victim names, acronyms, towns, aliases.

Names are compared after one normalisation (accents, case, "CH" -> "centre
hospitalier"). Each name gives indexed *keys* that incident grouping looks up
instead of comparing every pair of articles:

    n:<name>            the normalised name, and each acronym it may stand for
    k:<kind>:<town>     "hôpital de Corbeil-Essonnes" -> k:hospital:corbeil essonnes
    t:<token>:<month>   each distinctive word, bucketed by month (fuzzy matches nearby in time)
    c:<token>:<bucket>  with a count of records: a word of a name or a mention, by count bucket

Articles also teach aliases about the names they use: "le Centre hospitalier
Sud Francilien (CHSF) de Corbeil-Essonnes" says that CHSF, its expansion and
the hospital of Corbeil-Essonnes are one establishment (`learn_aliases`).
Everything here is pure: the grouping stores what it computes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import lru_cache

from healthbreach.extract.rules import load_rules
from healthbreach.textfold import NAME_STOP_WORDS, fold, fold_words

STOPWORDS = NAME_STOP_WORDS  # the one list of a name's function words


# Abbreviations spelled out before comparing, so "CH de X" meets "centre hospitalier de X": the
# extraction's institution heads (data/orgs.json "heads" with an acronym for short form, but its
# "abbreviations_kept", and its "abbreviations"), one source for both.
def _abbreviations() -> dict[str, str]:
    data = load_rules("orgs.json")
    out: dict[str, str] = {}
    for phrase, short in data["heads"].items():
        if short.isupper() and fold_words(phrase) != fold(short) and fold(short) not in data["abbreviations_kept"]:
            out.setdefault(fold(short), fold_words(phrase))
    for short, spelled in data["abbreviations"].items():
        out.setdefault(short, spelled)
    return out


ABBREVIATIONS = _abbreviations()
# Institution-type acronyms and kind phrases name a kind of body, not one body: "le CISSS", "le CHU",
# "l'ARS" without their qualifier ("CISSS de Laval", "CHU de Rennes") are never an identity key
# (see `generic`). An article that qualifies one ("le CISSS de Laval ... le CISSS") lets its bare uses
# stand for the qualified name in that article only (`qualify`).
# Words that say what kind of body it is, not which one: "centre hospitalier" alone must not match
# every hospital. Each maps to a kind; two names of different kinds (a clinic and a hospital in one
# town) never match. They are the extraction's org data too (data/orgs.json "kind_words").
KIND_WORDS: dict[str, str | None] = load_rules("orgs.json")["kind_words"]
# Words too common in names to tie two reports together on their own (count links).
GENERIC = {
    "france", "francais", "francaise", "paris", "national", "nationale", "nord", "sud", "est", "ouest",
    "saint", "sainte", "grand", "grande", "haute", "haut", "bas", "basse", "centre", "region", "ville",
    "groupe", "sante", "medical", "medicale", "general", "generale", "europe", "international",
}
# Departments and regions: a place alone identifies no body (words of their names, folded).
PLACES = frozenset(fold_words("""
Ain Aisne Allier Alpes-de-Haute-Provence Hautes-Alpes Alpes-Maritimes Ardèche Ardennes Ariège Aube Aude Aveyron
Bouches-du-Rhône Calvados Cantal Charente Charente-Maritime Cher Corrèze Corse-du-Sud Haute-Corse Côte-d'Or
Côtes-d'Armor Creuse Dordogne Doubs Drôme Eure Eure-et-Loir Finistère Gard Haute-Garonne Gers Gironde Hérault
Ille-et-Vilaine Indre Indre-et-Loire Isère Jura Landes Loir-et-Cher Loire Haute-Loire Loire-Atlantique Loiret Lot
Lot-et-Garonne Lozère Maine-et-Loire Manche Marne Haute-Marne Mayenne Meurthe-et-Moselle Meuse Morbihan Moselle
Nièvre Nord Oise Orne Pas-de-Calais Puy-de-Dôme Pyrénées-Atlantiques Hautes-Pyrénées Pyrénées-Orientales Bas-Rhin
Haut-Rhin Rhône Haute-Saône Saône-et-Loire Sarthe Savoie Haute-Savoie Paris Seine-Maritime Seine-et-Marne Yvelines
Deux-Sèvres Somme Tarn Tarn-et-Garonne Var Vaucluse Vendée Vienne Haute-Vienne Vosges Yonne Territoire-de-Belfort
Essonne Hauts-de-Seine Seine-Saint-Denis Val-de-Marne Val-d'Oise Guadeloupe Martinique Guyane Réunion Mayotte
Auvergne Bourgogne Franche-Comté Bretagne Centre-Val Grand-Est Hauts-de-France Île-de-France Normandie
Nouvelle-Aquitaine Occitanie Pays-de-la-Loire Provence-Alpes-Côte-d'Azur Alsace Lorraine Picardie Limousin Aquitaine
Languedoc Roussillon Champagne Ardenne Poitou Charentes Midi Rhône-Alpes Belgique Suisse Québec Wallonie
""").split()) - STOPWORDS - {"et"}

# Capitalised words that are no name: sentence furniture, months, days, titles.
_NOT_NAMES = {
    "le", "la", "les", "un", "une", "des", "ce", "cette", "ces", "il", "elle", "ils", "elles", "on", "nous",
    "selon", "mais", "pour", "dans", "depuis", "apres", "avant", "alors", "ainsi", "enfin", "pourtant", "lundi",
    "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars", "avril", "mai",
    "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "monsieur", "madame", "docteur",
    "afp", "cnil", "anssi", "lire", "aussi", "photo", "source", "article", "interrogee", "interroge", "contacte",
    "contactee", "sur", "par", "avec", "sans", "tout", "tous", "toutes", "plusieurs", "certains", "certaines",
}

WINDOW_MONTHS = 2  # token keys reach this many months either side (WINDOW_DAYS of the grouping fits)
COUNT_STEP = 1.1  # count buckets: counts within 10 % fall in the same or a neighbouring bucket
MIN_COUNT = 1000  # smaller counts (20 patients) are too common to identify a breach


def name_tokens(name: str) -> list[str]:
    """The words of a name with abbreviations expanded, stopwords kept (acronyms need order)."""
    words = []
    for word in fold_words(name).split():
        words.extend(ABBREVIATIONS.get(word, word).split())
    return words


@lru_cache(maxsize=65536)
def generic(name: str) -> bool:
    """A name made only of kind words, one of which is a class of bodies ("CISSS", "le CHU",
    "l'hôpital", "ARS"): it names no one body. ("l'Assurance maladie", a kind of cover, is a name.)"""
    words = name_tokens(name)
    return not distinctive(words) and bool(kinds(words))


@lru_cache(maxsize=65536)
def normalise_org(name: str) -> str:
    """A comparable form of an organisation name: "CH de Valmont-sur-Loire" -> "centre hospitalier valmont loire"."""
    return " ".join(w for w in name_tokens(name) if w not in STOPWORDS)


def distinctive(words: list[str]) -> frozenset[str]:
    return frozenset(w for w in words if w not in STOPWORDS and w not in KIND_WORDS)


def kinds(words: list[str]) -> frozenset[str]:
    return frozenset(k for w in words if (k := KIND_WORDS.get(w)))


def _one_kind(head: list[str]) -> str | None:
    """The kind of a name's head for its town key: "hospital", or "hospital_private" for a private
    hospital, which is never the town's public one ("Hôpital privé d'Évreux" is not the CH d'Évreux)."""
    found = kinds(head)
    private = "private" in found
    found = found - {"private"}
    if len(found) != 1:
        return None
    kind = next(iter(found))
    return kind + "_private" if private and kind == "hospital" else kind


def _sectors_differ(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """A private hospital and a public one (clinics are private anyway)."""
    return "hospital" in ka and "hospital" in kb and ("private" in ka) != ("private" in kb)


@lru_cache(maxsize=65536)
def acronyms(name: str) -> frozenset[str]:
    """Acronym forms a name may stand for: its initials, and the name itself when it is one word."""
    folded = fold_words(name).split()
    forms = set()
    if len(folded) == 1 or all(len(w) <= 2 for w in folded):
        forms.add("".join(folded))  # "AP-HP" -> "aphp"
    significant = [w for w in folded if w not in STOPWORDS]
    if len(significant) >= 2:
        forms.add("".join(w[0] for w in significant))  # "Assistance publique - Hôpitaux de Paris" -> "aphp"
    return frozenset(f for f in forms if len(f) >= 2)


@lru_cache(maxsize=262144)
def same_victim(a: str, b: str) -> bool:
    """True when two names plausibly designate the same organisation (a generic name designates none)."""
    if generic(a) or generic(b):
        return False
    na, nb = normalise_org(a), normalise_org(b)
    if na == nb and na:
        return True
    ta, tb = name_tokens(a), name_tokens(b)
    ka, kb = kinds(ta), kinds(tb)
    if ka and kb and (not (ka & kb) - {"private"} or _sectors_differ(ka, kb)):
        return False
    da, db = distinctive(ta), distinctive(tb)
    if da and db and (da <= db or db <= da):
        return True
    # Acronym against expansion: one side is a single short token, the other's initials spell it.
    compact_a, compact_b = fold_words(a).replace(" ", ""), fold_words(b).replace(" ", "")
    return (len(compact_a) >= 2 and compact_a in acronyms(b) and len(fold_words(b).split()) > 1) or (
        len(compact_b) >= 2 and compact_b in acronyms(a) and len(fold_words(a).split()) > 1
    )


def _head_and_place(name: str) -> tuple[list[str], list[str]] | None:
    """A name cut at its last "de"/"d'"/"du" before a place: (head words, expanded; place words).
    Hyphenated places stay whole ("Saint-Pierre-de-Chartreuse"), so the cut is before the town."""
    tokens = [t for t in re.split(r"[\s'’]+", fold(name).strip(" ,.;:")) if t]
    for i in range(len(tokens) - 2, 0, -1):
        if tokens[i] in ("de", "d", "du", "des"):
            head = [x for w in fold_words(" ".join(tokens[:i])).split() for x in ABBREVIATIONS.get(w, w).split()]
            place = [w for w in fold_words(" ".join(tokens[i + 1:])).split() if w not in STOPWORDS]
            return (head, place) if place else None
    return None


@lru_cache(maxsize=65536)
def town_key(name: str) -> str | None:
    """"hôpital de Corbeil-Essonnes" -> "k:hospital:corbeil essonnes": a kind of body and the place after "de".

    Only for names that are a kind and a place and nothing else ("CHU de Brest"),
    the everyday way of naming a town's establishment.
    """
    cut = _head_and_place(name)
    if cut is None:
        return None
    head, place = cut
    kind = _one_kind(head)
    if kind and all(w in KIND_WORDS or w in STOPWORDS for w in head) and not set(place) <= set(KIND_WORDS):
        return f"k:{kind}:{' '.join(place)}"
    return None


@lru_cache(maxsize=65536)
def qualified_town_key(name: str) -> str | None:
    """"Centre hospitalier Sud Francilien de Corbeil-Essonnes" -> "q:hospital:corbeil essonnes": an
    establishment with its own name, placed in a town. It meets the town's bare name ("hôpital de
    Corbeil-Essonnes", k:) but not another named establishment of the town (two q: keys never meet)."""
    cut = _head_and_place(name)
    if cut is None:
        return None
    head, place = cut
    kind = _one_kind(head)
    if kind and distinctive(head) and not set(place) <= set(KIND_WORDS) and " ".join(place) not in PLACES:
        return f"q:{kind}:{' '.join(place)}"
    return None


def as_town_alias(name: str) -> set[str]:
    """The keys a taught "kind of the town" alias gives a named establishment: its town key turned
    into a q: key, so two named establishments of one town never meet through their town."""
    town = town_key(name)
    return {"q:" + town[2:]} if town else name_keys(name)


def name_keys(name: str) -> set[str]:
    """The exact keys of one name: its normal form, its kind-and-town form, and for a name
    of several words the acronym its initials spell (a:), which meets a one-word name (n:)."""
    keys: set[str] = set()
    if generic(name):
        return keys
    norm = normalise_org(name)
    if norm:
        keys.add(f"n:{norm}")
    single = len(fold_words(name).split()) == 1 or all(len(w) <= 2 for w in fold_words(name).split())
    for acronym in acronyms(name):
        if single:
            keys.add(f"n:{acronym}")
        elif len(acronym) >= 3:
            keys.add(f"a:{acronym}")
    if (town := town_key(name)):
        keys.add(town)
    elif (town := qualified_town_key(name)):
        keys.add(town)
    return keys


def keys_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two key sets name one body? Equal keys, or an acronym (a:) against a one-word name (n:);
    two expansions with the same initials are not one body."""
    if any(not k.startswith(("a:", "q:")) for k in a & b):
        return True
    return any(f"{meets}{k[2:]}" in other for one, other in ((a, b), (b, a)) for k in one
               for prefix, meets in (("a:", "n:"), ("q:", "k:")) if k.startswith(prefix))


def key_lookups(keys: frozenset[str]) -> set[str]:
    """The stored keys that may meet these (see keys_meet)."""
    out = {k for k in keys if not k.startswith(("a:", "q:"))}
    out |= {f"n:{k[2:]}" for k in keys if k.startswith("a:")}
    out |= {f"a:{k[2:]}" for k in keys if k.startswith("n:") and " " not in k}
    out |= {f"k:{k[2:]}" for k in keys if k.startswith("q:")}
    out |= {f"q:{k[2:]}" for k in keys if k.startswith("k:")}
    return out


def month_of(day) -> int:
    return day.year * 12 + day.month - 1


def token_keys(names: list[str], day) -> set[str]:
    """Distinctive words of the names in the article's month (stored)."""
    if day is None:
        return set()
    month = month_of(day)
    return {f"t:{w}:{month}" for n in names for w in distinctive(name_tokens(n))}


def token_lookups(names: list[str], day) -> set[str]:
    """The token keys an article's names may meet: its month and WINDOW_MONTHS either side."""
    if day is None:
        return set()
    month = month_of(day)
    words = {w for n in names for w in distinctive(name_tokens(n))}
    return {f"t:{w}:{m}" for w in words for m in range(month - WINDOW_MONTHS, month + WINDOW_MONTHS + 1)}


def count_bucket(records: int) -> int:
    return int(math.log(records) / math.log(COUNT_STEP))


def count_words(names: list[str], mentions: list[str]) -> set[str]:
    words = {w for n in names for w in distinctive(name_tokens(n))} | set(mentions)
    return {w for w in words if len(w) >= 4 and w not in GENERIC and w not in PLACES}


def count_keys(names: list[str], mentions: list[str], records: int | None) -> set[str]:
    if not records or records < MIN_COUNT:
        return set()
    bucket = count_bucket(records)
    return {f"c:{w}:{bucket}" for w in count_words(names, mentions)}


def count_lookups(names: list[str], mentions: list[str], records: int | None) -> set[str]:
    if not records or records < MIN_COUNT:
        return set()
    bucket = count_bucket(records)
    return {f"c:{w}:{b}" for w in count_words(names, mentions) for b in (bucket - 1, bucket, bucket + 1)}


# -- what the text itself says -----------------------------------------------------

_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_NAME = rf"{_CAP}(?:[ -](?:(?:de|du|des|d'|d’|la|le|les|et|en)\s?)?{_CAP})*"
# "Centre hospitalier Sud Francilien (CHSF)", "l'Assistance publique-Hôpitaux de Paris (AP-HP)"
_EXPANSION_ACRONYM = re.compile(rf"\b([A-ZÀ-Þ][\w'’-]*(?:[ -][\w'’-]+){{1,12}}?)\s*\(([A-Z][A-Z0-9&.-]{{1,9}})\)")
# "... (CHSF) de Corbeil-Essonnes", "... (CHSF), à Corbeil-Essonnes", "..., situé à Town"
_AFTER_PLACE = re.compile(rf"^\)?,?\s*(?:situ[ée]e?s?\s+)?(?:à|de|d'|d’)\s*({_CAP}(?:-{_CAP})*(?:-(?:sur|sous|lès|lez|en|le|la|les|de)-{_CAP})*)")


def _initials_match(acronym: str, words: list[str]) -> bool:
    """Does the acronym spell the initials of the words (kind abbreviations allowed: CH, CHU)?"""
    letters = re.sub(r"[^a-z0-9]", "", fold(acronym))
    significant = [w for w in words if w not in STOPWORDS]
    if len(letters) < 2 or len(significant) < 2:
        return False
    initials = "".join(w[0] for w in significant)
    return letters == initials


_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&.-]{1,9})\)")


def learn_aliases(text: str) -> list[tuple[str, str]]:
    """Names the text says are one: (expansion, acronym) and (expansion, kind-and-town name).

    "le Centre Hospitalier Sud Francilien (CHSF) de Corbeil-Essonnes" gives
    ("Centre Hospitalier Sud Francilien", "CHSF") and
    ("Centre Hospitalier Sud Francilien", "hôpital de Corbeil-Essonnes") when the
    expansion names a kind of body. Pairs of display names, in text order.
    """
    pairs: list[tuple[str, str]] = []
    for bracket in _BRACKETED_ACRONYM.finditer(text):  # cheap: most texts have few "(ABC)"
        start = max(0, bracket.start() - 200)  # up to a dozen words
        window = text[start:bracket.end()]
        match = None
        for match in _EXPANSION_ACRONYM.finditer(window):
            pass
        if match is None or match.end() != len(window):
            continue
        phrase, acronym = match.group(1), match.group(2)
        # The expansion is the shortest tail of the phrase whose initials spell the acronym.
        expansion = None
        raw = phrase.split()
        for first in range(len(raw) - 1, -1, -1):
            tail = raw[first:]
            if _initials_match(acronym, fold_words(" ".join(tail)).split()):
                expansion = " ".join(tail)
                break
        if expansion is None:
            continue
        expansion = re.sub(r"^[lLdD]['’]", "", expansion.strip(" ,;:'’"))
        pairs.append((expansion, acronym))
        place = _AFTER_PLACE.match(text[bracket.end() - 1:bracket.end() + 80])
        kind = _one_kind(name_tokens(expansion))
        if place and kind in _KIND_NAME:
            pairs.append((expansion, f"{_KIND_NAME[kind]} de {place.group(1)}"))
    pairs.extend(p for p in named_in_town(text) if p not in pairs)
    return pairs


_TOWN = rf"{_CAP}(?:-{_CAP})*(?:-(?:sur|sous|lès|lez|en|le|la|les|de|du|d['’])-?{_CAP})*"
# "l'hôpital Simone-Veil de Cannes", "la clinique des Cèdres, à Brévannes", "le CH Sud Essonne situé à Étampes"
_NAMED_IN_TOWN = re.compile(
    rf"\b((?:[Cc]entre [Hh]ospitalier(?: [Uu]niversitaire| [Rr][ée]gional| [Ii]ntercommunal)?|[Hh][ôo]pital(?: [Pp]riv[ée])?|"
    rf"[Pp]olyclinique|[Cc]linique|[Gg]roupe [Hh]ospitalier|[Ll]aboratoire|CHU|CHR|CHI|CH|EHPAD|[Ee]hpad)"
    rf"\s+(?:(?:du|des|de la|de l['’]|d['’])\s*)?{_CAP}(?:[ -](?:(?:de|du|des|la|le)\s)?{_CAP}){{0,3}})"
    rf",?\s+(?:(?:situ[ée]e?|bas[ée]e?|implant[ée]e?)\s+)?(?:de|du|d['’]|à|au)\s*({_TOWN})")


def named_in_town(text: str, limit: int = 20000) -> list[tuple[str, str]]:
    """(named establishment, kind-and-town name) pairs the text states: "l'hôpital Simone-Veil de Cannes"
    gives ("hôpital Simone-Veil", "hôpital de Cannes"). The town side is used as a weak key (q:, see
    as_town_alias): it joins reports naming only the town's hospital, never two named ones."""
    out: list[tuple[str, str]] = []
    for match in _NAMED_IN_TOWN.finditer(text[:limit]):
        name, town = match.group(1).strip(), match.group(2)
        kind = _one_kind(name_tokens(name))
        folded_town = fold_words(town)
        if (kind not in _KIND_NAME or generic(name) or folded_town in PLACES
                or folded_town in _NOT_NAMES or set(folded_town.split()) <= set(KIND_WORDS) | STOPWORDS):
            continue
        pair = (name, f"{_KIND_NAME[kind]} de {town}")
        if pair not in out:
            out.append(pair)
    return out


# "le CISSS de Laval", "CHU de Rennes", "l'hôpital de Cannes": a kind (acronym or words) and its place.
_KIND_HEAD = re.compile(
    r"\b(centres? hospitaliers?(?: (?:universitaires?|regionale?s?|intercommunale?s?|specialises?))?|hopital|"
    r"clinique|polyclinique|laboratoire|ehpad|mutuelle|groupe hospitalier|groupement hospitalier de territoire|"
    r"agence regionale de sante|caisse primaire d'assurance maladie|(?P<acronym>[a-z]{2,7}))"
    r"\s+(de la |de l'|du |des |de |d')\s*")


def qualify(text: str, folded: str | None = None) -> list[tuple[str, str]]:
    """(generic head, qualified name) pairs the text states: "le CISSS de Laval" gives
    ("centre integre sante services sociaux", "CISSS de Laval"). A bare "CISSS" of the same article
    then stands for "CISSS de Laval" when the text qualifies it one way only (see Profile).
    `folded` is fold(text) when the caller has it (profiles pass the article's opening)."""
    folded = folded if folded is not None else fold(text)  # same offsets as text
    out: dict[tuple[str, str], None] = {}
    for match in _KIND_HEAD.finditer(folded):
        head = text[match.start(1):match.end(1)]
        if match.group("acronym") and not head.isupper():
            continue  # a short lower-case word is no acronym ("une", "plus")
        place = re.match(rf"{_CAP}(?:-{_CAP})*(?:-(?:sur|sous|lès|lez|en|le|la|les|de|d['’])-?{_CAP})*", text[match.end():])
        if not place or not generic(head):
            continue
        name = re.sub(r"\s+", " ", text[match.start(1):match.end()] + place.group(0))
        if not generic(name) and fold_words(place.group(0)) not in _NOT_NAMES:
            out[(normalise_org(head), name)] = None
    return list(out)


_KIND_NAME = {"hospital": "hôpital", "hospital_private": "hôpital privé", "health_region": "CISSS", "clinic": "clinique", "lab": "laboratoire", "insurer": "mutuelle",
              "care_home": "ehpad", "practice": "cabinet", "pharmacy": "pharmacie"}


_CAPITALISED = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-ZÀ-Þ][\w-]{3,}")
_EXCLUDED = _NOT_NAMES | STOPWORDS | set(KIND_WORDS) | set(ABBREVIATIONS)


def mentions(text: str, limit_words: int = 400, head: str | None = None, folded: str | None = None) -> list[str]:
    """Distinctive words of the capitalised names in the article's opening (for count links);
    `head` and `folded` (fold(head), same offsets) when the caller has them."""
    if head is None or folded is None:
        head = " ".join(text.split(maxsplit=limit_words)[:limit_words])
        folded = fold(head)
    found = set()
    for match in _CAPITALISED.finditer(head):
        for w in re.split(r"[^a-z0-9]+", folded[match.start():match.end()]):
            if len(w) >= 4 and w not in _EXCLUDED:
                found.add(w)
    return sorted(found)


# -- aliases for every article ------------------------------------------------------


def alias_entries(name: str, alias: str) -> list[tuple[str, str, frozenset[str]]]:
    """What one taught pair says to every other article: (key, aliased identity, keys it adds).

    ("Centre hospitalier Sud Francilien", "CHSF"): n:chsf adds the expansion's keys and the
    expansion's name key adds n:chsf. ("hôpital Simone-Veil", "hôpital de Cannes"): the named
    hospital's name key adds the town's weak key q:hospital:cannes (never the other way: a town has
    several establishments). Generic names and acronyms of fewer than three letters teach nothing.
    """
    if generic(name) or generic(alias):
        return []
    town = town_key(alias)
    if town:
        if town_key(name):
            return []
        weak = "q:" + town[2:]
        return [(f"n:{normalise_org(name)}", weak, frozenset({weak}))]
    acronym = fold_words(alias).replace(" ", "")
    if len(acronym) < 3 or " " in alias.strip():
        return []
    short, full = f"n:{acronym}", f"n:{normalise_org(name)}"
    if short == full:
        return []
    return [(short, full, frozenset(name_keys(name))), (full, short, frozenset({short}))]


def alias_map(entries: Iterable[tuple[str, str, Iterable[str]]]) -> dict[str, frozenset[str]]:
    """key -> the keys its aliases add, from (key, aliased identity, added keys) of every article.
    A key taught two different identities (one acronym, two expansions; one name, two towns) is
    ambiguous and adds nothing."""
    identities: dict[str, set[str]] = {}
    added: dict[str, set[str]] = {}
    for key, alias, keys in entries:
        identities.setdefault(key, set()).add(alias)
        added.setdefault(key, set()).update(keys)
    return {k: frozenset(added[k]) for k, ids in identities.items() if len(ids) == 1}
