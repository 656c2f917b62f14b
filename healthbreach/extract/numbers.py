"""Find the numbers written in French press text, with their offsets.

Handles "6.128", "12'400" (Swiss), "491 840" (plain, no-break or narrow no-break spaces, which
the folded text has turned into plain spaces), "1,4 million", "33 millions",
"3,2 M", "un million", "six mille", "une centaine", "un demi-million". Dates ("23.7.2020", "24/02/21") and
times ("19:24") are not numbers here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

_MULT = {"mille": 1_000, "k": 1_000, "million": 1_000_000, "millions": 1_000_000, "m": 1_000_000,
         "milliard": 1_000_000_000, "milliards": 1_000_000_000, "md": 1_000_000_000}

# A thousands group is exactly three digits after a space or a dot; a
# decimal part is one or two digits after a comma (or a dot before a multiplier).
_DIGITS = re.compile(
    r"(?<![\w.,/:-])"
    r"(?P<int>\d{1,3}(?:[ .'’]\d{3})+(?![\d])|\d+)"
    r"(?:[,.](?P<dec>\d{1,2})(?!\d))?"
    r"(?:\s*(?P<mult>milliards?|millions?|mille|md\b|m\b|k\b))?"
    r"(?![\d/:]|[.,]\d)"
)

_WORD_UNITS = (
    "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    "vingts?|trente|quarante|cinquante|soixante|cents?|mille|millions?|milliards?"
)
_WORDS = re.compile(rf"\b(?:(?:{_WORD_UNITS})(?:[ -]+(?:et[ -]+)?(?=(?:{_WORD_UNITS})\b))?)+\b")
_VAGUE = re.compile(r"(?:millions|milliards|cents)\b")  # a plural magnitude with no count before it
_MAGNITUDE = re.compile(r"\b(?:cents?|mille|millions?|milliards?)\b")
# "une centaine de patients", "une dizaine de milliers d'adhérents", "un demi-million"
_COLLECTIVE = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
               "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1_000, "demi-million": 500_000}
_COLLECTIVE_RE = re.compile(rf"\b(?:une?)\s+(?P<n>{'|'.join(_COLLECTIVE)})(?:\s+(?:de\s+|d')(?P<mult>milliers|millions)\b)?\b")


@dataclass(frozen=True)
class Number:
    value: int
    start: int
    end: int
    approximate_form: bool  # "1,4 million": rounded by its very form


def _digit_number(m: re.Match[str], original: str) -> Number | None:
    int_part = m.group("int")
    dec, mult = m.group("dec"), m.group("mult")
    if dec and not mult:
        return None  # "2,5" on its own is a ratio, a rate or a price, not a head count
    if mult in ("m", "k", "md") and not original[m.start("mult")].isupper() and mult != "k":
        return None  # lower-case "m" is metres; only "3,2 M" means millions
    digits = int_part.replace(" ", "").replace(".", "").replace("'", "").replace("’", "")
    value = float(f"{digits}.{dec}" if dec else digits)
    if mult:
        value *= _MULT[mult]
    end = m.end("mult") if mult else (m.end("dec") if dec else m.end("int"))
    return Number(int(round(value)), m.start(), end, approximate_form=bool(mult))


def _word_number(m: re.Match[str]) -> Number | None:
    span = m.group(0)
    if not _MAGNITUDE.search(span):
        return None  # "deux", "une": articles and small counts, never a breach size
    if _VAGUE.match(span):
        return None  # "des millions de patients": no count at all
    try:
        value = text2num(span.strip(), "fr")
    except ValueError:
        return None
    return Number(int(value), m.start(), m.end(), approximate_form=True)


def find_numbers(folded: str, original: str) -> list[Number]:
    """All numbers in `folded` (see healthbreach.textfold.fold); `original` gives the case."""
    found: list[Number] = []
    for m in _DIGITS.finditer(folded):
        num = _digit_number(m, original)
        if num:
            found.append(num)
    for m in _COLLECTIVE_RE.finditer(folded):
        value = _COLLECTIVE[m.group("n")] * {"milliers": 1_000, "millions": 1_000_000}.get(m.group("mult") or "", 1)
        found.append(Number(value, m.start(), m.end(), approximate_form=True))
    taken = [(n.start, n.end) for n in found]
    for m in _WORDS.finditer(folded):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue  # "1,4 million": the word "million" already belongs to a digit number
        num = _word_number(m)
        if num:
            found.append(num)
    return sorted(found, key=lambda n: n.start)
