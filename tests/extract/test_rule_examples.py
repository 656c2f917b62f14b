"""Every rule of the one rule grammar matches its own 'match' phrases and none of its 'no_match' ones."""

import pytest

from healthbreach.extract.rules import RuleError, RuleSet, rule_files

CASES = [
    (name, rule, phrase, expected)
    for name in rule_files()
    for rule in RuleSet.load(name).rules
    for expected, phrases in ((True, rule.match), (False, rule.no_match))
    for phrase in phrases
]


@pytest.fixture(scope="module")
def pipelines():
    from healthbreach.extract.nlp import blank_nlp, parse_nlp

    return {"blank": blank_nlp(), "parse": None, "make_parse": parse_nlp}


@pytest.mark.model
@pytest.mark.parametrize(("name", "rule", "phrase", "expected"), CASES, ids=[f"{c[1].id}:{c[3]}:{c[2][:30]}" for c in CASES])
def test_rule_example(pipelines, name, rule, phrase, expected):
    ruleset = RuleSet.load(name)
    if rule.kind == "dep":
        if pipelines["parse"] is None:
            pipelines["parse"] = pipelines["make_parse"]()
        doc = pipelines["parse"](phrase)
    else:
        doc = pipelines["blank"](phrase)
    fired = [m for m in ruleset.find(doc) if m.rule.id == rule.id]
    assert bool(fired) == expected, f"{rule.id} on {phrase!r}: {'no match' if expected else 'matched ' + repr([phrase[m.start:m.end] for m in fired])}"


def test_rule_ids_are_unique_across_files():
    ids = [r.id for name in rule_files() for r in RuleSet.load(name).rules]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_a_rule_without_an_example_is_refused(tmp_path, monkeypatch):
    import healthbreach.extract.rules as rules

    monkeypatch.setattr(rules, "load_rules", lambda name: {"rules": [{"id": "x.y", "kind": "regex", "pattern": "a"}]})
    with pytest.raises(RuleError, match="x.y: needs at least one 'match' example"):
        RuleSet.load.__wrapped__(RuleSet, "rules/bad.json")
