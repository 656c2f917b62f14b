"""Mentions found by other means than the ruler: the model's ORG/MISC entities, a capitalised name after a cue noun
("la plateforme X"), a styled head ("l'Hôpital jurassien"), lists ("celles des Hauts-de-France, de Normandie",
"aux côtés de X, Y et Z"), groups of establishments, and loose capitalised names."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from healthbreach.textfold import fold
from healthbreach.extract.nlp import org_data
from healthbreach.extract.textspans import doc_text
from healthbreach.extract.namewords import calendar_only, written_alone, key_of, NAME, _STOP_WORDS, _PERSON_TITLE, DEMONYM, _ADJ_SUFFIX, is_place_name, generic_words, _heads_longest_first, org_name_word, breach_lead, breach_noun, _organisation_nouns, apposed_organisation, _acronym_heads, _PEOPLE_ADJ, _lowercase_only, _PLACE_BEFORE, _OF_BEFORE, _PLACE_LEAD
from healthbreach.extract.mentionspan import Mention, make_mention, head_prefix
from healthbreach.extract.acronyms import THINGS_KEY
from healthbreach.extract.namebounds import _DETERMINER, _TRAILING_PARTICIPLE, _TRAILING_CALENDAR, _trim_run, _entity_goes_on, _AND_NAME, _PLURAL_VERB


_GROUP = re.compile(
    r"\b(?:des|les|de|d'|aux|ces|plusieurs|certains|certaines|nombreux|nombreuses|"
    r"(?:une|un)\s+(?:trentaine|dizaine|vingtaine|quinzaine|centaine|cinquantaine)\s+(?:de\s+|d'))\s*"
    r"(?P<g>(?:laboratoires|hopitaux|cliniques|pharmacies|etablissements\s+de\s+sante|etablissements\s+hospitaliers|"
    r"centres\s+hospitaliers|cabinets\s+(?:medicaux|de\s+radiologie|d'imagerie)|centres\s+de\s+sante|"
    r"centres\s+d'imagerie|ehpad|mutuelles|maternites|centres\s+de\s+radiologie)"
    r"(?:\s+(?:de\s+biologie\s+medicale|d'analyses?(?:\s+medicales|\s+de\s+biologie\s+medicale)?|prives|publics|"
    r"francais|de\s+radiologie|medicaux))?)\b")


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
        if calendar_only(text):
            continue  # "Vendredi matin, une attaque ...": the sentence's time, no name
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
        # "L'Ospedale San Vitale, à ...": the elided article is no word of a name its words make an organisation's
        if (elided := _ELIDED_NAME.match(mention.canonical)) and org_name_word(mention.canonical[elided.end() :]):
            mention = make_mention(doc, mention.start + elided.end(), mention.end, mention.canonical[elided.end() :],
                                   key_of(mention.canonical[elided.end() :]), mention.kind)
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


_ELIDED_NAME = re.compile(r"[LlDd]['’](?=[A-ZÀ-ÖØ-Þ])")  # "L'Ospedale ...", "d'Ospedale ...": an elided article before a capital
_ELIDED_WORD = re.compile(r"[LlDdQq]u?['’][a-zà-ÿ]")  # an elided article or "de" before a lower-case word: "L'éditeur", "D'après"


# Before a colon, words saying who was hit: "Une cible :", "Les victimes :", "Établissement visé :"
_HIT_BEFORE_COLON = re.compile(r"(?<![a-z])(?:cibles?|victimes?|(?:touch|vis|cibl|pirat|attaqu|concern|frapp)ee?s?)(?:\s+[\w'-]+){0,3}\s*:$")


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


def body_mention(doc: Doc, name: str) -> Mention | None:
    """The first place the body writes `name` as a name: same case, not merely capitalised by a sentence start; never an
    acronym the body spells out as a thing ("le logiciel de gestion d'officine (LGO)")."""
    if name in doc.user_data.get(THINGS_KEY, ()):
        return None
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", doc_text(doc)):
        before = doc_text(doc)[: m.start()].rstrip()
        if before and before[-1] not in ".!?:\n«\"":
            return make_mention(doc, m.start(), m.end(), name, key_of(name), "name")
    return None


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
