"""Whether two names are one organisation, and which of its names it is given: "CHR de Huy" and "Centre hospitalier
régional de Huy", "laboratoire LBAM" and "Laboratoire breton d'analyses médicales", "CH de X" and "centre hospitalier de X"."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from healthbreach.textfold import fold
from healthbreach.extract.mentions import Mention, generic_words, key_of
from healthbreach.extract.acronyms import initials_of
from healthbreach.extract.nlp import org_data
from healthbreach.extract.textspans import doc_folded, doc_text
from healthbreach.extract.organisation import Organisation


def _matching_org(orgs: dict[str, Organisation], key: str, name: str) -> Organisation | None:
    if key in orgs:
        return orgs[key]
    for org in orgs.values():
        if org.kind != "group" and (key in org.key or _same(name, org.canonical) or _same(org.canonical, name)
                                    or _head_and_initials(name, org.canonical)):
            return org
    return None


def _better_name(mention: Mention, org: Organisation) -> bool:
    """A name the text writes beats one put together; a hospital's official form beats the
    everyday "hôpital de X"; otherwise the shorter wins ("CH de Dax")."""
    written = [m for m in org.mentions if not m.built]
    if mention.built:
        # "centre hospitalier de Vierzon" (the body's plural head) beats the headline's everyday "hôpital de Vierzon"
        return not written and (_everyday(mention.canonical), len(mention.canonical)) < (_everyday(org.canonical), len(org.canonical))
    if not written:
        return True
    if key_of(mention.canonical) == key_of(org.canonical):
        # "Charles-Le Moyne" / "Charles-LeMoyne": one name spelled two ways, the text's usual spelling wins
        count = lambda name: sum(m.canonical == name for m in written)  # noqa: E731
        return count(mention.canonical) + 1 > count(org.canonical)
    rank = (_everyday(mention.canonical), _bare_ch(mention.canonical), len(mention.canonical))
    return rank < (_everyday(org.canonical), _bare_ch(org.canonical), len(org.canonical))


def _everyday(name: str) -> bool:
    return fold(name).startswith(("hopital ", "hopitaux "))


def _bare_ch(name: str) -> bool:
    """"CH de Saint-Claude": a newsroom's abbreviation, which "centre hospitalier de Saint-Claude" beats
    (unlike CHU, CISSS or CPAM, the forms the press names such bodies by)."""
    return name.startswith("CH ")


def _head_and_initials(short: str, long: str) -> bool:
    """"laboratoire LBAM" and "Laboratoire breton d'analyses médicales": a head noun and the acronym of the full name
    that opens on the same head; the full name is the one the victim is given."""
    ws, wl = short.split(), fold(long).replace("-", " ").replace("'", " ").split()
    if len(ws) != 2 or not re.fullmatch(r"[A-ZÀ-Þ0-9&]{3,10}", ws[1]) or len(wl) < 3 or fold(ws[0]) != wl[0]:
        return False
    return key_of(ws[1]) == _initials(wl)


def _written_on(short: str, long: "Organisation") -> bool:
    """`long`'s name, as the text writes it, is `short` with more of its own capitalised words ("Tiers Payant
    Atlantique" for a headline's "Tiers", "Harbourline Health" for "Harbourline") or its hyphenated tail
    ("Villefranche-sur-Saône"): the fuller name."""
    name = long.canonical
    if not any(m.canonical == name and not m.built for m in long.mentions) or fold(name[: len(short)]) != fold(short):
        return False
    rest = name[len(short) :]
    return rest[:1] == "-" or (rest[:1] == " " and all(w[:1].isupper() for w in rest.split()))


@lru_cache(maxsize=1)
def _head_shorts() -> dict[str, str]:
    """A head noun, folded -> its short form (data/orgs.json), built once (read, never changed)."""
    return {fold(h): short for h, short in org_data()["heads"].items()}


def _spell_out(org: Organisation) -> None:
    """'MGPS' or 'la mutuelle MGPS' where the text also spells it out, 'Mutuelle générale de prévoyance
    sociale (MGPS)': the victim is given its full name."""
    for mention in org.mentions:
        if mention.expansion:
            current = key_of(org.canonical)
            if current == mention.key or (current.endswith(mention.key) and len(org.canonical.split()) <= 3):
                org.canonical = mention.canonical
            return


# The head acronyms a body's full name beats ("CHI de X" for "centre hospitalier intercommunal de X"); the press's own
# forms ("CHU de Brest", "CHR de Huy", "CPAM du Var", "ARS Occitanie") stay as written
_SPELT_OUT = frozenset({"ch", "chi", "chs", "cisss", "ciusss"})


# Of those, the ones the press names by the acronym form ("CISSS des Hautes-Rives") unless the text gives that form only
# as the bracketed alias of the full name, "Centre intégré ... des Hautes-Rives (CISSS des Hautes-Rives)"
_BRACKETED_ONLY = frozenset({"cisss", "ciusss"})


def _fullest(org: Organisation, doc: Doc) -> None:
    """"CHI des Deux-Rives" (a headline's, or in brackets: "... des Deux-Rives (CISSS des Deux-Rives)") where the body
    writes "centre hospitalier intercommunal des Deux-Rives" whole, and never the acronym form as its own name: the
    victim is given the name spelt out. The press's own forms ("CHU de X") stay."""
    words = org.canonical.split(None, 1)
    if len(words) == 2 and words[0].islower() and re.fullmatch(r"[A-ZÀ-Þ]{3,8}", words[1]):
        _spell_initials(org, doc, words[0], words[1])
        return
    if len(words) != 2 or fold(words[0]) not in _SPELT_OUT or not words[0].isupper():
        return
    spelt = _spelt_heads().get(fold(words[0]))
    if not spelt:
        return
    text, folded = doc_text(doc), doc_folded(doc)
    tail = re.escape(fold(words[1])).replace(r"\ ", r"\s+")
    first_line = text.find("\n") if "\n" in text else 0
    # the acronym form written in the body as a name, not in brackets after the full one
    short = re.compile(r"(?<![\w-])" + re.escape(fold(words[0])) + r"\s+" + tail + r"(?![\w-])")
    bracketed_only = fold(words[0]) in _BRACKETED_ONLY
    in_brackets = [bool(re.search(r"\(\s*$", folded[max(0, m.start() - 3) : m.start()])) for m in short.finditer(folded)]
    if (bracketed_only and not any(in_brackets)) or any(
            not bracket and (bracketed_only or m.start() > first_line) for m, bracket in zip(short.finditer(folded), in_brackets)):
        return
    heads = "|".join(re.escape(h).replace(r"\ ", r"[\s'-]+") for h in sorted(spelt, key=len, reverse=True))
    full = re.search(r"(?<![\w-])(?:" + heads + r")\s+" + tail + r"(?![\w-])", folded)
    if full is not None:
        org.canonical = text[full.start() : full.end()]


def _spell_initials(org: Organisation, doc: Doc, head: str, acronym: str) -> None:
    """"laboratoire LBAM" where the text writes "Laboratoire breton d'analyses médicales" (capitalised, no brackets):
    the name whose initials the acronym is, opening on the same head."""
    text, folded = doc_text(doc), doc_folded(doc)
    want = fold(acronym)
    for found in re.finditer(r"(?<![\w-])" + re.escape(fold(head)) + r"(?![\w-])", folded):
        if not text[found.start()].isupper():
            continue
        initials = fold(head)[0]
        run = re.match(r"[^.,;:()\"\n]{0,120}", folded[found.end() :]).group(0)  # up to the clause's end
        for word in re.finditer(r"[\w-]+", run):
            if word.group(0) not in _STOP:
                initials += word.group(0)[0]
            if initials == want:
                org.canonical = text[found.start() : found.end() + word.end()]
                return
            if len(initials) > len(want) or not want.startswith(initials):
                break


def _names(org: Organisation) -> set[str]:
    return {org.canonical} | {m.canonical for m in org.mentions if not m.built}


_STOP = {"de", "des", "du", "la", "le", "les", "l", "d", "et"}


def _initials(words: list[str]) -> str:
    """The initials of a folded name's words less its function words ("centre hospitalier de x" -> "chx"):
    acronyms.initials_of, the one initials routine, with this module's shorter stop list."""
    return initials_of(words, _STOP)


def _fuller(short: str, long: str) -> bool:
    """"Mutuelle des hospitaliers" for "Mutuelle nationale des hospitaliers": one word left out after the first."""
    ws, wl = fold(short).replace("-", " ").split(), fold(long).replace("-", " ").replace("'", " ").split()
    return len(ws) >= 2 and len(wl) == len(ws) + 1 and ws[0] == wl[0] and ws[0] not in _STOP and any(
        wl[:i] + wl[i + 1:] == ws for i in range(1, len(wl))) and len([w for w in ws if w not in _STOP]) >= 2


@lru_cache(maxsize=1)
def _spelt_heads() -> dict[str, tuple[str, ...]]:
    """A head's folded acronym ("chr") -> the folded heads it stands for ("centre hospitalier regional")."""
    out: dict[str, list[str]] = {}
    for head, short in org_data()["heads"].items():
        if " " in head and short.isupper():
            out.setdefault(fold(short), []).append(fold(head).replace("-", " ").replace("'", " "))
    return {k: tuple(v) for k, v in out.items()}


# A company's legal form before its name says nothing of which one it is: "la SELAS Bioval Biologie Médicale" is Bioval
_LEGAL_FORMS = frozenset({"sa", "sas", "sasu", "sarl", "eurl", "selas", "selarl", "selafa", "selca", "scm", "scp", "gie", "sca"})


def _same(short: str, long: str) -> bool:
    ws, wl = fold(short).replace("-", " ").split(), fold(long).replace("-", " ").replace("'", " ").split()
    if len(wl) > 1 and wl[0] in _LEGAL_FORMS and ws and ws[0] not in _LEGAL_FORMS:
        wl = wl[1:]
    if ws and wl[: len(ws)] == ws and ws[0] not in _STOP:
        return True
    # "Techno Doctolib" (a section label glued to a headline) is "Doctolib"; "Harmonie Mutuelle" is not "Mutuelle".
    if ws and len(wl) == len(ws) + 1 and wl[1:] == ws and " ".join(ws) not in generic_words():
        return True
    if _fuller(short, long):
        return True
    # "CHR de Huy" and "Centre hospitalier régional de Huy": the head's acronym spelled out
    if len(ws) >= 2 and any(wl == spelt.split() + ws[1:] for spelt in _spelt_heads().get(ws[0], ())):
        return True
    initials = _initials(wl)
    return len(ws) == 1 and len(initials) >= 2 and key_of(short) == initials
