"""A regex's needed words: skip the search on a text where it cannot match.

Most rule regexes open on a lookbehind or a word boundary ("(?<![a-z])(?:cue|cue)"),
which leaves Python's re no literal prefix to skip ahead with: it tries the pattern
at every character. Most texts the rules scan (a sentence, a segment) hold none
of the words a rule needs. `needed(pattern)` reads the pattern's syntax tree for
a set of literal strings one of which is inside every match (a run of plain
characters outside any optional part; a branch gives one per alternative), and
`Gate.open(text)` says whether the text holds one (`str.__contains__`, in C).
A closed gate means no match: the matches of a gated search are the pattern's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

try:  # Python 3.11+
    from re import _constants as C
    from re import _parser as P
except ImportError:  # pragma: no cover  (Python 3.10)
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

MAX_WORDS = 64  # a gate of more literals than this costs about what it saves: none


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two sets (each sufficient on its own): longest shortest word, then fewer words."""
    if not a:
        return b
    if not b:
        return a
    return max(a, b, key=lambda s: (min(map(len, s)), -len(s)))


def _needed(items: Any) -> frozenset[str] | None:
    """Literals one of which every match of this sequence of nodes contains (None: none known)."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in list(items) + [(None, None)]:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        found = None
        if op is C.SUBPATTERN:
            _, add_flags, _, sub = av
            if add_flags & re.IGNORECASE:
                return None
            found = _needed(sub)
        elif op is C.ATOMIC_GROUP:
            found = _needed(av)
        elif op is C.BRANCH:
            parts = [_needed(b) for b in av[1]]
            if all(parts):
                found = frozenset().union(*parts)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
            low, _, sub = av
            if low >= 1:
                found = _needed(sub)
        # anything else (a class, a boundary, a lookaround, a conditional) needs no literal
        if found and all(found):
            best = _better(best, found)
    return best


@lru_cache(maxsize=None)
def needed(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Literal strings one of which every match of `pattern` contains; None when none is known."""
    if flags & re.IGNORECASE:
        return None
    try:
        tree = P.parse(pattern, flags)
    except Exception:  # noqa: BLE001  (a pattern re itself reads differently: no gate)
        return None
    if tree.state.flags & re.IGNORECASE:
        return None
    found = _needed(tree)
    return found if found and len(found) <= MAX_WORDS else None


class Gate:
    """`open(text)`: whether `rx` may match somewhere in text."""

    __slots__ = ("words", "_few", "_any")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.words = needed(rx.pattern, rx.flags & ~re.UNICODE) if isinstance(rx.pattern, str) else None
        # a few words: `in` each; more: one search for any of them (an alternation of plain strings)
        self._few = tuple(self.words) if self.words and len(self.words) <= 4 else None
        self._any = re.compile("|".join(map(re.escape, sorted(self.words)))).search if self.words and self._few is None else None

    def open(self, text: str) -> bool:
        if self._few is not None:
            return any(w in text for w in self._few)
        return self._any is None or self._any(text) is not None


@lru_cache(maxsize=None)
def _gate(rx: re.Pattern[str]) -> Gate:
    return Gate(rx)


def may_match(rx: re.Pattern[str], text: str) -> bool:
    """False when `rx` cannot match anywhere in `text` (its gate is closed)."""
    return _gate(rx).open(text)
