"""Where a name ends: its own words going on past the ruler's or the model's span ("la Mutuelle Générale des
Artisans", "l'Hôpital du Jura bernois"), and the sentence's words it must not take ("Medilog Dimanche", "Télédoc piratés")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from healthbreach.textfold import fold
from healthbreach.extract.textspans import doc_text
from healthbreach.extract.namewords import NAME, _CALENDAR, _STOP_WORDS
from healthbreach.extract.mentionspan import Mention


_BRACKET_AFTER = re.compile(r"\s*\([^()]{1,40}\)")  # "Saint-Martin (Pessac), Jean-Villar (Bruges)"


# "X, à Annecy", "X (ACR)", "X, basée à Nantes": a place or a bracket right after a name
_PLACE_AFTER = re.compile(r"(?:\s*,)?\s+(?:(?:basé|situé|implanté|installé)e?s?\s+)?(?:à|au|aux|en)\s+[A-ZÀ-ÖØ-Þ][\w'’]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’]*)*|" + _BRACKET_AFTER.pattern)


_HYPHEN_TAIL = re.compile(r"(?:-(?:et|de|du|des|la|le|les|sur|sous|en|lès|lez|aux?|[ld]['’][A-ZÀ-ÖØ-Þ][\w'’]*|[A-ZÀ-ÖØ-Þ][\w'’]*))+(?![\w-])")


# After a name and its place, the name's own words going on: "Mutuelle générale des Artisans", "GHT Val de Loire Sologne"
# (never a weekday or a month a headline glues on: "le CHU de Nantes Mardi soir")
_GOES_ON = re.compile(r"(?:[ \t]+des[ \t]+|[ \t]+)([A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*)(?![\w'’-])")


# "de Vernay", "du Mans", "de la Loire", "d'Azur": a place after the name ("Pays de la Loire").
_PLACE = re.compile(r"\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|d['’])\s*(?P<place>[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*)")


# Official names of these bodies carry no article: "ARS Hauts-de-France", not "ARS des Hauts-de-France".
_BARE_NAMED = {"ARS"}


def _bare_name(short: str, name: str) -> str:
    """'ARS' + 'des Pays de la Loire' -> 'ARS Pays de la Loire'; 'd'Occitanie' -> 'ARS Occitanie'."""
    name = re.sub(r"^(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])", "", " ".join(name.split()))
    return f"{short} {name}"


_DETERMINER = re.compile(r"^(?:[Ll]['’]|[Ll]a\s+|[Ll]e\s+|[Ll]es\s+|[Dd]u\s+|[Dd]es\s+)")


_DASH_ACRONYM = re.compile(r"[ \t]+[–—-][ \t]+([A-ZÀ-ÖØ-Þ]{2,8})(?![\w'’&.-])(?![ \t]+(?:de|du|des|d['’]|[A-ZÀ-ÖØ-Þ0-9]))(?![ \t]*(?:\n|$))")


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


def _trim_run(name: str) -> str:
    """A capitalised run less the weekdays, months and function words it ends on ("Medilog Dimanche", "Medilog Selon")."""
    words = name.split(" ")
    while len(words) > 1 and (fold(words[-1]) in _CALENDAR or fold(words[-1]) in _STOP_WORDS
                              or fold(words[-1]) in {"le", "la", "les", "un", "une", "et", "ou", "selon", "mais", "pour", "depuis", "apres"}):
        words = words[:-1]
    return " ".join(words)


_AND_NAME = re.compile(r"[^\S\n]+(?:et|&)[^\S\n]+((?:" + NAME + r")(?:[^\S\n]+(?:(?:des|de|du|d'|&)[^\S\n]*)?(?:" + NAME + r")){0,3})(?![\w'’-])")


_PLURAL_VERB = re.compile(r"\s*(?:,\s*)?(?:ont|sont|étaient|avaient|seront|seraient|auraient|font|restent|affirment|indiquent|précisent)\b")


def _gap_end(doc: Doc, mention: Mention) -> int:
    """Where the words about `mention` end: past a place ("à Annecy") or a bracket, or both ("X (ACR), basée à Nantes")."""
    end = mention.end
    for _ in range(2):
        if not (place := _PLACE_AFTER.match(doc_text(doc), end)):
            break
        end = place.end()
    return end
