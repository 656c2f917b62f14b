"""spaCy's DependencyMatcher, its node search done on the Doc's attribute arrays.

spaCy finds the tokens each node of each pattern can stand for by running a
Matcher with one single-token pattern per node: every "IN" list is a Python
call per token and pattern, most of the dependency rules' cost. Here a node
whose attributes are plain values or IN / NOT_IN lists of strings (LOWER, ORTH,
DEP, ...) is tested on doc.to_array columns at once; any other node (REGEX, a
flag, an extension attribute) still goes through a Matcher. The grouping by
tree root and the rest of the matching are spaCy's own, so the matches and
their order are the same (tests/extract/test_depmatch.py).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import numpy as np

from spacy.attrs import HEAD, IDS
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc

_ALIASES = {"TEXT": "ORTH"}
# Attributes whose array values are the string ids the Matcher compares.
_STRING_ATTRS = {"ORTH", "LOWER", "NORM", "DEP", "LEMMA", "TAG"}
_PARSE_ATTRS = {IDS["DEP"], IDS["TAG"], IDS["LEMMA"]}  # set by the model's parser (or tagger), not by the words


def _column_test(spec: dict[str, Any], strings: Any) -> list[tuple[int, bool, frozenset[int]]] | None:
    """(attribute id, wanted: IN / NOT_IN, string ids) per attribute of a node, or None when
    the node needs the Matcher."""
    tests = []
    for attr, value in spec.items():
        name = _ALIASES.get(attr.upper(), attr.upper())
        if name not in _STRING_ATTRS:
            return None
        attr_id = IDS[name]
        if isinstance(value, str):
            op, values = "IN", [value]
        elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN"):
            op, values = next(iter(value.items()))
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                return None
        else:
            return None
        tests.append((attr_id, op == "IN", frozenset(strings.add(v) for v in values)))
    return tests


class ArrayDependencyMatcher(DependencyMatcher):
    """A DependencyMatcher (same API, same matches) whose node search reads attribute arrays."""

    def __init__(self, vocab: Any, **kwargs: Any) -> None:
        super().__init__(vocab, **kwargs)
        self._nodes: list[tuple[int, list[tuple[int, bool, frozenset[int]]]]] | None = None
        self._fallback: Matcher | None = None
        # The node search's index: attribute -> string id -> [(node, its other tests)], a node filed
        # under the values of one of its IN tests; the nodes with none are tested on every token.
        self._index: dict[int, dict[int, list[tuple[int, list[tuple[int, bool, frozenset[int]]]]]]] = {}
        self._scan: list[int] = []
        self._word_tests: list[list[tuple[int, frozenset[int]]]] = []

    def add(self, key: Any, patterns: Any, **kwargs: Any) -> None:
        super().add(key, patterns, **kwargs)
        self._nodes = None  # compiled again on the next call

    def _compile(self) -> None:
        self._nodes, self._fallback = [], Matcher(self.vocab)
        self._word_tests = []  # per pattern: its nodes' IN tests of a word's own attributes (not DEP)
        for key, patterns in self._patterns.items():
            for nodes, node_keys in zip(patterns, self._tokens_to_key[key]):
                words = []
                for (spec,), node_key in zip(nodes, node_keys):
                    tests = _column_test(spec, self.vocab.strings)
                    if tests is None:
                        self._fallback.add(node_key, [[spec]])
                    else:
                        self._nodes.append((node_key, tests))
                        words += [(attr, values) for attr, wanted, values in tests if wanted and attr not in _PARSE_ATTRS]
                self._word_tests.append(words)
        self._index, self._scan = {}, []
        for n, (_, tests) in enumerate(self._nodes):
            filed = next((t for t in tests if t[1]), None)
            if filed is None:
                self._scan.append(n)
                continue
            rest = [t for t in tests if t is not filed]
            by_value = self._index.setdefault(filed[0], {})
            for value in filed[2]:
                by_value.setdefault(value, []).append((n, rest))

    def may_match(self, doc: Doc) -> bool:
        """False when no pattern can match `doc`, however it is parsed: a pattern matches only where
        each of its nodes finds a token, so only where each value list of its nodes' IN tests on the
        word itself (LOWER, ORTH, ..., not DEP) holds a word of `doc`. (A node tested through the
        Matcher, a NOT_IN test, are taken to pass.)"""
        if self._nodes is None:
            self._compile()
        if not len(doc):
            return False
        attrs = sorted({attr for words in self._word_tests for attr, _ in words})
        if not attrs:
            return bool(self._word_tests)
        present = {attr: set(column) for attr, column in zip(attrs, doc.to_array(attrs).reshape(len(doc), len(attrs)).T.tolist())}
        return any(all(not values.isdisjoint(present[attr]) for attr, values in words) for words in self._word_tests)

    def _get_keys_to_position_maps(self, doc: Doc) -> dict[int, dict[int, list[int]]]:
        """spaCy's grouping: tree root -> node key -> token indices (in text order), roots in
        the order of their first matching token."""
        if self._nodes is None:
            self._compile()
        attrs = sorted({attr for _, tests in self._nodes for attr, _, _ in tests} | {HEAD})
        array = doc.to_array(attrs)
        columns = dict(zip(attrs, array.T.tolist()))
        # HEAD is an offset to the head, stored unsigned
        heads = [i + offset for i, offset in enumerate(array[:, attrs.index(HEAD)].view(np.int64).tolist())]
        # The nodes each token passes, looked up in the index (a node is tried only on the tokens holding
        # one of its values), then in spaCy's order: by token, then by node.
        n_tokens = len(heads)
        per_token: list[list[int]] = [[] for _ in range(n_tokens)]
        for attr, by_value in self._index.items():
            for i, value in enumerate(columns[attr]):
                entries = by_value.get(value)
                if entries:
                    at = per_token[i]
                    for n, rest in entries:
                        if not rest or all((columns[a][i] in values) is wanted for a, wanted, values in rest):
                            at.append(n)
        for n in self._scan:
            tests = self._nodes[n][1]
            for i in range(n_tokens):
                if all((columns[a][i] in values) is wanted for a, wanted, values in tests):
                    per_token[i].append(n)
        fallback: dict[int, list[int]] = defaultdict(list)
        if self._fallback is not None and len(self._fallback):
            for node_key, start, _ in self._fallback(doc):
                fallback[start].append(node_key)
        roots = _roots(heads)
        self._tree_of = (doc, heads, roots, {})  # read by _resolve_node_operator for the same Doc
        maps: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        keys = [node_key for node_key, _ in self._nodes]
        for i, nodes in enumerate(per_token):
            if nodes or i in fallback:
                at = maps[roots[i]]
                for n in sorted(nodes):
                    at[keys[n]].append(i)
                for node_key in fallback.get(i, ()):  # after the array's nodes, as spaCy's stable sort left them
                    at[node_key].append(i)
        return maps


    _ARRAY_OPS = frozenset({">", ">--", "<", ";", ";*"})

    def _resolve_node_operator(self, cache: dict, doc: Doc, node: int, operator: str) -> list[int]:
        """spaCy's: the token indices `operator` relates to `node` (cached per call), read from the
        heads found by _get_keys_to_position_maps instead of Token objects, for the operators the
        rules use (children, left children, head, the token before, the tokens before within the
        tree of `node`'s root: spaCy's _get_sent); any other through spaCy."""
        key = (node, operator)
        found = cache.get(key)
        if found is not None:
            return found
        tree = getattr(self, "_tree_of", None)
        if operator not in self._ARRAY_OPS or tree is None or tree[0] is not doc:
            return super()._resolve_node_operator(cache, doc, node, operator)
        _, heads, roots, edges = tree
        if operator == ">":
            found = [i for i, h in enumerate(heads) if h == node and i != node]
        elif operator == ">--":
            found = [i for i in range(node) if heads[i] == node]
        elif operator == "<":
            found = [] if heads[node] == node else [heads[node]]
        else:
            root = roots[node]
            if root not in edges:
                edges[root] = (doc[root].left_edge.i, doc[root].right_edge.i + 1)
            start, _end = edges[root]
            if operator == ";":
                found = [node - 1] if node > 0 and start <= node - 1 else []
            else:  # ";*"
                found = list(range(start, node))
        cache[key] = found
        return found


def _roots(heads: list[int]) -> list[int]:
    """The tree root of every token: spaCy's `([token] + list(token.ancestors))[-1].i`."""
    roots = []
    for i in range(len(heads)):
        j, steps = i, 0
        while heads[j] != j and steps < len(heads):
            j, steps = heads[j], steps + 1
        roots.append(j)
    return roots
