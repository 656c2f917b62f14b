"""rxscan.finditer gives re's own matches, in the same order, for every regex rule of the rule files
and for patterns of the shapes it reads (optional openings, empty alternatives, character sets,
repeats, lookbehinds), over short texts written for the purpose."""

import re
from importlib import resources

import pytest

from healthbreach.extract import rxscan
from healthbreach.extract.rules import RuleSet
from healthbreach.textfold import fold

TEXTS = [
    "Le centre hospitalier de Dax a été victime d'une cyberattaque par rançongiciel, revendiquée par un groupe de pirates.",
    "Les données de 750 000 patients (noms, dates de naissance, numéros de sécurité sociale) ont été dérobées chez un prestataire.",
    "L'hôpital est passé en mode dégradé : retour au papier et au crayon, les opérations ont été déprogrammées.",
    "Aucune donnée médicale n'a été volée ; les urgences fonctionnent normalement depuis lundi 3 mars 2025.",
    "Au Québec, le CIUSSS de l'Estrie affirme que la fuite ne concerne que 12 dossiers, selon un communiqué.",
    "La clinique a porté plainte après l'intrusion ; les pirates menacent de publier les fichiers sur le dark web.",
    "aaa abab abcabd mode de fonctionnement degrade ,, x-y  \n  fin",
    "",
]
FOLDED = [fold(t) for t in TEXTS] + TEXTS

SHAPES = [
    r"(?<![a-z])(?:(?:en |un )?mode (?:de fonctionnement )?degrade|procedures? degradees?)",
    r"(?:abc|abd|ab)",  # alternatives sharing their start
    r"(?:x|)y",  # an empty alternative: the match may open with what follows
    r"[ée]t[ée]",
    r"(?:de )*donnees",  # an optional repeat before the opening word
    r"(?:ab)+c?",
    r"\b(?:le|la|les)\s+\w+",
    r"(?<=\s)a",  # one letter: too short, scanned by re itself
    r"(?:a|ont)(?: deja)? revendique",  # a one-letter opening read on into what follows
    r"(?<![a-z])a\s+(?:l'|la )",  # ... into a space
    r"a*",  # can match the empty string: scanned by re itself
    r"(?i)mode",  # ignores case: scanned by re itself
]


def _rule_patterns() -> list[re.Pattern[str]]:
    found = []
    for path in resources.files("healthbreach.extract").joinpath("data", "rules").iterdir():
        if path.name.endswith(".json"):
            rules = RuleSet.load(f"rules/{path.name}")
            found += [rules.regex(r.id) for r in rules.rules if r.kind == "regex"]
    return found


def _spans(matches) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("pattern", SHAPES)
def test_same_matches_for_each_shape(pattern):
    rx = re.compile(pattern)
    for text in FOLDED:
        assert _spans(rxscan.finditer(rx, text)) == _spans(rx.finditer(text)), (pattern, text)
        n = len(text)
        assert _spans(rxscan.finditer(rx, text, n // 4, 3 * n // 4)) == _spans(rx.finditer(text, n // 4, 3 * n // 4))


def test_same_matches_for_every_rule_pattern():
    patterns = _rule_patterns()
    listed = [rx for rx in patterns if rxscan.prefixes(rx) is not None]
    assert len(listed) >= len(patterns) // 2  # most rules are scanned the faster way
    for rx in patterns:
        for text in FOLDED:
            assert _spans(rxscan.finditer(rx, text)) == _spans(rx.finditer(text)), (rx.pattern[:80], text)


def test_the_openings_read_from_a_pattern():
    assert rxscan.prefixes(re.compile(r"(?<![a-z])(?:mode|papier)s?")) == {"mode", "papier"}
    assert rxscan.prefixes(re.compile(r"(?:de )*donnees")) == {"de ", "donnees"}
    assert rxscan.prefixes(re.compile(r"(?:x|)yz")) == {"xyz", "yz"}
    # a one-letter opening is read on into what follows it
    assert rxscan.prefixes(re.compile(r"[ée]t[ée]")) == {"été", "éte", "eté", "ete"}
    assert rxscan.prefixes(re.compile(r"(?:a|ont)(?: deja)? revendique")) == {"a deja", "a revendique", "ont"}
    assert rxscan.prefixes(re.compile(r"\ba\s+l'image")) == {"a" + space for space in rxscan._SPACES}



def test_the_spaces_are_what_re_calls_spaces():
    every = (chr(c) for c in range(0x110000))
    assert rxscan._SPACES == {c for c in every if re.match(r"\s", c)}
    for unlisted in (r"a*", r"(?i)mode", r"\w+ment", r"[^a]bc", r"(?:en )?\d+"):
        assert rxscan.prefixes(re.compile(unlisted)) is None, unlisted
