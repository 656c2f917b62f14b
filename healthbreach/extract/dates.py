"""Dates of an article: when it was published, when the breach happened, when it was made public.

The publication date comes from the page metadata, else from a "Publié le"
line or a dateline at the top of the text. Incident and disclosure dates are
date expressions (frdates.py) attached to the nearest cue word in their
sentence (data/dates.json): "survenue mardi" is an incident date, "a annoncé
jeudi" a disclosure date, "a porté plainte le 15" neither.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from collections.abc import Iterator
from typing import TYPE_CHECKING

from healthbreach.textfold import fold

from .evidence import Fact
from .rules import RuleSet
from .rxscan import finditer
from .frdates import DateExpr, Resolved, day_value, find_dates, months_before, resolve, resolve_anchored, since_days, since_in_months
from .textspans import HEADER_ZONE, Segment, body_segments, doc_text, ends_article, is_prose, load_rules, segments

if TYPE_CHECKING:  # pagedate reads bylines at crawl time without loading spaCy
    from spacy.tokens import Doc

MAX_CUE_DISTANCE = 90  # characters; farther than this a cue speaks of something else
DATED_FRAGMENT = 40  # characters: "Mardi 7 mars, 6 h 30." opening a lead is a date, not a sentence
LONG_SEGMENT = 150  # the first segment this long is body text: datelines come before it
VERB_REACH = 25  # characters between a verb cue and the noun cue it governs
MIN_SCORE = 1.0  # a weak cue far away, or a context sentence about other attacks, is not enough
BYLINE_CHARS = 120  # a "Publié le ..." line or a byline is short
BEGAN_MARGIN = 1.5  # a breach date this much weaker than the detection date beside it still says when it began
BEGAN_DAYS = 92  # farther before the detection, an earlier date is another story
SINCE_STRENGTH = 2  # "dix jours après l'attaque" dates the attack at its month, as a noun cue would
CLAUSE_PENALTY = 40  # characters added to a cue's distance past the comma closing the date's clause

# At most a few words ("dans la nuit du", "c'est ce") between a clause's start and a fronted date,
# and a comma within a few words after it ("vers 19 heures,", "aux alentours de 4 heures,").
_FRONT = re.compile(r"(?:^|\bque\b|\bqu'|[;:«\"])[\s,\"-]*(?:[a-z']+\s+){0,4}$")  # « folds to "
_FRONT_CLOSE = re.compile(r"[^,.;:]{0,40},")
# "Il était un peu plus de 2 heures, dans la nuit du 3 au 4 juillet, quand ...": a time told before the date
# "À l'hôpital de Dax, lundi matin, ...", "Au CHU de Liège, dans la nuit de dimanche à lundi, ...": a place told first
_LEAD_OPENING = re.compile(r"[\s,-]*(?:(?:a|au|aux|chez) [^,.;:]{1,60},\s*)?(?:il (?:etait|est) [^,.;:]{1,40},\s*)?"
                           r"(?:c'est |des |depuis |dans |au cours de |durant |pendant )?"
                           r"(?:(?:la|cette|l') ?(?:(?:nuit|matinee|soiree|apres-midi|journee)(?: d[eu] | d'| ))?)?(?:le |ce )?")
_YEAR = re.compile(r"(?<![\d,.])((?:19|20)\d\d)(?![\d,.]\d|\d)")
# A date announced as coming: it bounds nothing about when the story was written.
_FUTURE = re.compile(r"(?<![a-z])(?:jusqu'au|jusqu'a|d'ici|avant le|a partir du|des le|prevue? (?:le|pour)|sera|seront|"
                     r"aura|auront|devra|devront|doit|doivent|expire|echeance|date limite|"
                     # a verb in the future tense: "qui rendra son avis en 2025", "publieront", "remettra"
                     r"[a-z]{2,}(?:era|eront|ira|iront|dra|dront|ttra|ttront|vra|vront))(?![a-z])[^.;]*$")
_COMING = re.compile(r"\s*(?:prochaine?|a venir)\b")
# A date of something still to come ("les données seront publiées le 26 mai", "un ultimatum fixé au 3 juin"):
# never when the breach happened, even though a yearless date resolves to the past.
_TO_COME = re.compile(r"(?<![a-z])(?:sera|seront|aura|auront|devra|devront|d'ici|date limite|echeance|ultimatum|"
                      r"prevue? (?:le|pour)|menacen?t? de|menacaient de|menacait de|"
                      # a verb in the future tense ("les urgences rouvriront lundi", "reprendra ses consultations mardi")
                      r"[a-z]{3,}(?:eront|iront|dront|ttront|vront|rira|ndra|udra|urra|ttra|rera|nera|lera|tera))(?![a-z])[^.;,]*$")
# "la fuite de données de la mutuelle, révélée le 10 juin": the noun's complement (a few words) comes first
_UNTIL = re.compile(r"(?<![a-z])jusqu'(?:au|a|en|aux)\s*$")
_REVEALED_GAP = re.compile(r"(?:\s+de donnees)?(?:\s+(?:de la|de l'|du|des|de|d'|chez|a l'|au|aux|contre(?: la| le| l'| les)?)\s*[a-z'-]+(?: [a-z'-]+){0,3}?)?(?:\s*,\s*|\s+(?:(?:a|avait|aurait|ont|avaient) ete |(?:est|sont|etait|etaient) )?)")
# "révélée", "rendue publique": the participle ("révèle dimanche le journal", "a appris France Bleu" are someone's statement)
_PARTICIPLE = re.compile(r"\w*(?:é|ée|és|ées)\b|rendue?s?\b", re.IGNORECASE)
# What a lead telling an attack's first moments speaks of, when no cue word is in it.
_LEAD_TOPIC = re.compile(r"(?<![a-z])(?:ecrans?|rancon|informatiques?|serveurs?|systemes?|logiciels?|ordinateurs?|reseaux?|"
                         r"donnees|messageries?|courriels?|e-?mails?|pieces? jointes?|fichiers?|pirates?|hackers?|cybercriminels?)(?![a-z])")
_QUE = re.compile(r"\bque\b|\bqu'")
OWN_REACH = 12  # characters between a verb cue and the date that is its own
_OWN_GAP = re.compile(r"[\s,]*(?:(?:le|la|les|en|au|a|des|du|l')\s*)*")
# "12 mars 2023 à 10h05 par Jeanne Martin": the author after the date and its time
_BY_TAIL = re.compile(r"\s+par\s+[a-z][a-z.'-]*(?:\s+[a-z][a-z.'-]*){0,3}(?:\s*\((?:avec\s+)?[a-z]+\))?\s*$")
_UPDATE_TAIL = re.compile(r"[|,\s-]*(?:mis a jour|mise a jour|maj|modifie|actualise)\b.*$")
SIGNATURE_WORDS = 6  # an author's or an outlet's name before the date on a signature line
_SIGNATURE_END = re.compile(r"(?:[\s,|:·-]|\ble\b)*$")
# A photo caption or credit ("Photo d'illustration, 12/05/2019", "Archives 2019"): the picture's date
_CAPTION = re.compile(r"(?<![a-z])(?:photos?|illustrations?|archives?|images?|videos?|credits?|captures?|infographies?|legende)(?![a-z])")
_NOT_SIGNATURE_END = frozenset("du de d' des au aux en depuis des jusqu'au avant apres entre vers sur pour dans contre".split())
# An agency dateline opening the first paragraph: "Rennes, 5 mars 2023 (AFP) - ", "Rennes (AFP) 5 mars 2023 - ",
# "Bruxelles, 5 mars 2023 (Belga) - ", "05/03/2023 - ": a place of up to four words and an agency, or nothing.
_LEAD_DATELINE = re.compile(r"^(?:[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,3}(?:\s*\([^)]{1,30}\))?(?:\s*,\s*|\s*-\s*|\s+)(?:le\s+)?)?$")
_NOT_PLACE = re.compile(r"(?<![a-z])(?:depuis|des|du|au|jusqu'au|avant|apres|entre|vers|dans|nuit|soir|matin|en)(?![a-z])")
_AFTER_DATELINE = re.compile(r"^\s*(?:\([^)]{1,40}\))?\s*-")


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    kind: str  # incident | disclosure | other
    strength: int
    noun: bool = False  # "la fuite": the date may belong to the verb governing it
    forward: bool = False  # "a revendiqué l'attaque vendredi": only a date after it is its own
    detection: bool = False  # "détectée", "a constaté": when the breach was found, not when it began
    near: bool = False  # "a porté plainte": days after the breach, so in its year when no publication day says otherwise


RULES = "rules/dates.json"
UNATTACHED = "unattached"  # a date no cue word claims
STILL = "still"  # "toujours en mode dégradé": a date of it is the breach's only after "depuis"
_SINCE = re.compile(r"(?<![a-z])depuis\s+(?:le\s+|la\s+|l'|ce\s+|cette\s+)?(?:(?:nuit|matinee|soiree|journee)\s+(?:du\s+|de\s+|d'))?$")


@lru_cache(maxsize=1)
def _cue_rules() -> list[tuple[re.Pattern[str], str, int, bool, bool, bool, bool]]:
    """The 'date_cue.*' rules of the rule grammar, in file order (it breaks ties between overlapping cues)."""
    return [(re.compile(r.pattern), r.label, int(r.weight), bool(r.extra.get("noun")), bool(r.extra.get("forward")),
             bool(r.extra.get("detection")), bool(r.extra.get("near")))
            for r in RuleSet.load(RULES).rules if r.id.startswith("date_cue.")]


@lru_cache(maxsize=1)
def _misc() -> dict[str, re.Pattern[str]]:
    by_label: dict[str, list[str]] = {}
    for r in RuleSet.load(RULES).rules:
        by_label.setdefault(r.label, []).append(r.pattern)
    alt = lambda xs: "|".join(f"(?:{x})" for x in xs)  # noqa: E731
    return {
        "published": re.compile(rf"(?:{alt(by_label['published'])})\s*$"),
        "updated": re.compile(rf"(?:{alt(by_label['updated'])})\s*$"),
        "past": re.compile(alt(by_label["background"])),
        "past_clause": re.compile(alt(by_label["background_clause"])),
        "dateline_noise": re.compile(r"t?\d{1,2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}|z)?|\d{1,2}\s*[h:]\s*\d{0,2}|\b(?:le|a|mis|publie|par|afp|maj|et|-)\b|[\s\-|,:()]"),
    }


def _cues(folded: str) -> list[Cue]:
    found = [Cue(m.start(), m.end(), kind, strength, noun, forward, detection, near)
             for pattern, kind, strength, noun, forward, detection, near in _cue_rules() for m in finditer(pattern, folded)]
    kept: list[Cue] = []
    for cue in sorted(found, key=lambda c: -(c.end - c.start)):  # "a pu constater" beats "constate"
        if all(cue.end <= k.start or cue.start >= k.end for k in kept):
            kept.append(cue)
    return kept


_WORD_END = re.compile(r"[a-z]*")


def _word_end(folded: str, cue: Cue) -> int:
    """Where the word a cue is read from ends: "detect" of "détectée", "remonte" of "remontent"."""
    return _WORD_END.match(folded, cue.end).end() if cue.end > cue.start and folded[cue.end - 1 : cue.end].isalpha() else cue.end


def _owns(folded: str, cue: Cue, expr: DateExpr) -> bool:
    """A verb cue directly followed by the date ("survenue le 8 mars", "détectée le 8 mars", "remontent au 5"): its own."""
    end = _word_end(folded, cue)
    return not cue.noun and end <= expr.start and expr.start - end <= OWN_REACH and bool(_OWN_GAP.fullmatch(folded, end, expr.start))


def _attached(expr: DateExpr, cues: list[Cue], folded: str = "", fronted: bool = False,
              owned: frozenset[int] = frozenset()) -> tuple[Cue, float] | None:
    """The cue a date belongs to: the nearest, a cue after the date counting a bit farther.

    A date fronted before the subject ("En mars dernier, la clinique X a été paralysée",
    "... a indiqué que, la veille, ses équipes avaient détecté ...") belongs to the verb
    that follows, however long the subject: after it, distances count half. Otherwise a
    comma after the date closes its clause ("qui avait attaqué l'hôpital le 21 août, a
    mis en ligne dimanche ..."): a cue beyond it counts much farther; so does a cue
    before the date across a "que" (the date is the subordinate clause's). A cue whose
    own date follows it ("survenue au cours des derniers mois") takes no date before
    it (`owned`: those cues' starts).
    """
    best: tuple[Cue, float] | None = None
    # "l'attaque avait commencé dès le 8 mars selon les enquêteurs": a verb directly followed by the date owns it
    # (a cue just after the date, "selon", speaks of something else)
    owner = [c for c in cues if _owns(folded, c, expr)]
    if owner:
        cue = max(owner, key=lambda c: c.end)
        best = (cue, float(expr.start - cue.end))
    if fronted and not owner:
        # "Après l'attaque informatique de la semaine dernière, le CHU reprend pied": the fronted phrase is the
        # breach noun's with its date as complement; the verb after it is not what the date tells
        own = [c for c in cues if c.noun and c.kind == "incident" and c.end <= expr.start
               and _NOUN_COMPLEMENT.fullmatch(folded, c.end, expr.start)
               and (not _NOUN_COMPLEMENT_BARE.fullmatch(folded, c.end, expr.start) or folded.startswith(("de ", "d'", "du "), expr.start))]
        if own:
            cue = max(own, key=lambda c: c.end)
            return cue, float(expr.start - cue.end)
    # "Dimanche, alors que l'officine était fermée, des individus ont forcé la porte": the subordinate
    # clause after a fronted date is not the clause it dates
    aside = _ASIDE.match(folded, expr.end) if fronted else None
    # a finite verb no cue claims right before the date ("a reçu mardi"), not a relative clause's ("qui a démarré le
    # 3 mars"): cues before it across a comma date nothing here
    verb = _VERB_BEFORE.search(folded, max(0, expr.start - VERB_REACH), expr.start)
    if verb is not None and any(c.start < verb.end() and c.end > verb.start() for c in cues):
        verb = None
    # "Le 3 juin, LockBit a revendiqué l'attaque menée contre la clinique": a fronted date is its main verb's, the
    # first cue after it, even one that otherwise takes only a date written after it
    # "Le 12 novembre, l'hôpital piraté a déposé plainte": a participle qualifying the subject of the fronted date's
    # verb tells no date of its own
    epithet = {c.start for c in cues if fronted and not c.noun and c.start >= expr.end
               and _SUBJECT_HEAD.fullmatch(folded, expr.end, c.start) and _FINITE_AFTER.match(folded, _word_end(folded, c))}
    main = min((c for c in cues if c.start >= expr.end and not (aside and c.start < aside.end()) and c.start not in epithet
                and not _in_relative(folded[expr.end : c.start])),
               key=lambda c: c.start, default=None) if fronted else None
    for cue in [] if owner else cues:
        if aside and expr.end <= cue.start < aside.end():
            continue
        if cue.start in epithet:
            continue
        if cue.end <= expr.start:
            dist = expr.start - cue.end
            if verb is not None and cue.end <= verb.start() and "," in folded[cue.end : verb.start()]:
                continue  # "Le CHU, paralysé par une cyberattaque, a reçu mardi la visite du ministre": the verb's date
            if _QUE.search(folded[cue.end : expr.start]) or ":" in folded[cue.end : expr.start]:
                dist += CLAUSE_PENALTY  # "a confirmé dans un communiqué : « Jeudi matin, nos équipes ont détecté ... »"
        elif cue.start >= expr.end and (not cue.forward or cue is main) and cue.start not in owned:
            gap = folded[expr.end : cue.start]
            if fronted and cue is not main and _in_relative(gap):
                continue  # "Depuis le 23 septembre, le groupe qui a attaqué l'hôpital le 21 août diffuse ...": the relative's verb
            if cue.noun and _COMPLEMENT.fullmatch(gap):
                continue  # "a informé ses patients ce mercredi d'une intrusion": the noun completes the verb before the date
            if fronted:  # "Depuis mardi, le serveur, qui contient ..., est inaccessible": the relative clause is no distance
                gap = _RELATIVE.sub(",", _LONG_RELATIVE.sub(",", folded[aside.end() : cue.start] if aside else gap))
            dist = len(gap) * (0.5 if fronted else 1.3) + 3
            if not fronted and "," in gap:
                dist += CLAUSE_PENALTY
        else:
            continue
        if dist <= MAX_CUE_DISTANCE and (best is None or dist < best[1]):
            best = (cue, dist)
    if best and best[0].noun and not (best[0].end <= expr.start and _NOUN_DATE.match(folded, best[0].end, expr.start + 4)):
        # "informée de l'incident le 14": the verb before the noun says what the date is (not
        # "a porté plainte après l'attaque du 3 mars": the noun's own date).
        verbs = [c for c in cues if not c.noun and 0 <= best[0].start - c.end <= VERB_REACH]
        if verbs:
            verb = max(verbs, key=lambda c: c.end)
            return (verb, best[1]) if verb.kind != "incident" else best
    if best and best[0].kind == "disclosure" and best[0].end <= expr.start:
        # "a repéré la faille et alerté le centre le 14 octobre": participles sharing one
        # auxiliary share the date; the breach verb's reading wins over the warning's.
        shared = [c for c in cues if c.kind == "incident" and not c.noun and 0 <= best[0].start - c.end <= COORD_REACH
                  and _COORD.search(folded, c.end, best[0].start) and _same_clause(folded, c.end, best[0].start)]
        if shared:
            return max(shared, key=lambda c: c.end), best[1]
    return best


_SUBJECT_HEAD = re.compile(r"\s*,\s*(?:l'|la |le |les |ce |cet |cette |ces |son |sa |ses |leur |leurs )[a-z-]+(?: [a-z-]+)?\s+")
_FINITE_AFTER = re.compile(r"\s+(?:a|ont|avait|avaient|est|sont)\s+(?!ete\s+(?:pirate|attaque|vise|touche|cible|frappe|victime))[a-z]")
_VERB_BEFORE = re.compile(r"(?<![a-z'])(?<!qui )(?:a|ont|avait|avaient|aura|auront)\s+(?!ete(?![a-z]))[a-z]{3,}(?:\s+(?:le|la|les|en|au|des|du|l'|ce|dans))*\s*$")
_COMPLEMENT = re.compile(r"\s*(?:d'une?|de l'|de la|du|des)\s*")
# A breach noun and its date as complement, one word between at most: "l'attaque informatique de lundi", "la
# cyberattaque du 3 mars", "la fuite de données de février" (the date may itself open on "de": "de février")
_NOUN_COMPLEMENT = re.compile(r"(?:\s+(?:de donnees|[a-z]+))?\s+(?:(?:du|de|d')\s*)?")
_NOUN_COMPLEMENT_BARE = re.compile(r"(?:\s+(?:de donnees|(?!(?:du|de|d)(?![a-z]))[a-z]+))?\s+")
# (and an apposition counting from the date: "Le 5 mars, soit deux semaines avant l'annonce, les pirates ...")
_ASIDE = re.compile(r"\s*,\s*(?:(?:alors\s+qu|tandis\s+qu|pendant\s+qu|lorsqu|quand|comme|bien\s+qu|avant\s+qu|apres\s+qu|des\s+qu|puisqu|"
                    r"parce\s+qu|si\s+bien\s+qu)(?:e(?![a-z])|')|(?:soit|c'est-a-dire)\s)[^,.;:]*,")
# A relative clause still open between a fronted date and a cue: the cue is the relative's verb, not the date's
_OPEN_RELATIVE = re.compile(r"(?<![a-z'])(?:qui|dont|lequel|laquelle|lesquels|lesquelles)(?![a-z])[^,;:]*$")
_CLEFT_SUBJECT = re.compile(r"(?<![a-z])(?:c'(?:est|etait|etaient|fut)|ce sont|ce (?:seraient|serait))(?![a-z])")


def _in_relative(gap: str) -> bool:
    """The text between a fronted date and a cue leaves a relative clause open ("..., le groupe qui a attaqué"), not
    a cleft's ("Jeudi, c'est une technicienne qui a constaté ...": the cleft's verb is the date's)."""
    gap = _RELATIVE.sub(",", gap)
    m = _OPEN_RELATIVE.search(gap)
    return bool(m) and not _CLEFT_SUBJECT.search(gap, 0, m.start())


_RELATIVE = re.compile(r",\s*(?:qui|que|qu'|dont|ou|lequel|laquelle|lesquels|lesquelles)(?![a-z])[^,.;:]*,")
# (and one holding commas of its own, "..., qui accueille des patients en urgences, en maternité et en chirurgie, a vu ses
# serveurs chiffrés": up to the last comma, when the subject's finite verb follows it)
_LONG_RELATIVE = re.compile(r",\s*(?:qui|dont|ou)(?![a-z])[^.;:]*,(?=\s*(?:a|ont|est|sont|avait|avaient|aurait|auraient|etait|etaient)\s+[a-z][^,.;:]*$)")
COORD_REACH = 60  # characters between a breach participle and the warning participle coordinated with it
_COORD = re.compile(r"\bet $")
_NOUN_DATE = re.compile(r"\s{0,3}(?:du |de |d'|des )")


def _owned(exprs: list[DateExpr], cues: list[Cue], folded: str) -> frozenset[int]:
    """Cues directly followed by a date of their own ("survenue au cours des derniers mois")."""
    return frozenset(c.start for c in cues if any(_owns(folded, c, e) for e in exprs))


_CLAUSE_BREAK = re.compile(r"[;:.!?()\[\],«»\"]|\s-\s|(?<![a-z])(?:mais|tandis|alors que|car|puis|apres|avant)(?![a-z])")


def _same_clause(folded: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return not _CLAUSE_BREAK.search(folded, lo, hi)


def _fronted(folded: str, expr: DateExpr) -> bool:
    """ "En mars dernier, ...", "Dans la nuit du 3 au 4 mars, ...", "Vendredi 15 mars vers 19 heures, ...",
    "... a indiqué que, la veille, ...": the date opens its clause and a comma closes it; or a cleft
    ("C'est le mardi 5 mars que le service a détecté ...", "C'était dans la nuit de dimanche qu'..."): the
    date is the following verb's, however long its subject."""
    if _CLEFT_OPEN.search(folded, 0, expr.start) and _CLEFT_CLOSE.match(folded, expr.end):
        return True
    front = _FRONT.search(folded[: expr.start])
    if front and _FRONT_VERB.search(front.group()):
        return False  # "La Cnil a infligé mardi une amende à la clinique, victime ...": the date follows its verb
    return bool(front) and bool(_FRONT_CLOSE.match(folded[expr.end :]))


# An auxiliary among the few words before a date: the date comes after its verb, it opens no clause.
# ("À la mi-février, ...", "à partir de lundi, ...": "a" is the preposition there)
_FRONT_VERB = re.compile(r"(?<![a-z'])(?:a(?!\s+(?:la|le|les|l'|un|une|ce|cet|cette|ces|son|sa|ses|leur|partir|compter|peine|mi|midi|minuit|\d)(?![a-z]))|"
                         r"ont|avait|avaient|aurait|auraient|est|sont|etait|etaient|sera|seront)\s+[a-z]")


_CLEFT_OPEN = re.compile(r"(?:^|[\s,;:(\"-])c'(?:est|etait|etaient|fut)\s+(?:(?:dans|pendant|durant|au cours de)\s+(?:la|cette)\s+"
                         r"(?:nuit|matinee|soiree|journee|apres-midi)(?:\s+d[eu]|\s+d')?\s*|(?:le|en|au|a|des|vers|lors du|dans)\s+)?$")
_CLEFT_CLOSE = re.compile(r"(?:\s+(?:au|dans la|en)\s+(?:matin|soir|soiree|matinee|nuit|fin de journee|debut de soiree))?\s*,?\s*(?:que(?![a-z])|qu')")


@dataclass(frozen=True)
class _Candidate:
    resolved: Resolved
    expr: DateExpr
    segment: Segment
    score: float
    cue: Cue | None = None  # with offsets in the segment


TITLE_KEY = "healthbreach_title_doc"  # the page's headline when it is no line of the text (find_incident_date)


def _dated_segments(doc: Doc) -> Iterator[tuple[Doc, Segment]]:
    """The body segments the story's year is read from, with the Doc each belongs to: the page's headline
    too when the text does not hold it ("Cyberattaque de février 2024 : ..." above a text that says "le 12 février")."""
    yield from ((doc, seg) for seg in body_segments(doc))
    title = doc.user_data.get(TITLE_KEY)
    if title is not None:
        yield from ((title, seg) for seg in body_segments(title))


def _year_anchor(doc: Doc) -> dt.date | None:
    """Without a publication date, the year a yearless date ("l'attaque de février", "le 21 août") is read in.

    The latest day or month written with its year (D) bounds the publication from below; a yearless
    date that falls on or before D in D's year is then taken in D's year. That holds unless the story
    was written more than a year after D, so it is only done when no later year is written anywhere
    in the article, D is a date of the breach, of its disclosure or of a complaint (not of a trial, a founding) and
    D is not announced as coming ("sera publié le ...", "d'ici le ...").
    """
    cached = doc.user_data.get("healthbreach_year_anchor", False)
    if cached is not False:
        return cached
    latest: dt.date | None = None
    after: set[dt.date] = set()  # days of a disclosure or a complaint, which come after the breach
    years: set[int] = set()
    for sdoc, seg in _dated_segments(doc):
        years.update(int(y) for y in _YEAR.findall(seg.folded))
        exprs, cues = _segment_dates(sdoc, seg)
        for expr in exprs:
            if expr.kind not in ("iso", "numeric", "full", "month") or "year" not in expr.parts or expr.multi:
                continue
            if _FUTURE.search(seg.folded[max(0, expr.start - 30) : expr.start]) or _COMING.match(seg.folded[expr.end :]):
                continue
            hit = _attached(expr, cues, seg.folded, _fronted(seg.folded, expr))
            if not hit or not (hit[0].kind in ("incident", "disclosure", STILL) or hit[0].near):
                continue  # a trial's or a founding's date says nothing of the breach's year (a complaint's or a lasting outage's does)
            res = resolve(expr, None)
            if res is None or res.qualifier not in ("day", "month"):
                continue
            day = dt.date.fromisoformat(res.value) if res.qualifier == "day" else _month_end(res.value)
            if res.qualifier == "day" and hit[0].kind != "incident":
                after.add(day)
            latest = max(latest, day) if latest else day
    anchor = latest if latest and all(y <= latest.year for y in years) else None
    doc.user_data["healthbreach_year_anchor"] = anchor
    doc.user_data["healthbreach_anchor_day"] = anchor if anchor in after else None
    return anchor


def _anchor_day(doc: Doc) -> dt.date | None:
    """The year anchor (_year_anchor) when it is the day of a disclosure or of a complaint: the breach came
    before it, and a bare weekday of the story ("victime mardi") is within the week before the day the story
    was written, which is on or after it; so the weekday is the last one on or before that day."""
    _year_anchor(doc)
    return doc.user_data["healthbreach_anchor_day"]


# What a weekday or a bare day of the month is read against when no publication day is known: the latest
# day the story dates, when a disclosure or a complaint claims it ("a indiqué la direction le lundi 18 novembre
# 2019. L'attaque s'est produite dans la nuit de vendredi à samedi"); a bare day only in that day's month.
_ON_ANCHOR_DAY = ("weekday", "wdday", "dayonly")


def _before_anchor_day(expr: DateExpr, day: dt.date | None) -> Resolved | None:
    if day is None or not (expr.kind in _ON_ANCHOR_DAY or (expr.kind == "relweek" and "wkend" in expr.parts)):
        return None  # ("le week-end": the last one before that day, as a weekday is)
    res = resolve(expr, day)
    if res is None or (res.qualifier != "day" and expr.kind != "relweek") or (expr.kind == "dayonly" and res.value[:7] != day.isoformat()[:7]):
        return None
    return res


def _story_year(doc: Doc) -> int | None:
    """Without a publication date, the year the story's yearless days and months are read in when no
    dated day or month bounds them (_year_anchor): the year of a date of the breach, of its disclosure or
    of a complaint ("la cyberattaque de 2022 a commencé le 14 octobre", "en 2023, l'hôpital a porté
    plainte", "depuis début 2023, ...", any year of the headline), when no later year is written anywhere in
    the article and the date is not an earlier attack recalled ("déjà victime en 2021") nor one to come.
    A year gives no day: "le 3 juin" and "en octobre" are read in it, not "lundi" or "le 3"."""
    cached = doc.user_data.get("healthbreach_story_year", False)
    if cached is not False:
        return cached
    found: set[int] = set()
    years: set[int] = set()
    first = True
    for sdoc, seg in _dated_segments(doc):
        # the headline's year dates the story, whatever word it goes with ("CHU de Rouen, novembre 2019 : ...")
        headline = (sdoc is not doc or first) and not _is_prose(seg)
        first = False
        years.update(int(y) for y in _YEAR.findall(seg.folded))
        exprs, cues = _segment_dates(sdoc, seg)
        if not exprs or _misc()["past"].search(seg.folded) or _names_another(sdoc, seg) or _tells_before(sdoc, seg):
            continue
        past_clause = [m.start() for m in _misc()["past_clause"].finditer(seg.folded)]
        counted_after = -1  # where "deux semaines après avoir été piratée," ends, when no date came before it
        for expr in exprs:
            if "year" not in expr.parts:
                continue
            if _FUTURE.search(seg.folded[max(0, expr.start - 30) : expr.start]) or _COMING.match(seg.folded[expr.end :]):
                continue
            hit = _attached(expr, cues, seg.folded, _fronted(seg.folded, expr))
            if not headline and (not hit or not (hit[0].kind in ("incident", "disclosure", STILL) or hit[0].near)):
                continue
            if any(_same_clause(seg.folded, at, expr.start) or (hit and _same_clause(seg.folded, at, hit[0].start))
                   for at in past_clause):
                continue
            res = resolve(expr, None)
            if res is not None:
                found.add(int(res.value[:4]))
    year = max(found) if found and all(y <= max(found) for y in years) else None
    doc.user_data["healthbreach_story_year"] = year
    return year


def _in_story_year(expr: DateExpr, year: int | None) -> Resolved | None:
    """A yearless day or month ("le 14 octobre", "en octobre", "lundi 5 juin" when 5 June of that year
    is a Monday) read in the story's year (_story_year); "octobre dernier" counts from a day we lack."""
    if year is None or expr.kind not in ("full", "month", "monthspan") or "year" in expr.parts or "last" in expr.parts:
        return None
    if expr.kind == "full" and "wd" in expr.parts and not expr.multi:
        month = load_rules("dates.json")["months"][expr.parts["month"]]
        try:
            day = dt.date(year, month, int(expr.parts["day"]))
        except ValueError:
            return None
        if day.weekday() != load_rules("dates.json")["weekdays"][expr.parts["wd"]]:
            return None
    res = resolve(expr, dt.date(year, 12, 31))
    return res if res and res.value[:4] == f"{year:04d}" else None


def _month_end(value: str) -> dt.date:
    y, m = int(value[:4]), int(value[5:7])
    return dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)


def _in_anchor_year(expr: DateExpr, anchor: dt.date | None) -> Resolved | None:
    """A yearless day or month read in the year of `anchor` (_year_anchor), if it falls on or before it, or in
    the year before when it falls within BEGAN_DAYS before it; a day with its weekday in whichever of that year
    and the one before the weekday fits."""
    if anchor is None or expr.kind not in ("full", "month") or "year" in expr.parts:
        return None
    if expr.kind == "full" and "wd" in expr.parts and not expr.multi:
        # "dimanche 5 novembre" before "le 22 mars 2024": the weekday says which of the two years
        month = load_rules("dates.json")["months"][expr.parts["month"]]
        weekday = load_rules("dates.json")["weekdays"][expr.parts["wd"]]
        fits = []
        for year in (anchor.year, anchor.year - 1):
            try:
                day = dt.date(year, month, int(expr.parts["day"]))
            except ValueError:
                continue
            if day <= anchor and day.weekday() == weekday:
                fits.append(day)
        return Resolved(fits[0].isoformat(), "day") if len(fits) == 1 else None
    res = resolve(expr, anchor)
    if res and res.value[:4] == f"{anchor.year - 1:04d}" and res.qualifier in ("day", "month"):
        # "attaqué le 28 décembre" before "a porté plainte le 3 janvier 2025": the weeks just before the
        # anchor, across the new year (not "le 28 mars" eleven months before it)
        last = dt.date.fromisoformat(res.value) if res.qualifier == "day" else _month_end(res.value)
        return res if (anchor - last).days <= BEGAN_DAYS else None
    return res if res and res.value[:4] == f"{anchor.year:04d}" else None


def _segment_dates(doc: Doc, seg: Segment) -> tuple[list[DateExpr], list[Cue]]:
    """A body segment's dates and cues, found once per Doc: the year anchor (_year_anchor) and the
    candidates (_all_candidates) read the same segments (the lists are shared, never changed)."""
    cache = doc.user_data.setdefault("healthbreach_segment_dates", {})
    if seg.start not in cache:
        exprs = find_dates(seg.folded)
        cache[seg.start] = (exprs, _cues(seg.folded) if exprs else [])
    return cache[seg.start]


# An organisation named by its kind and its place ("le CHU de Rennes", "celui de Dax", "l'hôpital Simone-Veil de Cannes",
# "l'hôpital Morvan de Brest": a patron of one word too), and a pluperfect
# telling an attack: a sentence doing both about a place the lead never names recalls another story.
_ORG_AT = re.compile(r"(?:h[oô]pital|h[oô]pitaux|hospitalier|hospitaliers|CHU|CHR|CHRU|CH|GHT|GHU|cliniques?|polyclinique|"
                     r"laboratoires?|mutuelle|Ehpad|EHPAD|celui|celle|ceux|celles)\s+(?:universitaire\s+)?(?:[A-ZÉÈ][\w'’]*(?:-[A-ZÉÈ][\w'’]*)*\s+)?"
                     r"(?:de|du|des|d['’])\s*"
                     r"(?:la\s+|l['’])?(?P<name>[A-ZÉÈÊÂÎÔ][\w'’-]+)")
_PLUPERFECT = re.compile(r"(?<![a-z])(?:avait|avaient)(?: [a-z]+){0,2} (?:ete|subi|connu|essuye|frappe|vise|paralyse|touche|"
                         r"cible|attaque|pirate|decouvert|detecte|constate|repere|perturbe|bloque|chiffre|desorganise|vu)(?![a-z])")


def _lead_folded(doc: Doc) -> str:
    """The page's text down to the end of the lead's first sentence (headline and header lines included), or
    of the next sentence of its paragraph when the first is a hook telling no attack ("L'enquête est close et le
    bilan est lourd. Le groupe a confirmé que trois de ses cliniques avaient été victimes ...")."""
    lead = doc.user_data.get("healthbreach_lead_folded")
    if lead is None:
        segs = list(body_segments(doc))
        at = next((i for i, s in enumerate(segs) if _is_prose(s)), None)
        end = segs[at].end if at is not None else 0
        if at is not None and at + 1 < len(segs) and not _speaks_of_attack(segs[at].folded) \
                and "\n" not in doc_text(doc)[segs[at].end : segs[at + 1].start]:
            end = segs[at + 1].end
        lead = doc.user_data["healthbreach_lead_folded"] = fold(doc_text(doc)[:end])
    return lead


def _names_another(doc: Doc, seg: Segment) -> bool:
    """ "En 2022, l'hôpital de Corbeil-Essonnes avait été la cible de LockBit", in a story whose headline
    and lead name another place: an earlier attack on someone else, recalled."""
    if not _PLUPERFECT.search(seg.folded):
        return False
    lead = _lead_folded(doc)
    if seg.end <= len(lead):
        return False  # the lead itself
    return any(fold(m["name"]) not in lead for m in _ORG_AT.finditer(seg.text))


def pluperfect_attack(folded: str) -> bool:
    """An attack told in the pluperfect ("avait été paralysé", "avaient déjà perturbé"): relevance.py reads it too."""
    return bool(_PLUPERFECT.search(folded))


def years_named(folded: str) -> set[str]:
    """The years a folded text writes ("en 2021 ... en 2022"): relevance.py reads a list of them as a recall."""
    return set(_YEAR.findall(folded))


def names_only_others(text: str, lead_folded: str) -> bool:
    """The sentence names organisations by their kind and place ("le CH de Dax", "celui de Corbeil") and none of
    them is named in the lead (folded): a recall of other bodies (relevance.py)."""
    names = [fold(m["name"]) for m in _ORG_AT.finditer(text)]
    return bool(names) and all(n not in lead_folded for n in names)


def _tells_before(doc: Doc, seg: Segment) -> bool:
    """A pluperfect attack after a lead that tells one in the present or the passé composé ("L'hôpital a été
    victime d'une cyberattaque. [...] Il avait été visé en 2019"): dated by its year alone, an earlier one."""
    lead = _lead_folded(doc)
    if seg.end <= len(lead) or not _PLUPERFECT.search(seg.folded):
        return False
    opening = lead[lead.rfind("\n") + 1 :]
    return not _PLUPERFECT.search(opening) and any(c.kind == "incident" and not c.noun for c in _cues(opening))


def _candidates(doc: Doc, published: dt.date | None, kind: str) -> list[_Candidate]:
    """The dates of the body that `kind` of cue claims (incident, disclosure, other, or UNATTACHED)."""
    cache = doc.user_data.setdefault("healthbreach_dates", {})
    if published not in cache:
        cache[published] = _all_candidates(doc, published)
    return [c for k, c in cache[published] if k == kind]


# "deux semaines après avoir été piratée, ...": the count runs from the attack the infinitive tells
_AFTER_HAVING = re.compile(r"\s*(?:d')?(?:avoir|etre)\b")


def _all_candidates(doc: Doc, published: dt.date | None) -> list[tuple[str, _Candidate]]:
    out = []
    anchor: Resolved | None = None  # the last day-precise date written, for "la veille", "le lendemain"
    anchor_seg = -1  # the segment it was written in
    anchor_kind = UNATTACHED  # the kind of cue that claims it
    year_anchor = _year_anchor(doc) if published is None else None
    # a dated day bounds the story's yearless dates from above (_year_anchor); only without one is a year enough
    story_year = _story_year(doc) if published is None and year_anchor is None else None
    anchor_day = _anchor_day(doc) if published is None else None
    told: Resolved | None = None  # without a publication day, the last day or month written with its year
    for seg in body_segments(doc):
        exprs, cues = _segment_dates(doc, seg)
        if not exprs:
            continue
        owned = _owned(exprs, cues, seg.folded)
        past = bool(_misc()["past"].search(seg.folded)) or _names_another(doc, seg)
        older = _tells_before(doc, seg)
        past_clause = [m.start() for m in _misc()["past_clause"].finditer(seg.folded)]
        counted_after = -1  # where "deux semaines après avoir été piratée," ends, when no date came before it
        written: Resolved | None = None  # the last date the segment wrote before this one
        for expr in exprs:
            left = seg.folded[max(0, expr.start - 40) : expr.start]
            if _misc()["published"].search(left) or _misc()["updated"].search(left):
                continue  # the article's own "Publié le" line
            if _TO_COME.search(left) or _COMING.match(seg.folded[expr.end :]) or _UNTIL.search(left):
                continue  # ("déprogrammées jusqu'à mercredi": when a span ends, not when it began)
            if _is_dateline(seg.folded, expr):
                continue  # "Rennes, 5 mars (AFP) - ...": the dispatch's day, not the story's
            if expr.kind == "anchored":
                # "deux jours après l'attaque" counts from a date of its own sentence
                resolved = resolve_anchored(expr, anchor if "prep" not in expr.parts or anchor_seg == seg.start else None)
            elif expr.kind == "since" and written is not None and written.qualifier != "day":
                # "les courriers sont partis début avril, deux mois après l'attaque": counted from the date written
                # before it, not from the day the story was written; a month from a month, else nothing
                resolved = _months_back(written, expr) if since_in_months(expr) and written.qualifier == "month" else None
            elif expr.kind == "since" and anchor is not None and anchor_seg == seg.start:
                # "a porté plainte le 5 mars, deux jours après l'attaque": counted from the day written before it
                resolved = months_before(expr, dt.date.fromisoformat(anchor.value)) if since_in_months(expr) else \
                    Resolved((dt.date.fromisoformat(anchor.value) - dt.timedelta(days=since_days(expr))).isoformat(), "day")
            else:
                resolved = resolve(expr, published) or _in_anchor_year(expr, year_anchor) or _in_story_year(expr, story_year) \
                    or _before_anchor_day(expr, anchor_day) or _in_month_told(expr, told)
            if expr.kind == "anchored" and resolved is None and "prep" in expr.parts and expr.parts.get("dir") == "apres" \
                    and _AFTER_HAVING.match(seg.folded, expr.end):
                counted_after = expr.end
            elif 0 <= counted_after and "," in seg.folded[counted_after : expr.start]:
                # "Deux semaines après avoir été piratée, la clinique a rouvert le 10 juin": the date past the count's
                # clause is the later event's, not the attack's
                continue
            if resolved is not None and expr.kind not in ("anchored", "since"):
                written = resolved
                if published is None and resolved.qualifier in ("day", "month") and "year" in expr.parts:
                    told = resolved
            sets_anchor = bool(resolved and resolved.qualifier == "day" and expr.kind != "anchored")
            if sets_anchor:
                anchor, anchor_seg = resolved, seg.start
            hit = _attached(expr, cues, seg.folded, _fronted(seg.folded, expr), owned)
            if expr.kind == "since":  # "une dizaine de jours après la cyberattaque": the attack's own date
                hit = (Cue(expr.start, expr.start, "incident", SINCE_STRENGTH, noun=True), 0.0)
            kind = hit[0].kind if hit else UNATTACHED
            if kind == STILL:
                # "fonctionne toujours en mode dégradé ce jeudi": a state lasting on that day, not since when
                # ("depuis lundi, ... toujours en mode dégradé": since when)
                since = _SINCE.search(seg.folded, max(0, expr.start - 30), expr.start) or seg.folded.startswith("depuis", expr.start)
                kind = "incident" if since else "other"
            if sets_anchor:
                anchor_kind = kind
            elif expr.kind == "anchored" and resolved and kind == "incident" and anchor_kind == "incident" \
                    and anchor is not None and resolved.value > anchor.value:
                # "touché le 3 octobre. Six semaines plus tard, toujours en mode dégradé", "introduits le 20 octobre,
                # trois semaines avant que l'attaque soit découverte": counted on from the breach's date, a later moment
                continue
            if resolved is None or (published and resolved.value > published.isoformat()):
                continue  # unresolvable without a publication date, or in the future
            cue, dist = hit or (Cue(expr.start, expr.start, UNATTACHED, 0), 0.0)
            # An earlier or another attack recalled beside this one ("déjà victime en 2021", "d'autres
            # hôpitaux"): in the date's clause or its cue's, it is not this incident's date.
            recalled = past or (older and resolved.qualifier == "year") or any(_same_clause(seg.folded, at, expr.start) or _same_clause(seg.folded, at, cue.start)
                                   for at in past_clause)
            score = cue.strength - dist / 60 - (2 if expr.multi else 0) - (2 if recalled and kind == "incident" else 0)
            shifted = DateExpr(expr.start + seg.start, expr.end + seg.start, expr.kind, expr.parts)
            out.append((kind, _Candidate(resolved, shifted, seg, score, hit[0] if hit else None)))
    return out


def _in_month_told(expr: DateExpr, told: Resolved | None) -> Resolved | None:
    """Without a publication day, a bare day of the month ("le 12", "dans la nuit du 11 au 12") read in the month
    the text has just named with its year ("En septembre 2022, ... Les pirates étaient entrés le 12"), when it
    falls on or after the day named there (a day before it would be the next month's as well)."""
    if told is None or expr.kind != "dayonly":
        return None
    day = int(expr.parts["day"])
    if told.qualifier == "day" and day < int(told.value[8:10]):
        return None
    return day_value(int(told.value[:4]), int(told.value[5:7]), day)


def _months_back(month: Resolved, expr: DateExpr) -> Resolved | None:
    """The month a count of months ("deux mois après l'attaque") names back from a month written ("début avril")."""
    n = expr.parts["n"]
    if not (n.isdigit() or n in ("un", "une", "deux", "trois", "quatre", "cinq", "six")):
        return None
    count = int(n) if n.isdigit() else {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6}[n]
    y, m = divmod(int(month.value[:4]) * 12 + int(month.value[5:7]) - 1 - count, 12)
    return Resolved(f"{y:04d}-{m + 1:02d}", "month")


def _best(cands: list[_Candidate]) -> _Candidate | None:
    if not cands:
        return None
    strong = [c for c in cands if c.score >= MIN_SCORE]
    if not strong:
        return None
    best = max(strong, key=lambda c: (c.score, -c.expr.start))
    if best.cue is not None and best.cue.detection:
        # "introduits dans le réseau le 8 janvier, deux semaines avant d'être repérés le 22": when the
        # text dates both, the breach happened at the earlier date, not when it was found.
        began = [c for c in strong if c.cue is not None and not c.cue.detection and c.score >= best.score - BEGAN_MARGIN
                 and _earlier(c.resolved.value, best.resolved.value)]
        if began:
            best = max(began, key=lambda c: (c.score, -c.expr.start))
    # "survenue durant l'été 2021 et confirmée le 12 septembre": keep the most
    # precise date that agrees with the best-supported one.
    # Counted back from the story ("une dizaine de jours après la cyberattaque, le groupe a mis en ligne mardi ..."),
    # a weak cue's day is a later event (the leak's publication), not the attack's.
    finer = [c for c in cands if c.resolved.value.startswith(best.resolved.value)
             and len(c.resolved.value) > len(best.resolved.value) and c.score >= best.score - 2.5
             and not (best.expr.kind == "since" and c.cue is not None and c.cue.strength <= 1)]
    return max(finer, key=lambda c: (len(c.resolved.value), c.score)) if finer else best


def _first_day(value: str) -> dt.date:
    return dt.date.fromisoformat((value + "-01-01")[:10])


def _earlier(value: str, than: str) -> bool:
    """A date wholly before `than` and at most BEGAN_DAYS before it (not "2023-03" beside "2023-03-09")."""
    if than.startswith(value) or value >= than:
        return False
    return (_first_day(than) - _first_day(value)).days <= BEGAN_DAYS


def _fact(field: str, c: _Candidate, rule: str) -> Fact:
    return Fact(field, c.resolved.value, c.segment.text, c.expr.start, c.expr.end, rule,
                qualifier=c.resolved.qualifier)


def find_incident_date(doc: Doc, published: dt.date | None, title_doc: Doc | None = None) -> Fact | None:
    """When the attack or leak happened or was detected: a date a breach cue claims in the body, else
    the date opening the lead, else the month the incident was revealed, else a date a breach cue
    claims in the page's title ("Cyberattaque du 3 mars : ..."), when the title is not in the text."""
    apart = title_doc is not None and bool(title_doc.text.strip()) and title_doc.text.strip() not in doc_text(doc)
    if apart and published is None:
        doc.user_data[TITLE_KEY] = title_doc  # its year may be the story's (_year_anchor, _story_year)
    cands = _candidates(doc, published, "incident")
    best = _best(cands)
    if best and best.resolved.qualifier == "year" and published and int(best.resolved.value) < published.year:
        # "Le CHU de Rouen, attaqué en 2019, sert d'exemple. La clinique a été visée lundi.": an attack told only by
        # a past year beside one dated in the weeks before the story is an earlier one recalled
        recent = [c for c in cands if c.resolved.qualifier in ("day", "month")
                  and 0 <= (published - _first_day(c.resolved.value)).days <= BEGAN_DAYS]
        best = _best(recent) or best
    if best:
        return _fact("incident_date", best, "dates.incident_cue")
    lead = _lead_date(doc, published)
    if lead:
        return _fact("incident_date", lead, "dates.lead_date")
    revealed = _revealed(doc, published)
    if revealed:
        month = Resolved(revealed.resolved.value[:7], "month")
        return _fact("incident_date", _Candidate(month, revealed.expr, revealed.segment, revealed.score), "dates.revealed_month")
    if apart:
        titled = _best(_candidates(title_doc, published, "incident"))
        if titled:
            # The title is no span of the article text: the fact's evidence is the title, with no offsets in it.
            return Fact("incident_date", titled.resolved.value, titled.segment.text, 0, 0, "dates.title_cue",
                        qualifier=titled.resolved.qualifier)
    return None


def _revealed(doc: Doc, published: dt.date | None) -> _Candidate | None:
    """When nothing dates the incident itself, the day the incident itself is said to have been revealed
    ("l'incident, révélé le 21 mars", "la fuite a été rendue publique le 3 juin"): the incident is
    known by then, and is given at that month only (the caller cuts it). A statement by someone
    ("la clinique a annoncé lundi") is not the incident's own revelation."""
    for c in _candidates(doc, published, "disclosure"):
        if c.cue is None or c.resolved.qualifier != "day":
            continue
        folded = c.segment.folded
        if not _PARTICIPLE.match(c.segment.text, c.cue.start):
            continue
        if any(n.noun and n.kind == "incident" and n.end <= c.cue.start and _REVEALED_GAP.fullmatch(folded[n.end : c.cue.start])
               for n in _cues(folded)):
            return c
    return None


def _lead_date(doc: Doc, published: dt.date | None) -> _Candidate | None:
    """The date that opens the lead of a breach story when no cue word dates the incident ("Mardi 7 mars,
    les écrans de la clinique se sont figés."): the story's first event. Only a date at the head of the
    lead's first sentence that no cue claims (not "Mardi, le groupe a revendiqué ..."), and not an
    earlier attack recalled. A short hook with no date before it in the same paragraph ("Un simple clic,
    et tout bascule. Le 7 mars, ...") leaves the lead to the next sentence; a dated fragment ("Mardi 7 mars,
    6 h 30. Les soignants découvrent ...") is read with the sentence that follows it."""
    segs = list(body_segments(doc))
    first = next((i for i, seg in enumerate(segs) if _is_prose(seg)), None)
    if first is None:
        return None
    text = doc_text(doc)
    found = _lead_date_at(doc, published, segs, first, text)
    if found is not None:
        return found
    # A standfirst with no date at all ("Une vingtaine de cabinets ne peuvent plus ... Les pirates seraient passés
    # par ..."): the body's first paragraph opens the story ("Depuis vendredi dernier, les médecins ...")
    nxt = first
    while nxt + 1 < len(segs) and "\n" not in text[segs[nxt].end : segs[nxt + 1].start]:
        nxt += 1
        if find_dates(segs[nxt].folded):
            return None
    if find_dates(segs[first].folded) or nxt + 1 >= len(segs) or not _is_prose(segs[nxt + 1]):
        return None
    return _lead_date_at(doc, published, segs, nxt + 1, text)


def _lead_date_at(doc: Doc, published: dt.date | None, segs: list[Segment], first: int, text: str) -> _Candidate | None:
    """_lead_date for the paragraph that opens on segs[first]."""
    lead, topic = segs[first], segs[first].folded
    before = segs[first - 1] if first and "\n" not in text[segs[first - 1].end : lead.start] else None
    after = segs[first + 1] if first + 1 < len(segs) and "\n" not in text[lead.end : segs[first + 1].start] else None
    if before is not None and len(before.text) <= DATED_FRAGMENT and before.text.endswith(".") and find_dates(before.folded):
        # "Mardi 7 mars, 7 heures. Les soignants découvrent ...": a dated fragment, the event after it
        lead, topic = before, before.folded + " " + topic
    elif after is not None and len(lead.text) <= DATED_FRAGMENT and find_dates(lead.folded):
        topic += " " + after.folded
    elif after is not None and _is_prose(after) and not find_dates(lead.folded):
        lead = after  # "Un simple clic, et tout bascule. Le 7 mars, ...": a hook before the dated sentence
        topic = lead.folded
        # ("Les écrans sont noirs. Depuis mardi soir, le personnel écrit à la main. L'hôpital a été visé ...": the
        # sentence after the dated one tells the attack)
        at = first + 1
        after = segs[at + 1] if at + 1 < len(segs) and "\n" not in text[lead.end : segs[at + 1].start] else None
        if after is not None and _tells_attack(after.folded):
            topic += " " + after.folded
    if not _speaks_of_attack(topic) and not (after is not None and lead is segs[first] and _tells_attack(after.folded)):
        # "Le 3 mars, le ministre a présenté son plan": not the story of an attack; "Depuis samedi, les
        # radiologues dictent leurs comptes rendus. Le groupe a vu ses serveurs chiffrés ...": the next
        # sentence of the paragraph tells it
        return None
    for c in _candidates(doc, published, UNATTACHED):
        head, tail = lead.folded[: c.expr.start - lead.start], lead.folded[c.expr.end - lead.start :]
        if c.segment.start == lead.start and c.score > -1 and _LEAD_OPENING.fullmatch(head) \
                and (_FRONT_CLOSE.match(tail) or ((_SPAN_HEAD.search(head) or "night" in c.expr.parts) and _SPAN_SUBJECT.match(tail))):
            return c
    return None


# "La journée d'hier a été longue au CHU", "La nuit de dimanche à lundi a été agitée": the span of the date is the
# subject of the lead's first verb
_SPAN_HEAD = re.compile(r"(?:^|\s|,)(?:la|cette) (?:nuit|matinee|soiree|journee)(?: d[eu] | d'| )?$")
_SPAN_SUBJECT = re.compile(r"\s+(?:a ete|avait ete|fut|restera|restera comme|aura ete|s'est revelee?)\s")


def _speaks_of_attack(folded: str) -> bool:
    return bool(_LEAD_TOPIC.search(folded)) or any(c.kind == "incident" for c in _cues(folded))


def _tells_attack(folded: str) -> bool:
    """A sentence telling this attack with a verb ("a vu ses serveurs chiffrés"), not the sector's trend."""
    if _misc()["past"].search(folded) or RuleSet.load("rules/background.json").regex("background.elsewhere").search(folded):
        return False  # (the one background vocabulary, compiled once by its loader)
    return any(c.kind == "incident" and not c.noun for c in _cues(folded))


def find_disclosure_date(doc: Doc, published: dt.date | None) -> Fact | None:
    """When the breach was announced, confirmed or made public."""
    best = _best(_candidates(doc, published, "disclosure"))
    return _fact("disclosure_date", best, "dates.disclosure_cue") if best else None


def _explicit_days(folded: str) -> list[tuple[DateExpr, Resolved]]:
    """Dates that carry their own day, month and year, resolved without context."""
    return [(e, r) for e in find_dates(folded)
            if e.kind in ("iso", "numeric", "full") and "year" in e.parts and not e.multi
            and (r := resolve(e, None)) and r.qualifier == "day"]


# "Les fichiers mis en ligne le 12 mars 2023 par les pirates", "Le rapport publié le 3 mars 2023": the participle
# tells of a noun the line names (a leak, a report), not of the page ("Article mis en ligne le ...", "Publié le ...")
_NOUN_BEFORE_CUE = re.compile(r"\s*(?:les|des|ces|leurs|ses|un|une|la|le|sa|son|leur)\s+\S+")


def _line_day(folded: str, updates: bool = False) -> tuple[DateExpr, Resolved, str] | None:
    """The publication day a short header line states, with the rule that read it.

    "Publié le 12 mars 2023 à 10h05", "Actualité publiée le 23/02/21", "Par Jeanne
    Martin, le 7 novembre 2022", or a line holding a date and nothing else but a
    time. A day after "Mis à jour le" is the update's: with `updates`, it is given
    (rule dates.updated_cue) when the line states no other.
    """
    days = _explicit_days(folded)
    for expr, res in days:
        cue = _misc()["published"].search(folded[max(0, expr.start - 40) : expr.start])
        if cue and not _NOUN_BEFORE_CUE.match(folded[: max(0, expr.start - 40) + cue.start()]):
            return expr, res, "dates.published_cue"
    update = None
    for expr, res in days:
        if _misc()["updated"].search(folded[max(0, expr.start - 40) : expr.start]):
            update = update or (expr, res, "dates.updated_cue")
        elif (folded.startswith("par ") and len(folded) <= BYLINE_CHARS) or _dateline_only(folded, expr) \
                or _signed(folded, expr):
            return expr, res, "dates.dateline"
    return update if updates else None


_PUBLISHED_THING = re.compile(r"(?<![a-z])(?:publiee?s?|parue?s?|diffusee?s?|mise?s? en ligne)$")


def _signed(folded: str, expr: DateExpr) -> bool:
    """A signature line: a few words naming the author or the outlet, then the date and maybe a time
    ("Jeanne Martin - 16 mars 2023 à 9h", "Le Quotidien avec AFP le 16 mars 2023"), and nothing that
    speaks of the story ("Cyberattaque du 12 mars 2023": a headline)."""
    head = _SIGNATURE_END.sub("", folded[: expr.start])
    words = head.split()
    if not 1 <= len(words) <= SIGNATURE_WORDS or any(ch.isdigit() for ch in head) or words[-1] in _NOT_SIGNATURE_END \
            or _CAPTION.search(head):
        return False
    if _cues(head) or _PUBLISHED_THING.search(head):
        return False  # ("Le rapport publié le 12 mars 2023 par l'agence": a thing the line names was published)
    return _dateline_only(folded[expr.start :], DateExpr(0, expr.end - expr.start, expr.kind, expr.parts))


def _dateline_only(folded: str, expr: DateExpr) -> bool:
    """Nothing but the date, a weekday, a time and "le" / "publié" / "AFP" on the line (and
    maybe an update: "14 mars 2023 à 10h05 | Mis à jour le 15 mars 2023 à 8h")."""
    rest = folded[: expr.start] + " " + _BY_TAIL.sub("", folded[expr.end :])
    update = _UPDATE_TAIL.search(rest)
    if update:
        rest = rest[: update.start()]
    for name in load_rules("dates.json")["weekdays"]:
        rest = rest.replace(name, " ")
    return len(_misc()["dateline_noise"].sub("", rest)) <= 3


def published_in_line(text: str) -> dt.date | None:
    """The publication day of a page's byline element ("Publié le 14 mars 2023 à 9h"), else None."""
    folded = fold(text)
    if len(folded) > BYLINE_CHARS or is_prose(text):
        return None
    hit = _line_day(folded)
    return dt.date.fromisoformat(hit[1].value) if hit else None


def _is_dateline(folded: str, expr: DateExpr) -> bool:
    """The date of an agency dateline opening the text: "Rennes, 5 mars 2023 (AFP) - ", "PARIS, 12 mars (AFP) -"."""
    head = folded[: expr.start]
    return bool(_LEAD_DATELINE.match(head)) and not _NOT_PLACE.search(head) and bool(_AFTER_DATELINE.match(folded[expr.end :]))


def _is_prose(seg: Segment) -> bool:
    """A body sentence; headlines, bylines and datelines carry no final full stop."""
    return len(seg.text) >= LONG_SEGMENT or is_prose(seg.text)


def _page_segments(doc: Doc) -> Iterator[Segment]:
    """Every segment down to the comments or a related-articles block (furniture lines included:
    "Publié le 3 mars · Temps de lecture 2 min" is one)."""
    started = False
    for seg in segments(doc):
        if started and ends_article(seg.text, seg.folded):
            return
        yield seg
        started |= is_prose(seg.text)


def _published_fact(seg: Segment, expr: DateExpr, res: Resolved, rule: str) -> Fact:
    return Fact("published", res.value, seg.text, seg.start + expr.start, seg.start + expr.end, rule, qualifier="day")


def metadata_published(day: dt.date) -> Fact:
    """The publication day the page declared (pagedate.page_published): no span in the text supports it."""
    return Fact("published", day.isoformat(), "", 0, 0, "page_metadata", qualifier="day")


def find_published(doc: Doc, page_published: dt.date | None) -> Fact | None:
    """Publication date: page metadata, else a "Publié le ..." line, a byline or a dateline; else None.

    Only a short line that is not a body sentence can state it ("Dans un communiqué
    publié le 10 mars 2023, ..." dates the communiqué), and only at day precision. A
    page header that shows only "Mis à jour le ..." gives that day, the latest the
    publication can be (rule dates.updated_cue). A header with no date leaves it to a dateline or a
    signature closing the text, below its last sentence ("Le 22/11/2024 à 06:00").
    """
    if page_published:
        return metadata_published(page_published)
    header: dict[int, tuple[DateExpr, Resolved, str]] = {}
    tail: tuple[Segment, tuple[DateExpr, Resolved, str]] | None = None  # a dateline right below the last body sentence
    prose_before = False  # the segment before is a body sentence
    for seg in _page_segments(doc):
        tail = None  # (only the page's last segment can be)
        if len(seg.text) > BYLINE_CHARS or is_prose(seg.text):
            prose_before = is_prose(seg.text)
            continue
        after_prose, prose_before = prose_before, False
        hit = _line_day(seg.folded, updates=True)
        if hit and hit[2] == "dates.published_cue":
            return _published_fact(seg, *hit)
        if hit and seg.start <= HEADER_ZONE:
            header[seg.start] = hit
        if hit and hit[2] == "dates.dateline" and after_prose:
            tail = (seg, hit)  # "Le 22/11/2024 à 06:00" closing the text: its publication line, when the header has none
    update = None
    for seg in segments(doc):
        if seg.start > HEADER_ZONE:  # a dateline sits above the body
            break
        if _is_prose(seg):
            # The first paragraph may open with an agency dateline: "Rennes, 5 mars 2023 (AFP) - ...".
            for expr, res in _explicit_days(seg.folded):
                if _is_dateline(seg.folded, expr):
                    return _published_fact(seg, expr, res, "dates.dateline")
            break  # past the page header: dates below belong to the story or to comments
        hit = header.get(seg.start)
        if hit and hit[2] == "dates.dateline":
            return _published_fact(seg, *hit)
        if hit and update is None:
            update = (seg, hit)
    if tail is not None:
        return _published_fact(tail[0], *tail[1])
    return _published_fact(update[0], *update[1]) if update else None
