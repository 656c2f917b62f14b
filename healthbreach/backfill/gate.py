"""The backfill's first judgement, cheap enough for every record of a news archive.

A record is kept when its page looks French (declared `lang` or function
words) and its URL or its text passes the relevance gate (extract.relevance.
judge: health and breach vocabulary). Nothing here parses the page properly:
what is kept is then cleaned and judged again exactly as a crawled page is.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from healthbreach.extract.clean import guess_language
from healthbreach.extract.relevance import judge

_SCRIPTS = re.compile(r"<(script|style|noscript|svg)\b.*?</\1\s*>", re.S | re.I)
_TAGS = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.S | re.I)
_LANG = re.compile(r"<html[^>]*?\blang=[\"']?([A-Za-z-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w.-]+)", re.I)
TEXT_BYTES = 400_000  # enough for any article's text; the rest of a huge page is sidebars


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


def url_words(url: str) -> str:
    """The words of an URL's path: '/sante/cyberattaque-a-l-hopital-123' -> 'sante cyberattaque a l hopital 123'."""
    return re.sub(r"[/_.+-]+", " ", unquote(urlsplit(url).path)).strip()


def keep(url: str, html: bytes, charset: str | None = None) -> str | None:
    """Why the record is kept ('url' or 'text'), or None."""
    page = decode(html, charset)
    lang = _LANG.search(page[:4096])
    declared = lang.group(1) if lang else None
    if declared and not declared.lower().startswith("fr"):
        return None  # the page says it is in another language
    text = _SPACE.sub(" ", _TAGS.sub(" ", _SCRIPTS.sub(" ", page)))
    if guess_language(text, declared) not in (None, "fr"):
        return None
    if judge(url_words(url)).relevant:
        return "url"
    title = _TITLE.search(page)
    if judge(text, title.group(1) if title else None).relevant:
        return "text"
    return None
