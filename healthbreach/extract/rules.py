"""The one rule grammar and the one loader of the extractor's data files.

Every data file lives in healthbreach/extract/data/ and is read with
`load_rules(name)`. Rules that recognise phrases share one format, a JSON file
under data/rules/ (read with `RuleSet.load("rules/NAME.json")`):

    {"_comment": "what these rules find",
     "rules": [
       {"id": "victim.passive_target",        # unique across all rule files: FAMILY.NAME
        "label": "victim",                    # what a match means to the module using the set
        "kind": "regex" | "token" | "dep",    # how `pattern` is read (below)
        "pattern": ...,
        "weight": 1.0,                        # optional, how much a match counts
        "match": ["phrases the rule must match", ...],
        "no_match": ["phrases it must not match", ...]}]}

- "regex": a Python regular expression over folded text (healthbreach.textfold.fold);
  offsets of a match are offsets in the original text.
- "token": a spaCy `Matcher` pattern (list of token dicts).
- "dep": a spaCy `DependencyMatcher` pattern (list of node dicts); needs a parsed Doc.

A file may name regex pieces its rules share: {"fragments": {"BREACH": "(?:cyber|fuite)", ...}};
`{BREACH}` (capitals and underscores in braces) in a regex pattern or in another
fragment stands for that piece; a key starting with "_" is a note. A fragment may
be built from a word list of another data file, so that a vocabulary is written
once: {"terms": "relevance.json:breach"} is the list's terms (folded, at word
starts, longest first, a trailing space making a whole word: `term_alternatives`),
{"patterns": "relevance.json:breach_stems"} its regex fragments in their order;
"except": "relevance.json:weak_breach" leaves out the words of another list.

A regex rule may be read beside a point of the text (a mention), not searched
over it: "reads": "after" matches at the start of the text following the point,
"reads": "before" searches the text preceding it (such patterns end with `$`).
Its examples write the point as `[X]` ("La clinique [X] a été piratée.");
`RuleSet.beside` runs it, `find` and `find_in_text` leave it out.

tests/extract/test_rule_examples.py runs every example of every rule file, so a
rule's behaviour is stated beside it and checked on each change.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from healthbreach.extract.rxscan import finditer
from healthbreach.textfold import fold

KINDS = ("regex", "token", "dep")
READS = ("before", "after")
POINT = "[X]"  # where the mention stands in the examples of a rule read beside it
_FRAGMENT = re.compile(r"\{([A-Z][A-Z_]*)\}")


def load_rules(name: str) -> dict[str, Any]:
    """Load one of the data files kept in healthbreach/extract/data/ (e.g. "orgs.json")."""
    return _load(name)


@lru_cache(maxsize=None)
def _load(name: str) -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath(f"data/{name}").read_text("utf-8"))


def term_alternatives(terms: list[str]) -> list[str]:
    """A word list's terms as regex alternatives over folded text, longest first: a term written with a
    trailing space is a whole word ("chu "), the others are stems."""
    folded = sorted({fold(t) for t in terms}, key=lambda t: (-len(t), t))
    return [re.escape(t.strip()) + (r"\b" if t.endswith(" ") else "") for t in folded]


def _word_list(source: str, where: str) -> list[str]:
    """The list `key` of data file `file`, named "file.json:key"."""
    file, _, key = source.partition(":")
    try:
        words = load_rules(file).get(key) if file.endswith(".json") else None
    except FileNotFoundError:
        words = None
    if not isinstance(words, list):
        raise RuleError(f"{where}: no word list {source!r} (a data file's list, 'file.json:key')")
    return words


def _fragment(value: str | dict[str, str], where: str) -> str:
    """A fragment as written, or built from a word list of another data file ({"terms": ...} / {"patterns": ...})."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and len(value.keys() & {"terms", "patterns"}) == 1 and value.keys() <= {"terms", "patterns", "except"}:
        how = "terms" if "terms" in value else "patterns"
        left_out = {fold(w) for w in _word_list(value["except"], where)} if "except" in value else set()
        words = [w for w in _word_list(value[how], where) if fold(w) not in left_out]
        parts = term_alternatives(words) if how == "terms" else [f"(?:{p})" for p in words]
        return "(?:" + "|".join(parts) + ")"
    raise RuleError(f"{where}: a fragment is a regex, {{'terms': 'file.json:key'}} or {{'patterns': 'file.json:key'}}"
                    " (with 'except': 'file.json:key', a list whose words are left out)")


def rule_files() -> list[str]:
    """Every rule file, as names for RuleSet.load ("rules/victims.json")."""
    folder = resources.files(__package__).joinpath("data/rules")
    return sorted(f"rules/{p.name}" for p in folder.iterdir() if p.name.endswith(".json"))


@dataclass(frozen=True)
class Rule:
    id: str
    label: str
    kind: str
    pattern: Any
    weight: float = 1.0
    match: tuple[str, ...] = ()
    no_match: tuple[str, ...] = ()
    reads: str = ""  # "before" / "after": read beside a mention (RuleSet.beside), "" searched over a text
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class RuleMatch:
    rule: Rule
    start: int  # character offsets in the text the rules ran on
    end: int
    tokens: tuple[int, ...] = ()  # token indices (token and dep rules), in the pattern's order


class RuleError(ValueError):
    """A rule file that does not follow the grammar: names the file and the rule."""


def _expand(pattern: str, fragments: dict[str, str], where: str, depth: int = 0) -> str:
    """`pattern` with each {NAME} replaced by the file's fragment of that name (fragments may name others)."""
    def one(m: re.Match[str]) -> str:
        if m.group(1) not in fragments:
            raise RuleError(f"{where}: no fragment {m.group(1)!r} in the file's 'fragments'")
        if depth > 10:
            raise RuleError(f"{where}: fragment {m.group(1)!r} names itself")
        return _expand(fragments[m.group(1)], fragments, where, depth + 1)

    return _FRAGMENT.sub(one, pattern)


class RuleSet:
    """The rules of one file, compiled once; `find` runs them over a text or a Doc."""

    def __init__(self, name: str, rules: list[Rule]) -> None:
        self.name = name
        self.rules = rules
        self._compiled = {r.id: re.compile(r.pattern) for r in rules if r.kind == "regex"}
        self._regex = [(r, self._compiled[r.id]) for r in rules if r.kind == "regex" and not r.reads]
        self._matchers: dict[int, tuple[Any, Any]] = {}

    @classmethod
    @lru_cache(maxsize=None)
    def load(cls, name: str) -> RuleSet:
        raw = load_rules(name)
        fragments = {k: _fragment(v, f"{name}: fragment {k}") for k, v in raw.get("fragments", {}).items() if not k.startswith("_")}
        rules, seen = [], set()
        for i, spec in enumerate(raw.get("rules", [])):
            rid = spec.get("id") or f"#{i}"
            if spec.get("kind") not in KINDS:
                raise RuleError(f"{name}: rule {rid}: kind must be one of {', '.join(KINDS)}, got {spec.get('kind')!r}")
            if rid in seen:
                raise RuleError(f"{name}: rule {rid}: id used twice")
            if not spec.get("match"):
                raise RuleError(f"{name}: rule {rid}: needs at least one 'match' example")
            reads = spec.get("reads")
            if reads is not None and (reads not in READS or spec["kind"] != "regex"):
                raise RuleError(f"{name}: rule {rid}: 'reads' is for regex rules, one of {', '.join(READS)}, got {reads!r}")
            if reads and any(p.count(POINT) != 1 for p in [*spec["match"], *spec.get("no_match", ())]):
                raise RuleError(f"{name}: rule {rid}: each example of a rule read {reads} a mention marks it once with {POINT}")
            seen.add(rid)
            known = {"id", "label", "kind", "pattern", "weight", "match", "no_match", "_comment", "reads"}
            pattern = spec["pattern"]
            if spec["kind"] == "regex":
                pattern = _expand(pattern, fragments, f"{name}: rule {rid}")
            rules.append(Rule(
                id=rid, label=spec.get("label", ""), kind=spec["kind"], pattern=pattern, reads=reads or "",
                weight=float(spec.get("weight", 1.0)), match=tuple(spec["match"]),
                no_match=tuple(spec.get("no_match", ())),
                extra={k: v for k, v in spec.items() if k not in known},
            ))
        return cls(name, rules)

    def rule(self, rule_id: str) -> Rule:
        """One rule of the set by its id."""
        found = next((r for r in self.rules if r.id == rule_id), None)
        if found is None:
            raise RuleError(f"{self.name}: no rule {rule_id!r}")
        return found

    def regex(self, rule_id: str) -> re.Pattern[str]:
        """The compiled pattern of one regex rule, for a module that runs it itself."""
        return self._compiled[rule_id]

    def beside(self, rule: Rule, before: str, after: str) -> re.Match[str] | None:
        """A rule that reads beside a mention, over the folded texts before and after it."""
        rx = self._compiled[rule.id]
        return rx.match(after) if rule.reads == "after" else rx.search(before)

    @property
    def needs_parse(self) -> bool:
        return any(r.kind == "dep" for r in self.rules)

    def find_in_text(self, text: str, folded: str | None = None) -> Iterator[RuleMatch]:
        """Regex rules over `text` (folded here unless `folded` is given)."""
        folded = fold(text) if folded is None else folded
        for rule, rx in self._regex:
            for m in finditer(rx, folded):  # rx.finditer(folded), faster (rxscan)
                yield RuleMatch(rule, m.start(), m.end())

    def find(self, doc: Any, folded: str | None = None) -> list[RuleMatch]:
        """Every rule over a spaCy Doc (dep rules only when the Doc is parsed)."""
        out = list(self.find_in_text(doc.text, folded)) if self._regex else []  # (doc.text joins every token)
        token_m, dep_m = self._matchers_for(doc.vocab)
        by_id = {r.id: r for r in self.rules}
        if token_m is not None:
            for key, start, end in token_m(doc):
                rule = by_id[doc.vocab.strings[key]]
                out.append(RuleMatch(rule, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), tuple(range(start, end))))
        if dep_m is not None and doc.has_annotation("DEP"):
            for key, token_ids in dep_m(doc):
                rule = by_id[doc.vocab.strings[key]]
                first, last = min(token_ids), max(token_ids)
                out.append(RuleMatch(rule, doc[first].idx, doc[last].idx + len(doc[last]), tuple(token_ids)))
        return sorted(out, key=lambda m: (m.start, m.end, m.rule.id))

    def dep_may_match(self, doc: Any) -> bool:
        """False when none of the dependency rules can match `doc` however it is parsed (their word
        tests find no token: depmatch.ArrayDependencyMatcher.may_match)."""
        _, dep_m = self._matchers_for(doc.vocab)
        return dep_m is not None and dep_m.may_match(doc)

    def _matchers_for(self, vocab: Any) -> tuple[Any, Any]:
        cached = self._matchers.get(id(vocab))
        if cached is not None:
            return cached
        from spacy.matcher import Matcher

        from healthbreach.extract.depmatch import ArrayDependencyMatcher

        token_rules = [r for r in self.rules if r.kind == "token"]
        dep_rules = [r for r in self.rules if r.kind == "dep"]
        token_m = dep_m = None
        if token_rules:
            token_m = Matcher(vocab)
            for r in token_rules:
                token_m.add(r.id, [r.pattern])
        if dep_rules:
            dep_m = ArrayDependencyMatcher(vocab)
            for r in dep_rules:
                dep_m.add(r.id, [r.pattern])
        self._matchers[id(vocab)] = (token_m, dep_m)
        return token_m, dep_m
