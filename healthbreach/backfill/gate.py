"""The backfill's first judgement, cheap enough for every record of a news archive.

A record is kept when its URL or its text passes the relevance gate
(extract.relevance.judge: French health and breach vocabulary). Nothing here
parses the page properly, and the language is only used to pass over pages
that are clearly English over their whole text: a page's declared `lang` can
be wrong, and its first lines may be an English menu.
What is kept is cleaned, then its language and relevance are judged exactly
as a crawled page's are (ingest.py), so a page in another language is
dropped there.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from healthbreach.extract.clean import ENGLISH_WORDS, FRENCH_WORDS
from healthbreach.extract.relevance import judge

_SCRIPTS = re.compile(r"<(script|style|noscript|svg)\b.*?</\1\s*>", re.S | re.I)
_TAGS = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.S | re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w.-]+)", re.I)
TEXT_BYTES = 2_000_000  # past this a page is all scripts and sidebars


def decode(html: bytes, charset: str | None) -> str:
    head = html[:4096]
    declared = _META_CHARSET.search(head)
    for name in (charset, declared.group(1).decode("ascii", "ignore") if declared else None, "utf-8"):
        if not name:
            continue
        try:
            return html[:TEXT_BYTES].decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return html[:TEXT_BYTES].decode("cp1252", "replace")


_WORDS = re.compile(r"[a-zàâçéèêëîïôûùüÿœ]+")


def clearly_english(text: str) -> bool:
    """English function words outnumber French ones three to one over the whole page (not its
    first lines, which may be an English menu): the page cannot be a French article."""
    words = _WORDS.findall(text.lower())
    fr = sum(w in FRENCH_WORDS for w in words)
    en = sum(w in ENGLISH_WORDS for w in words)
    return en >= 30 and en > 3 * fr


def url_words(url: str) -> str:
    """The words of an URL's path: '/sante/cyberattaque-a-l-hopital-123' -> 'sante cyberattaque a l hopital 123'."""
    return re.sub(r"[/_.+-]+", " ", unquote(urlsplit(url).path)).strip()


def keep(url: str, html: bytes, charset: str | None = None) -> str | None:
    """Why the record is kept ('url' or 'text'), or None."""
    if judge(url_words(url)).relevant:
        return "url"
    page = decode(html, charset)
    text = _SPACE.sub(" ", _TAGS.sub(" ", _SCRIPTS.sub(" ", page)))
    if clearly_english(text):
        return None
    title = _TITLE.search(page)
    if judge(text, title.group(1) if title else None).relevant:
        return "text"
    return None
