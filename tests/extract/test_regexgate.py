"""regexgate: the literals a regex needs, and a gated search that finds what the regex finds."""

import re

import pytest

from healthbreach.extract.regexgate import Gate, needed
from healthbreach.extract.rules import RuleSet, rule_files
from healthbreach.textfold import fold


@pytest.mark.parametrize("pattern, words", [
    (r"(?<![a-z])(?:fuite|vol) de donnees", {" de donnees"}),
    (r"\b(?:pirat|hack)(?:e|es|ee)?\b", {"pirat", "hack"}),
    (r"(?:un )?rancongiciel", {"rancongiciel"}),
    (r"(?:la )?(?:clinique|hopital)s?", {"clinique", "hopital"}),
    (r"a+b{2,}", {"a", "b"}),
    (r"(?:abc)+", {"abc"}),
])
def test_needed_words(pattern, words):
    found = needed(pattern)
    assert found is not None and (found == words or found in ({w} for w in words))


@pytest.mark.parametrize("pattern", [r"(?i)fuite", r"\d+", r"(?:fuite)?", r"[a-z]+", r"(?:x|\d)", ""])
def test_no_gate_where_nothing_is_needed_or_case_is_ignored(pattern):
    gate = Gate(re.compile(pattern))
    assert gate.words is None and gate.open("")


def test_a_case_blind_group_gives_no_gate():
    assert needed(r"(?i:fuite) de") is None


TEXTS = ["la clinique a ete piratee lundi", "aucune fuite de donnees n'est a deplorer", "les serveurs de l'hopital",
         "un rancongiciel chiffre les postes", "rien a signaler ce jour", "Hopital", "hack", ""]


def test_a_closed_gate_means_no_match_for_every_rule_and_its_examples():
    for name in rule_files():
        for rule, rx in RuleSet.load(name)._regex:
            gate = Gate(rx)
            for text in [*TEXTS, *map(fold, rule.match), *map(fold, rule.no_match)]:
                if rx.search(text):
                    assert gate.open(text), (rule.id, text)
