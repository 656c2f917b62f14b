"""One breach vocabulary (data/relevance.json): the relevance judgement and the role rules read the same words."""

import healthbreach.extract.rules as rules
from healthbreach.extract.roles import BREACH_RE
from healthbreach.extract.rules import RuleSet, load_rules
from healthbreach.textfold import fold


def test_every_strong_breach_term_and_stem_is_a_breach_word_of_the_roles():
    data = load_rules("relevance.json")
    weak = {fold(t) for t in data["weak_breach"]}
    strong = [t for t in data["breach"] if fold(t) not in weak]
    assert strong and data["breach_stems"]
    assert [t for t in strong if not BREACH_RE.match(fold(t).strip())] == []
    assert BREACH_RE.pattern.count("(?:") > len(data["breach_stems"])  # the stems are read as patterns


def test_a_breach_word_added_to_the_vocabulary_reaches_the_role_rules(monkeypatch):
    real = rules.load_rules

    def with_new_word(name):
        data = real(name)
        return dict(data, breach=[*data["breach"], "extorsion numérique"]) if name == "relevance.json" else data

    monkeypatch.setattr(rules, "load_rules", with_new_word)
    roles = RuleSet.load.__wrapped__(RuleSet, "rules/roles.json")
    assert roles.regex("role.breach_word").search(fold("Une extorsion numérique frappe le centre."))
    assert not BREACH_RE.search(fold("Une extorsion numérique frappe le centre."))  # the loaded set is unchanged
