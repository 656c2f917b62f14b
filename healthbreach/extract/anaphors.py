"""Mentions the role reading adds to mentions.py's: a head noun alone ("L'établissement a été touché") or a pronoun
("Elle a été visée") naming a body named before, a generic noun taking up the headline's one organisation, the owner
of what was hit ("les serveurs de X")."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from healthbreach.textfold import fold
from healthbreach.extract.mentions import DEMONYM, PEOPLE_ADJ_AFTER, Mention, capitalised_mentions, head_prefix, overlaps, is_not_org, generic_words, make_mention
from healthbreach.extract.nlp import org_data
from healthbreach.extract.roles import of_place as _establishment_place, is_town, judge_roles
from healthbreach.extract.textspans import doc_folded, doc_text
from healthbreach.extract.organisation import _opens_sentence


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
