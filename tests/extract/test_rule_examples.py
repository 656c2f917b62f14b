"""Every rule of the one rule grammar matches its own 'match' phrases and none of its 'no_match' ones."""

import pytest

from healthbreach.extract.rules import POINT, RuleError, RuleSet, rule_files
from healthbreach.textfold import fold

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
    if rule.reads:  # read beside the mention the example marks with [X]
        before, after = phrase.split(POINT)
        m = ruleset.beside(rule, fold(before), fold(after))
        assert bool(m) == expected, f"{rule.id} on {phrase!r}: {'no match' if expected else 'matched ' + repr(m.group(0))}"
        return
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


def test_fragments_and_reads(monkeypatch):
    import healthbreach.extract.rules as rules

    spec = {"fragments": {"HIT": "(?:pirat|touch){END}", "END": "ee?"},
            "rules": [{"id": "x.after", "kind": "regex", "reads": "after", "pattern": r"\s+a\s+ete\s+{HIT}",
                       "match": ["[X] a été piratée"]},
                      {"id": "x.free", "kind": "regex", "pattern": "{HIT}", "match": ["touchée"]}]}
    monkeypatch.setattr(rules, "load_rules", lambda name: spec)
    rs = RuleSet.load.__wrapped__(RuleSet, "rules/x.json")
    after, free = rs.rules
    assert after.pattern == r"\s+a\s+ete\s+(?:pirat|touch)ee?" and after.reads == "after"
    assert rs.beside(after, "la clinique", " a ete touchee hier") and not rs.beside(after, "", " dit avoir ete touchee")
    # a rule read beside a mention is no free pattern: find_in_text runs only the other one
    assert [m.rule.id for m in rs.find_in_text("La clinique a été touchée.")] == ["x.free"]
    for bad, message in ((dict(spec["rules"][0], pattern="{NOPE}"), "no fragment 'NOPE'"),
                         (dict(spec["rules"][0], match=["a été piratée"]), r"marks it once with \[X\]"),
                         (dict(spec["rules"][0], reads="around"), "'reads' is for regex rules")):
        monkeypatch.setattr(rules, "load_rules", lambda name, bad=bad: {"fragments": spec["fragments"], "rules": [bad]})
        with pytest.raises(RuleError, match=message):
            RuleSet.load.__wrapped__(RuleSet, "rules/bad.json")


def test_fragments_from_word_lists(monkeypatch):
    import healthbreach.extract.rules as rules

    files = {"words.json": {"hits": ["piratage", "fuite de données", "chu "], "everyday": ["fuite de données"],
                            "stems": [r"attaqu\w*", "vol\\b"]},
             "rules/x.json": {"fragments": {"HIT": "(?:{STEMS}|{TERMS})", "STEMS": {"patterns": "words.json:stems"},
                                            "TERMS": {"terms": "words.json:hits", "except": "words.json:everyday"}},
                              "rules": [{"id": "x.hit", "kind": "regex", "pattern": "(?<![a-z]){HIT}", "match": ["le piratage"]}]}}
    def load(name):
        if name not in files:
            raise FileNotFoundError(name)
        return files[name]

    monkeypatch.setattr(rules, "load_rules", load)
    rs = RuleSet.load.__wrapped__(RuleSet, "rules/x.json")
    assert rs.rules[0].pattern == r"(?<![a-z])(?:(?:(?:attaqu\w*)|(?:vol\b))|(?:piratage|chu\b))"
    hit = rs.regex("x.hit")
    assert hit.search("une attaque") and hit.search("au chu de x") and not hit.search("les chutes")
    assert not hit.search("une fuite de donnees")  # left out by 'except'
    for bad, message in (({"terms": "words.json:nope"}, "no word list 'words.json:nope'"),
                         ({"terms": "nofile.json:hits"}, "no word list"),
                         ({"words": "words.json:hits"}, "a fragment is a regex")):
        files["rules/bad.json"] = dict(files["rules/x.json"], fragments={"HIT": bad})
        with pytest.raises(RuleError, match=message):
            RuleSet.load.__wrapped__(RuleSet, "rules/bad.json")
