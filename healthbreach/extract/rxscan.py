"""`finditer(rx, text)`: the matches of `rx.finditer(text)`, found faster.

Most rule patterns open with a lookbehind and an alternation of words
("(?<![a-z])(?:mode degrade|procedures? degradees?|...)"). Python's re can
skip ahead only for a pattern that opens with a literal or a character set,
so such a pattern is tried at every character of the text. Here the strings
every match must open with are read from the pattern (`prefixes`), a second
regex made of them alone (which re does skip ahead with) finds the places
where a match can start, and the pattern is tried there only, with
rx.match(text, pos) (which sees the text before pos, as finditer does: a
lookbehind reads the same characters). Same matches, same order: a match
of `rx` can start nowhere else, and the first place where it matches is the
first place finditer would have found. A pattern whose openings cannot be
listed, that can match the empty string, or that ignores case (or reads
its spaces as ASCII ones) is scanned by re itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

try:  # Python 3.11+
    from re import _constants as C, _parser as P
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

MIN_PREFIX = 2  # a shorter opening (one letter) is found at too many places to gain anything
MAX_PREFIXES = 400
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, *((C.POSSESSIVE_REPEAT,) if hasattr(C, "POSSESSIVE_REPEAT") else ())}
_GROUPS = {C.SUBPATTERN, *((C.ATOMIC_GROUP,) if hasattr(C, "ATOMIC_GROUP") else ())}


class _Unknown(Exception):
    """The openings of a pattern part cannot be listed."""


def _items(av) -> list:
    return list(av.data if hasattr(av, "data") else av)


def _min_width(items: list) -> int:
    sub = P.SubPattern(P.State(), items)
    return sub.getwidth()[0]


# What \s matches in a str pattern (without re.ASCII): the characters str.isspace() calls spaces (re and
# str share one test of a space; tests/extract/test_rxscan.py checks this list against every character).
_SPACES = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
                    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def _longer(run: str, rest: list) -> set[str]:
    """A literal opening too short to help (one letter: "a" of "(?:a|ont) ...") followed by what
    every match of `rest` opens with: the longer openings it stands for ("a ", "ont"). The run
    alone when `rest` can match nothing or its openings cannot be listed."""
    if len(run) >= MIN_PREFIX or not rest:
        return {run}
    try:
        tails = _first(rest)
    except _Unknown:
        return {run}
    return {run + t for t in tails} if len(tails) <= MAX_PREFIXES else {run}


def _first(items: list) -> set[str]:
    """The strings a match of the sequence `items` opens with (each match opens with one of them)."""
    i = 0
    while i < len(items) and items[i][0] in _ZERO_WIDTH:
        i += 1  # a lookaround or an anchor consumes nothing: the match opens with what follows
    if i == len(items):
        raise _Unknown
    op, av = items[i]
    rest = items[i + 1 :]
    if op is C.LITERAL:
        run = [chr(av)]
        for op2, av2 in rest:
            if op2 is not C.LITERAL:
                break
            run.append(chr(av2))
        return _longer("".join(run), rest[len(run) - 1 :])
    if op in _GROUPS:
        inner = _items(av[-1] if op is C.SUBPATTERN else av)
        if op is C.SUBPATTERN and (av[1] or av[2]):
            raise _Unknown  # local flags ("(?i:...)")
        return _first(inner + rest) if op is C.SUBPATTERN else _first(inner) | (_first(rest) if _min_width(inner) == 0 else set())
    if op is C.BRANCH:
        found: set[str] = set()
        for alt in av[1]:
            found |= _first(_items(alt) + rest)
        return found
    if op in _REPEATS:
        lo, _hi, item = av
        inner = _items(item)
        if _min_width(inner) == 0:
            raise _Unknown
        return _first(inner) if lo >= 1 else _first(inner) | _first(rest)
    if op is C.IN:
        chars: set[str] = set()
        for op2, av2 in av:
            if op2 is C.LITERAL:
                chars.add(chr(av2))
            elif op2 is C.RANGE and av2[1] - av2[0] < 30:
                chars |= {chr(c) for c in range(av2[0], av2[1] + 1)}
            elif op2 is C.CATEGORY and av2 is C.CATEGORY_SPACE:
                chars |= _SPACES  # \s
            else:
                raise _Unknown  # a negated set, another category (\w, \d)
        try:
            tails = _first(rest) if rest and _min_width(rest) > 0 else {""}
        except _Unknown:
            tails = {""}
        if len(chars) * len(tails) > MAX_PREFIXES:
            return chars
        return {c + t for c in chars for t in tails}
    raise _Unknown


def prefixes(rx: re.Pattern[str]) -> frozenset[str] | None:
    """The strings every match of `rx` opens with, or None when they cannot be listed (or are
    too short or too many to help)."""
    if rx.flags & (re.IGNORECASE | re.ASCII) or not isinstance(rx.pattern, str):
        return None
    try:
        parsed = P.parse(rx.pattern, rx.flags)
        if parsed.getwidth()[0] == 0:
            return None  # an empty match: finditer's stepping past it is re's own
        found = _first(list(parsed.data))
    except (_Unknown, RecursionError):
        return None
    if not found or len(found) > MAX_PREFIXES or min(map(len, found)) < MIN_PREFIX:
        return None
    return frozenset(found)


def _trie(words: frozenset[str]) -> str:
    """One regex for "one of `words` starts here", its alternatives sharing their common starts
    ("mode|moyen" -> "mo(?:de|yen)"), so that re tries few of them at each place; a word that
    another one starts with stands for both (only where a match can start is asked)."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        if "" in node:
            return ""
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root)


@lru_cache(maxsize=None)
def _finder(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    found = prefixes(rx)
    return None if found is None else re.compile(_trie(found))


def finditer(rx: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """rx.finditer(text, pos, endpos), the same matches in the same order."""
    end = len(text) if endpos is None else endpos
    finder = _finder(rx)
    if finder is None:
        yield from rx.finditer(text, pos, end)
        return
    search, match = finder.search, rx.match
    while True:
        at = search(text, pos, end)
        if at is None:
            return
        start = at.start()
        m = match(text, start, end)
        if m is None:
            pos = start + 1
        else:
            yield m
            pos = m.end()  # never empty: prefixes() refused patterns that can match ""
