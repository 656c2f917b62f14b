"""French date expressions: find them in folded text, resolve them to a value.

A value is "YYYY-MM-DD", "YYYY-MM" or "YYYY" with its qualifier (day, month,
year). Relative forms ("mardi", "hier", "le 11 février", "cet été", "la
semaine dernière") are resolved against the publication date and stay
unresolved without one; explicit years never need it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .rxscan import finditer
from .textspans import load_rules


@dataclass(frozen=True)
class DateExpr:
    start: int
    end: int
    kind: str
    parts: dict = field(default_factory=dict)

    @property
    def multi(self) -> bool:
        """ "les 8 et 15 février": several dates, so several events ("du 3 au 4", "entre le 17 et
        le 22": one event, from its first day)."""
        more = self.parts.get("more", "")
        if not more or "between" in self.parts or more.lstrip().startswith(("au", "a ", "-")):
            return False
        days = [int(x) for x in re.findall(r"\d+", more)]
        # "samedi 11 et dimanche 12 mars": two days in a row are one event, from its first day
        return not (len(days) == 1 and days[0] == int(self.parts["day"]) + 1)


@dataclass(frozen=True)
class Resolved:
    value: str
    qualifier: str  # day | month | year


# Days of the month in words ("le premier mars", "le vingt et un février"), folded, hyphens or spaces between words.
_UNITS = {"un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9}
_DAY_WORDS: dict[str, int] = {"premier": 1, "1er": 1, **{w: n for w, n in _UNITS.items() if w != "un"}, "dix": 10, "onze": 11,
                              "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18,
                              "dix-neuf": 19, "vingt": 20, "trente": 30}
for _sep in ("-", " "):
    _DAY_WORDS.update({f"dix{_sep}{w}": 10 + n for w, n in _UNITS.items() if n >= 7})
    _DAY_WORDS.update({f"vingt{_sep}{w}": 20 + n for w, n in _UNITS.items() if w != "un"})
    _DAY_WORDS.update({f"vingt{_sep}et{_sep}un": 21, f"trente{_sep}et{_sep}un": 31})
_DAY_WORDS.pop("1er")


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    rules = load_rules("dates.json")
    mon, wd, sea = _alt(rules["months"]), _alt(rules["weekdays"]), _alt(rules["seasons"])
    year = r"(?:19|20)\d\d"
    month = rf"(?P<month>{mon})\.?"
    # Without a day, a short form ("sept", "oct") is a month only with its dot or its year: "pendant sept heures".
    names = [m for m in rules["months"] if len(m) > 4 or m in ("mai", "juin", "aout", "mars")]
    short = [m for m in rules["months"] if m not in names]
    month_alone = rf"(?P<month>{_alt(names)}|(?:{_alt(short)})(?=\.|\s+{year}))\.?"
    day_words = _alt(_DAY_WORDS)
    feasts = _alt(k for k in rules["feasts"] if not k.startswith("_"))
    after_wd = "|".join(f"(?<={w} )" for w in rules["weekdays"])  # a fixed-width look-behind per weekday
    return [
        ("iso", re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")),
        ("numeric", re.compile(r"(?<![\d/.])(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<year>\d{4}|\d{2})(?![\d/]|\.\d)")),
        # "le 15/11", "depuis le 15/11": a day and its month in figures, after "le", "du", "au" (not "24/7", "2/3 des")
        ("daymonth", re.compile(r"(?:(?<=\ble )|(?<=\bdu )|(?<=\bau ))(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/]|\.\d|\s*(?:des|de|d'|du)\b)")),
        ("full", re.compile(
            # ("est entré le 6 mai": folded, the participle "entré" reads "entre", which is no span; "mardi dernier, le
            # 8 octobre", "jeudi, le 3 mars": the weekday and its day in apposition are one date)
            rf"(?:\b(?<!est )(?<!sont )(?<!etait )(?<!etaient )(?<!serait )(?<!seraient )(?<!etre )(?<!ete )(?P<between>entre)\s+(?:le\s+)?|\b(?P<night>nuit)\s+d[ue]\s+)?(?:\b(?P<wd>{wd})(?:\s+(?:dernier|passe)\s*,\s*(?:le\s+)?|\s*,\s*le\s+|\s+))?"
            # "le premier mars", "le quinze janvier", "du vingt et un février": a day in words, after its article
            rf"(?:(?<![\d,.:h])(?P<day>\d{{1,2}})(?:er)?|(?:(?<=\ble )|(?<=\bdu )|(?<=\bau )|(?<=\bce )|{after_wd})(?P<dayw>{day_words})(?=\s))"
            # "les 8 et 15 février", "du 3 au 4 mars", "du samedi 18 au dimanche 19 octobre"; "le 14-Juillet", "le
            # 11-Novembre": the day and its month joined as a feast is written
            rf"(?P<more>(?:\s*(?:,|et|ou|au|-|a)\s*(?:le\s+)?(?:(?:{wd})\s+)?\d{{1,2}}(?:er)?)+)?(?:\s+|-){month}"
            rf"(?:\s+(?P<year>{year}))?(?P<last>\s+dernier)?\b")),
        # "entre janvier et mars 2022", "de janvier à mars": a span of months, at the precision it allows
        ("monthspan", re.compile(
            rf"\b(?:entre|de|d')\s*(?:le mois d[e']\s*)?(?P<month1>{_alt(names)})(?:\s+(?P<year1>{year}))?\s+(?:et|a)\s+"
            rf"(?:le mois d[e']\s*)?{month_alone}(?:\s+(?P<year>{year}))?\b")),
        ("month", re.compile(
            rf"\b(?P<part>debut|fin|mi|courant|milieu)[\s-]+(?:du mois d[e']\s*)?{month_alone}(?:\s+(?P<year>{year}))?(?P<last>\s+dernier)?\b")),
        ("month", re.compile(
            # "l'attaque de février": "de" + a month names the month too
            # ("remonte à juin": "à" alone, so that the verb stays a cue word before the date)
            rf"\b(?:en|(?:au|du|le) mois d[e']|au cours du mois d[e']|depuis|des|d'|de|courant|jusqu'en|durant|pendant|entre|"
            rf"(?<=remonte )a|(?<=remontent )a|(?<=remontait )a|(?<=remontaient )a|(?<=remonter )a|(?<=remonteraient )a|(?<=remonterait )a)\s*{month_alone}(?:\s+(?P<year>{year}))?(?P<last>\s+dernier)?\b")),
        ("month", re.compile(rf"\b{month_alone}\s+(?P<year>{year})\b")),
        ("month", re.compile(rf"\b{month_alone}(?P<last>\s+dernier)\b")),
        # "au troisième trimestre 2022", "au premier semestre 2021": the year
        ("year", re.compile(rf"\b(?:(?:au|du|le|au cours du|durant le|pendant le) )?(?:premier|1er|deuxieme|second|2e|troisieme|3e|"
                            rf"quatrieme|dernier|4e) (?:trimestre|semestre) (?:de l'annee |d'annee )?(?P<year>{year})\b")),
        ("year", re.compile(rf"\b(?:debut|fin|mi|courant|milieu)[\s-]+(?:de l'annee\s+|d'annee\s+)?(?P<year>{year})\b")),
        ("season", re.compile(
            rf"(?:\b(?P<this>cet|ce)\s+|\bl'|\bau\s+|\ben\s+)(?P<season>{sea})\b(?:\s+(?P<year>{year})|(?P<last>\s+dernier))?")),
        ("season", re.compile(rf"\b(?P<season>{sea})\s+(?P<year>{year})\b")),
        # "à la rentrée", "depuis la rentrée 2024": September, of the last one when no year is written
        ("rentree", re.compile(rf"\b(?:a|de|depuis|lors de|pendant)\s+la\s+rentree(?:\s+(?:scolaire\s+)?(?P<year>{year}))?\b")),
        ("year", re.compile(rf"\b(?:en|depuis|courant|au cours de|durant|pendant|l'annee|dans l'annee)\s+(?P<year>{year})\b")),
        # "la cyberattaque de 2022" (not a span "de 2015 à 2020")
        ("year", re.compile(rf"\b(?:de|d')\s*(?P<year>{year})\b(?!\s*(?:a|au|et|-)\s*(?:(?:19|20)\d\d|\d))")),
        # Holidays: "le jour de Noël", "la veille de Noël", "à la Saint-Sylvestre", "le jour de l'an 2023"
        ("holiday", re.compile(r"\b(?:(?P<eve>la veille de noel|le (?:soir du )?reveillon de noel)|"
                               r"(?P<xmas>(?:le jour de |le soir de |la nuit de |a |pendant |durant )noel)|"
                               r"(?P<nye>(?:a |pendant |durant )?la saint-sylvestre|le (?:soir du )?reveillon du nouvel an)|"
                               r"(?P<ny>le jour de l'an|le nouvel an))(?:\s+(?P<year>(?:19|20)\d\d))?\b")),
        # Feasts on a fixed day (dates.json "feasts"): "le jour de la Toussaint", "à l'Assomption", "le lendemain du Nouvel
        # An", "la veille de la Toussaint" (not "les vacances de la Toussaint": a word saying when comes first)
        ("holiday", re.compile(rf"\b(?P<hwhen>le jour|le soir|le matin|la nuit|(?P<heve>la veille|a la veille)|(?P<hnext>le lendemain|au lendemain)|au soir|au matin|lors|depuis|a)\s+"
                               rf"(?:(?:de|d')\s*)?(?:(?:la|l'|le)\s*|du\s+)?(?P<hname>{feasts})(?:\s+(?P<year>{year}))?\b")),
        # The days between the two feasts: "entre Noël et le Nouvel An", "pendant les fêtes de fin d'année", "lors de la
        # trêve des confiseurs": a span at the precision it allows, December
        ("holiday", re.compile(r"\b(?P<fetes>entre noel et (?:le nouvel an|le jour de l'an|la saint-sylvestre)|"
                               r"(?:(?:pendant|durant) (?:les|ces)|(?:lors|au cours|au moment|a l'occasion) (?:des|de ces)) fetes(?: de fin d'annee| de noel)?|"
                               r"(?:pendant|durant|lors de|au cours de) la treve des confiseurs)(?:\s+(?P<year>(?:19|20)\d\d))?\b")),
        # Movable feasts: "le week-end de Pâques", "le lundi de Pentecôte", "le pont de l'Ascension" (a span of days)
        ("feast", re.compile(r"\b(?:(?P<wk>(?:le |du |au |ce |pendant le |durant le |lors du )?(?:long )?(?:week-end|weekend|pont) d[eu] (?:la |l')?)|"
                             r"(?P<mon>(?:le |du )?lundi d[eu] (?:la )?)|(?P<thu>(?:le |du )?(?:jeudi|jour) d[eu] (?:l')?))"
                             r"(?P<feast>paques|pentecote|ascension)(?:\s+(?P<year>(?:19|20)\d\d))?\b")),
        ("relday", re.compile(r"\b(?P<rel>avant-hier|hier|aujourd'hui|cette nuit|la nuit derniere|ce matin|ce midi|cet apres-midi|ce soir)\b")),
        # Days counted from the date written just before: "la veille", "deux jours plus tard".
        # "a annoncé le 18 mars avoir été piraté le vendredi précédent": the last such weekday before the date written
        ("anchored", re.compile(rf"\b(?:le |(?:dans )?la nuit du )?(?P<prevwd>{wd})(?:\s+(?:soir|matin|apres-midi))?\s+(?:precedent|d'avant)\b")),
        ("anchored", re.compile(r"\b(?:le |du |au cours du |pendant le |durant le |lors du )?(?P<prevwk>week-end|weekend|week end)\s+(?:precedent|d'avant)\b")),
        ("anchored", re.compile(r"\b(?:(?P<eve>la veille)|(?P<next>le lendemain)|(?P<same>le jour meme|le meme jour)|"
                                r"(?:(?P<n>\d{1,2}|quelques|une?|deux|trois|quatre|cinq|six|sept|huit|dix)\s+"
                                r"(?P<unit>heures?|jours?|semaines?)\s+(?P<dir>plus tot|plus tard|auparavant|apres|avant)))\b"
                                # "le 5 mars, deux jours après l'attaque": the attack is two days before the date written
                                # ("le 8 janvier, deux semaines avant que l'intrusion ne soit repérée": it is two weeks after)
                                r"(?P<prep>(?=\s+(?:l'|la |le |les |son |sa |ses |cette |ce |cet |leur |un |une |avoir |etre |d'avoir |d'etre |que |qu'))\s)?")),
        # Vague spans ("ces derniers mois", "récemment"): they resolve to nothing, but are a verb's own date.
        ("vague", re.compile(r"\b(?:(?:au cours|durant|pendant|lors) (?:des|de ces)|ces) (?:derniers|dernieres) (?:mois|semaines|jours)\b|"
                             r"\bdepuis (?:plusieurs|quelques) (?:mois|semaines)\b|\brecemment\b|\bdernierement\b")),
        # Weeks and week-ends: a span of days, given at the precision it allows (a month unless it straddles two).
        ("relweek", re.compile(
            # ("le week-end de la Pentecôte", "le week-end du 14 juillet": that week-end, not the last one)
            r"\b(?:(?P<wkend>(?:(?:le|ce|au|du|pendant le|durant le|lors du|en plein) (?:week-end|weekend|week end))(?! d[eu] | de l'| de la | des )(?P<wklast>\s+(?:dernier|passe))?|"
            # Québec: "la fin de semaine" is the week-end
            r"(?:(?:la|cette|en|au cours de la|durant la|pendant la) fin de semaine|(?<![a-z] )fin de semaine(?=\s+(?:derniere|passee)))(?P<fslast>\s+(?:derniere|passee))?)|"
            r"(?P<early>(?:(?:en|au|depuis le|depuis ce) )?debut de (?:la |cette )?semaine(?P<elast>\s+(?:derniere|passee))?)|"
            r"(?P<mid>(?:en|au) milieu de (?:la )?semaine(?P<mlast>\s+(?:derniere|passee))?)|"
            r"la semaine (?P<last>derniere|passee|precedente)|(?P<this>cette semaine))\b")),
        ("relmonth", re.compile(r"\b(?:(?:(?:au |en )?(?:debut|fin|milieu) d[ue] )?mois (?P<last>dernier|passe)|ce mois-ci|"
                                r"(?:au |en )?(?:tout )?(?:debut|fin|milieu) (?:du|de) mois)\b(?!\s+d(?:e\s|'))")),
        # "une dizaine de jours après la cyberattaque", "trois semaines après l'attaque": the attack is that long
        # before the story was written (resolve: its month, when a week's slack stays in it; "un mois après" is too vague)
        # "a porté plainte le 5 juin, au lendemain de la cyberattaque": the day before the date written just before
        ("since", re.compile(r"\b(?P<morrow>au lendemain)\s+(?:de la |de l'|du |d'une |d'un |de son |de sa |de leur )(?:cyber-?attaque|attaque|"
                             r"intrusion|piratage|incident|fuite|panne)\b")),
        ("since", re.compile(r"\b(?P<about>(?:pres d'|plus d'|environ |a peine )?)(?P<n>\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|"
                             r"neuf|dix|quinze|quelques|une dizaine|une quinzaine|une vingtaine)\s+(?:de\s+)?(?P<unit>jours?|semaines?|mois)"
                             # ("un mois après la découverte de l'affaire": counted from when the breach was found)
                             r"\s+apres\s+(?:la |l'|le |son |sa |leur )(?:(?:decouverte|detection|revelation)\s+(?:de la |de l'|du |des |d'une |d'un |de ces |de cette )"
                             r"(?:cyber-?attaque|attaque|intrusion|piratage|incident|fuite|faille|affaire|acces|consultations?)|"
                             r"cyber-?attaque|attaque|intrusion|piratage|incident|fuite|panne|rancongiciel)\b")),
        # "il y a deux semaines", "depuis trois jours" (it began then), "voici une dizaine de jours"
        ("ago", re.compile(r"\b(?:il y a|voici|voila|depuis|cela fait|ca fait) (?P<about>(?:environ|pres de|pres d'|plus de|plus d'|moins de|moins d'|a peine)\s*)?"
                           r"(?P<n>\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|quelques|une dizaine|"
                           r"une quinzaine|une vingtaine)\s+(?:de\s+)?(?P<unit>jours|jour|semaines|semaine|mois|ans|an|heures)\b")),
        ("relyear", re.compile(r"\b(?:l'an (?P<last>dernier|passe)|l'annee (?P<last2>derniere|passee)|cette annee|"
                               r"(?:debut|fin|milieu|courant) d'annee (?P<last3>derniere|passee)|"
                               r"(?:le |au |en )?(?:debut|courant|milieu) (?:de l'annee|d'annee)(?! (?:19|20)\d\d))\b")),
        ("weekday", re.compile(
            rf"\b(?P<this>ce\s+|(?P<night>(?:dans )?(?:la|cette) nuit(?: d[eu])?\s+)|(?:dans )?(?:la|cette) (?:matinee|soiree|journee) d[eu]\s+)?"
            rf"(?P<wd>{wd})(?P<tail>(?:\s+(?:soir|matin|apres-midi|midi))*(?:\s+(?P<last>dernier|passe))?)"
            # "la nuit de dimanche à lundi": one night, dated by the day it ends on (the attack is found that morning)
            rf"(?(night)(?:\s+(?:a|au)\s+(?P<wd2>{wd})(?P<wd2last>\s+(?:dernier|passe))?)?)\b")),
        # A weekday and its day without the month: "mardi 14", "dans la nuit de lundi 13 à mardi 14" (not "mardi 14h")
        ("wdday", re.compile(
            rf"\b(?:(?P<night>nuit) d[eu]\s+(?:{wd})\s+\d{{1,2}}(?:er)?\s+(?:a|au)\s+)?(?P<wd>{wd})\s+(?P<day>\d{{1,2}})(?:er)?"
            r"(?!\s*(?:h\b|h\d|heures?|:|\d|[.,]\d|%|e\b|eme))")),
        # A day of the month without its month: "le 3", "depuis le 12", "le 3 courant", "dans la nuit du 11 au 12".
        ("dayonly", re.compile(
            # (not a phone number: "appelez le 15", "composer le 18")
            r"\b(?:(?P<night>nuit) du\s+\d{1,2}(?:er)?\s+au\s+|(?:depuis |des |jusqu'au )?"
            r"(?<!appeler )(?<!appelez )(?<!appelle )(?<!appele )(?<!composer )(?<!composez )(?<!compose )(?<!numero )"
            r"(?<!contacter )(?<!joindre )(?<!faire )(?<!ou )(?<!et )le\s+)(?P<day>\d{1,2})(?:er)?"
            r"(?P<courant>\s+courant|\s+de ce mois)?"
            r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:au (?:matin|soir)|dans (?:la|l')|a \d|vers \d|en (?:fin|debut) d|et\s|au\s\d|vers\s|aux alentours))")),
    ]


# What every pattern of a kind needs somewhere in the text to match at all: a digit (a day, a
# year: each such pattern holds \d{1,2}, \d{4} or (19|20)\d\d outside any optional part), a month (a full date's
# day may be written in words: "le premier mars"),
# weekday or season name (its alternation, not optional), "semaine"/"week", "mois". A text without
# it is not searched with those patterns (the same matches, found faster: most sentences hold no date).
_NEEDS = {"iso": "digit", "numeric": "digit", "daymonth": "digit", "full": "month", "year": "digit", "wdday": "digit", "dayonly": "digit",
          "month": "month", "weekday": "weekday", "season": "season", "relweek": r"week|semaine", "relmonth": "mois", "rentree": "rentree"}


@lru_cache(maxsize=1)
def _gates() -> list[re.Pattern[str] | None]:
    """For each of _patterns(), a regex that finds something in any text the pattern matches (or None)."""
    rules = load_rules("dates.json")
    named = {"digit": r"\d", "month": _alt(rules["months"]), "weekday": _alt(rules["weekdays"]), "season": _alt(rules["seasons"])}
    return [re.compile(named.get(_NEEDS[kind], _NEEDS[kind])) if kind in _NEEDS else None for kind, _ in _patterns()]


def find_dates(folded: str) -> list[DateExpr]:
    """Date expressions in a folded text, longest first when they overlap."""
    found = []
    present: dict[re.Pattern[str], bool] = {}
    for (kind, pattern), gate in zip(_patterns(), _gates()):
        if gate is not None:
            if gate not in present:
                present[gate] = gate.search(folded) is not None
            if not present[gate]:
                continue
        for m in finditer(pattern, folded):  # pattern.finditer(folded), faster (rxscan)
            parts = {k: v for k, v in m.groupdict().items() if v}
            if "dayw" in parts:
                parts["day"] = str(_DAY_WORDS[parts.pop("dayw").replace(" ", "-")])
            found.append(DateExpr(m.start(), m.end(), kind, parts))
    kept: list[DateExpr] = []
    for expr in sorted(found, key=lambda e: -(e.end - e.start)):
        if all(expr.end <= k.start or expr.start >= k.end for k in kept):
            kept.append(expr)
    return _join_nights(sorted(kept, key=lambda e: e.start), folded)


_NIGHT_TO = re.compile(r"\s+au\s+")


def _join_nights(exprs: list[DateExpr], folded: str) -> list[DateExpr]:
    """ "dans la nuit du 31 décembre au 1er janvier", "la nuit du 30 avril au 1er mai 2024": one night across two
    months, dated by the day it ends on (as "la nuit du 3 au 4 juillet" is)."""
    out: list[DateExpr] = []
    for expr in exprs:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "full" and expr.kind == "full" and "night" in prev.parts \
                and "more" not in prev.parts and "year" not in prev.parts and _NIGHT_TO.fullmatch(folded, prev.end, expr.start):
            out[-1] = DateExpr(prev.start, expr.end, "full", {**expr.parts, "night": prev.parts["night"]})
            continue
        out.append(expr)
    return out


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


def day_value(y: int, m: int, d: int) -> Resolved | None:
    """The day y-m-d at day precision, None when no such day exists (a 31 of a 30-day month)."""
    try:
        return Resolved(dt.date(y, m, d).isoformat(), "day")
    except ValueError:
        return None


def _month(y: int, m: int) -> Resolved:
    return Resolved(f"{y:04d}-{m:02d}", "month")


def _year_only(y: int) -> Resolved:
    return Resolved(f"{y:04d}", "year")


# The counts the relative-date rules read ("deux jours plus tard", "il y a une dizaine de jours").
_COUNT_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                "neuf": 9, "dix": 10, "quinze": 15, "quelques": 4, "une dizaine": 10, "une quinzaine": 15, "une vingtaine": 20}


def _count(n: str) -> int:
    return int(n) if n.isdigit() else _COUNT_WORDS[n]


def span_value(first: dt.date, last: dt.date) -> Resolved | None:
    """A span of days at the precision it allows: its day, its month, its year, else nothing."""
    if first == last:
        return Resolved(first.isoformat(), "day")
    if (first.year, first.month) == (last.year, last.month):
        return _month(first.year, first.month)
    return _year_only(first.year) if first.year == last.year else None


def _week_span(p: dict, P: dt.date) -> Resolved | None:
    """ "ce week-end", "la semaine dernière", "en début de semaine", "la fin de semaine" (the Québec week-end):
    the most recent such span that began by the publication day, cut at it."""
    monday = P - dt.timedelta(days=P.weekday())
    if "wkend" in p:  # Saturday and Sunday; "la fin de semaine" (France: the end of the week) from the Friday
        first, length = (4, 3) if "fin de semaine" in p["wkend"] else (5, 2)
        last = bool(p.get("wklast") or p.get("fslast"))
    elif "early" in p:
        first, length, last = 0, 3, "elast" in p
    elif "mid" in p:
        first, length, last = 1, 3, "mlast" in p
    else:  # "cette semaine", "la semaine dernière": the working week, Monday to Friday (a Saturday is "le week-end")
        first, length, last = 0, 5, "this" not in p
    start = monday + dt.timedelta(days=first)
    if start > P or (last and "wkend" not in p):
        start -= dt.timedelta(days=7)
    elif last and P <= start + dt.timedelta(days=length - 1):
        start -= dt.timedelta(days=7)  # "le week-end dernier" written that Sunday: the one before
    end = min(start + dt.timedelta(days=length - 1), P)
    return span_value(start, end)


def _easter(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


# Days from Easter Sunday: the feast's day, and the span "le week-end de ..." / "le pont de ..." names
_FEASTS = {"paques": (1, (-1, 0)), "pentecote": (50, (48, 49)), "ascension": (39, (39, 42))}


def _feast(p: dict, P: dt.date | None) -> Resolved | None:
    """ "le week-end de Pâques", "le lundi de Pentecôte", "le jeudi de l'Ascension": in the year written, else
    the last one that began by the publication day; its day, or the span at the precision it allows."""
    day, (first, last) = _FEASTS[p["feast"]]
    if "wk" not in p:
        if ("mon" in p) != (p["feast"] != "ascension"):
            return None  # "le lundi de l'Ascension", "le jeudi de Pâques": no such day
        first = last = day
    if "year" in p:
        easter = _easter(int(p["year"]))
    elif P is not None:
        easter = _easter(P.year)
        if easter + dt.timedelta(days=first) > P:
            easter = _easter(P.year - 1)
    else:
        return None
    return span_value(easter + dt.timedelta(days=first), easter + dt.timedelta(days=last))


def since_days(expr: DateExpr) -> int:
    """How many days a "since" expression counts ("une dizaine de jours après l'attaque": 10)."""
    if "morrow" in expr.parts:
        return 1
    return _count(expr.parts["n"]) * (7 if expr.parts["unit"].startswith("semaine") else 1)


def since_in_months(expr: DateExpr) -> bool:
    """ "un mois après l'attaque", "deux mois après la découverte de la fuite": a count of months."""
    return expr.parts.get("unit") == "mois"


def months_before(expr: DateExpr, day: dt.date) -> Resolved | None:
    """The month a count of months back from `day` names, when a week either side of it stays in that month
    ("un mois après l'attaque" in a story of 8 June: May; of 3 June, late April or early May: none)."""
    if expr.parts["n"] in ("quelques", "une dizaine", "une quinzaine", "une vingtaine"):
        return None  # a vague count of months names no month
    y, m = divmod(day.year * 12 + day.month - 1 - _count(expr.parts["n"]), 12)
    last = (dt.date(y + (m + 1) // 12, (m + 1) % 12 + 1, 1) - dt.timedelta(days=1)).day
    back = dt.date(y, m + 1, min(day.day, last))
    early, late = back - dt.timedelta(days=7), back + dt.timedelta(days=7)
    return _month(y, m + 1) if (early.year, early.month) == (late.year, late.month) else None


def resolve_anchored(expr: DateExpr, anchor: Resolved | None) -> Resolved | None:
    """ "la veille", "le lendemain", "quelques heures plus tôt": a day counted from the
    day-precise date written before it (`anchor`), else None."""
    if expr.kind != "anchored" or anchor is None or anchor.qualifier != "day":
        return None
    p = expr.parts
    day = dt.date.fromisoformat(anchor.value)
    if "prevwk" in p:  # the Saturday and Sunday before that day
        sunday = day - dt.timedelta(days=(day.weekday() + 1) % 7 or 7)
        return span_value(sunday - dt.timedelta(days=1), sunday)
    if "prevwd" in p:
        back = (day.weekday() - load_rules("dates.json")["weekdays"][p["prevwd"]]) % 7 or 7
        return Resolved((day - dt.timedelta(days=back)).isoformat(), "day")
    if "eve" in p:
        shift = -1
    elif "next" in p:
        shift = 1
    elif "same" in p or p["unit"].startswith("heure"):
        shift = 0  # a few hours before or after: the same day, as far as the text says
    elif p["n"] == "quelques":
        # "quelques jours plus tôt": two to seven days, so the month when that whole span stays in it
        if not p["unit"].startswith("jour") or p["dir"] not in ("plus tot", "auparavant") or "prep" in p:
            return None
        near, far = day - dt.timedelta(days=2), day - dt.timedelta(days=7)
        return Resolved(f"{near.year:04d}-{near.month:02d}", "month") if (near.year, near.month) == (far.year, far.month) else None
    else:
        n = _count(p["n"])
        n *= 7 if p["unit"].startswith("semaine") else 1
        shift = n if p["dir"] in ("plus tard", "apres") else -n
        if "prep" in p and p["dir"] in ("apres", "avant"):
            shift = -shift
    return Resolved((day + dt.timedelta(days=shift)).isoformat(), "day")


SOON_DAYS = 31  # a yearless day this soon after the publication day is one to come, not last year's


def _soon(P: dt.date, month: int, day: int) -> bool:
    """The day (month, day) of P's year falls in the SOON_DAYS after P."""
    try:
        ahead = (dt.date(P.year, month, day) - P).days
    except ValueError:
        return False
    return 0 < ahead <= SOON_DAYS


def resolve(expr: DateExpr, published: dt.date | None, same_day_ok: bool = True) -> Resolved | None:
    """The value an expression names; None when it needs a publication date we lack.

    A bare weekday naming the publication day itself ("a été attaqué lundi" in a
    Monday dispatch) means that day; "lundi dernier" is a week before. With
    `same_day_ok=False` a bare weekday is the most recent such day before publication.
    """
    rules = load_rules("dates.json")
    p, k, P = expr.parts, expr.kind, published
    if k in ("iso", "numeric"):
        return day_value(_year(p["year"]), int(p["m"]), int(p["d"]))
    if k == "full":
        month = rules["months"][p["month"]]
        if "year" in p:
            y = int(p["year"])
        elif P:
            y = P.year if (month, int(p["day"])) <= (P.month, P.day) else P.year - 1
            if y < P.year and "last" not in p and _soon(P, month, int(p["day"])):
                return None  # "les rendez-vous du 24 mars" in a story of 20 March: days to come, not a year ago
        else:
            return None
        if expr.multi:
            return _month(y, month)
        # "dans la nuit du 18 au 19 octobre": the night ends on the 19th, when the attack is found
        day = int(re.findall(r"\d+", p["more"])[-1]) if "night" in p and "more" in p else int(p["day"])
        return day_value(y, month, day)
    if k == "month":
        month = rules["months"][p["month"]]
        if "year" in p:
            return _month(int(p["year"]), month)
        return _month(P.year if month <= P.month else P.year - 1, month) if P else None
    if k == "monthspan":
        m1, m2 = rules["months"][p["month1"]], rules["months"][p["month"]]
        if "year" in p:
            y2 = int(p["year"])
        elif P:
            y2 = P.year if m2 <= P.month else P.year - 1
        else:
            return None
        y1 = int(p["year1"]) if "year1" in p else (y2 if m1 <= m2 else y2 - 1)
        last = dt.date(y2 + m2 // 12, m2 % 12 + 1, 1) - dt.timedelta(days=1)
        return span_value(dt.date(y1, m1, 1), last)
    if k == "year":
        return _year_only(int(p["year"]))
    if k == "season":
        if "year" in p:
            return _year_only(int(p["year"]))
        if not P:
            return None
        begins = rules["seasons"][p["season"]]
        if "this" in p:
            return _year_only(P.year)
        # "l'été dernier" in September may be this year's; in May it is last year's.
        return _year_only(P.year if P.month > begins + (2 if "last" in p else 0) else P.year - 1)
    if k == "rentree":
        if "year" in p:
            return _month(int(p["year"]), 9)
        return _month(P.year if P.month >= 9 else P.year - 1, 9) if P else None
    if k == "daymonth":
        m, d = int(p["m"]), int(p["d"])
        if not P or not 1 <= m <= 12:
            return None
        if (m, d) > (P.month, P.day) and _soon(P, m, d):
            return None  # ("le 24/03" in a story of 20 March)
        return day_value(P.year if (m, d) <= (P.month, P.day) else P.year - 1, m, d)
    if k == "feast":
        return _feast(p, P)
    if k == "holiday" and "fetes" in p:
        # December of the last holidays begun by the publication day ("entre Noël et le Nouvel An" in a January story:
        # the December before); with its year written, that December
        if "year" in p:
            return _month(int(p["year"]), 12)
        return _month(P.year if (P.month, P.day) >= (12, 24) else P.year - 1, 12) if P else None
    if k == "holiday" and "hname" in p:
        month, day = rules["feasts"][p["hname"]]
        shift = dt.timedelta(days=-1 if "heve" in p else 1 if "hnext" in p else 0)
        if "year" in p:
            return Resolved((dt.date(int(p["year"]), month, day) + shift).isoformat(), "day")
        if not P:
            return None
        this = dt.date(P.year, month, day) + shift
        return Resolved((this if this <= P else dt.date(P.year - 1, month, day) + shift).isoformat(), "day")
    if k == "holiday":
        month, day = (12, 24) if "eve" in p else (12, 25) if "xmas" in p else (12, 31) if "nye" in p else (1, 1)
        if "year" in p:
            return day_value(int(p["year"]), month, day)
        if not P:
            return None
        return day_value(P.year if (month, day) <= (P.month, P.day) else P.year - 1, month, day)
    if k in ("anchored", "vague"):
        return None  # resolved by resolve_anchored against the previous date, or never
    if not P:
        return None
    if k == "relday":
        offset = {"hier": 1, "avant-hier": 2}.get(p["rel"], 0)  # "cette nuit", "ce matin": the day itself
        return Resolved((P - dt.timedelta(days=offset)).isoformat(), "day")
    if k == "relweek":
        return _week_span(p, P)
    if k == "wdday":
        # the latest day before publication that is this weekday and this day of the month
        want, d = rules["weekdays"][p["wd"]], int(p["day"])
        day = P
        for _ in range(400):
            if day.day == d and day.weekday() == want:
                return Resolved(day.isoformat(), "day")
            day -= dt.timedelta(days=1)
        return None
    if k == "dayonly":
        # "le 3" in a story of the 16th is this month's 3rd; "le 20", last month's ("le 20 courant": none).
        d = int(p["day"])
        if d <= P.day:
            return day_value(P.year, P.month, d)
        if "courant" in p:
            return None
        last = P.replace(day=1) - dt.timedelta(days=1)
        return day_value(last.year, last.month, d)
    if k == "relmonth":
        first = P.replace(day=1)
        day = first - dt.timedelta(days=1) if "last" in p else first
        return _month(day.year, day.month)
    if k == "ago":
        # "il y a deux semaines": a day counted back, kept to the precision the count allows: a number of
        # days is a day; weeks, "quelques jours", "une dizaine de jours", "environ trois jours", "depuis 15
        # jours" its month.
        n = _count(p["n"])
        unit = p["unit"].rstrip("s")
        if unit == "an":
            return _year_only(P.year - n)
        if unit == "moi":  # "mois" stripped of its s
            y, m = divmod(P.year * 12 + P.month - 1 - n, 12)
            return _month(y, m + 1)
        if unit == "heure":
            # "il y a 48 heures", "depuis 72 heures": whole days back; hours that make no whole day, or an approximate count, give the month
            day = P - dt.timedelta(days=n // 24)
            return Resolved(day.isoformat(), "day") if n % 24 == 0 and "about" not in p else _month(day.year, day.month)
        day = P - dt.timedelta(days=n * (7 if unit == "semaine" else 1))
        # "quinze jours", "huit jours" are the idioms for two weeks and one week: not a count of days
        exact = unit == "jour" and "about" not in p and p["n"] not in ("quelques", "quinze", "15", "huit", "8") \
            and not p["n"].startswith("une ")
        return Resolved(day.isoformat(), "day") if exact else _month(day.year, day.month)
    if k == "since":
        if "morrow" in p:
            return None  # "au lendemain de l'attaque" tells a moment of the story, not the day it was written after
        if since_in_months(expr):
            return months_before(expr, P)
        day = P - dt.timedelta(days=since_days(expr))
        slack = day - dt.timedelta(days=7)  # the story may be told days after what it counts from
        return _month(day.year, day.month) if (slack.year, slack.month) == (day.year, day.month) else None
    if k == "relyear":
        return _year_only(P.year - 1 if ("last" in p or "last2" in p or "last3" in p) else P.year)
    if k == "weekday":
        if "wd2" in p:  # "la nuit de dimanche à lundi": the Monday
            back = (P.weekday() - rules["weekdays"][p["wd2"]]) % 7
            if back == 6 and "last" not in p and "wd2last" not in p:
                back = 0  # written on the Sunday the night began: that day, never the Monday of the week before
            return Resolved((P - dt.timedelta(days=back)).isoformat(), "day")
        if "night" in p and "last" not in p:
            # "dans la nuit de jeudi": the night from Thursday to Friday, dated by the Friday it ends on; in a
            # Thursday story, the night just past (Wednesday to Thursday), so the Thursday itself
            wd = rules["weekdays"][p["wd"]]
            back = 0 if P.weekday() == wd else (P.weekday() - (wd + 1) % 7) % 7
            return Resolved((P - dt.timedelta(days=back)).isoformat(), "day")
        back = (P.weekday() - rules["weekdays"][p["wd"]]) % 7
        if back == 0 and ("last" in p or not ("this" in p or same_day_ok)):
            back = 7
        return Resolved((P - dt.timedelta(days=back)).isoformat(), "day")
    return None
