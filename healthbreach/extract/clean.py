"""Turn a fetched page into main text plus metadata, with trafilatura.

The raw page is never thrown away (the store keeps it gzip-compressed), so
everything here can be re-run on old pages when the cleaning improves.
"""

from __future__ import annotations

import datetime as dt
import gzip
import re
from dataclasses import dataclass

import trafilatura
from healthbreach.extract.afp import afp_byline
from healthbreach.extract.pagedate import page_published

# Below this many characters of main text a page is a stub, an index or a wall.
MIN_TEXT_CHARS = 200

FRENCH_WORDS = frozenset("le la les des du de et est une un dans pour que qui sur pas par au aux ont été avec ce cette sont".split())
ENGLISH_WORDS = frozenset("the and of to in is that for was with on are by this have has from were be".split())


@dataclass(frozen=True)
class CleanedPage:
    text: str
    title: str | None
    author: str | None
    published: dt.date | None
    sitename: str | None
    language: str | None
    afp_byline: str | None
    declares_article: bool = False  # og:type, JSON-LD or article:published_time say "article"

    @property
    def is_afp(self) -> bool:
        return self.afp_byline is not None


class CleaningError(ValueError):
    """The page holds no article text trafilatura can extract."""


def guess_language(text: str, declared: str | None = None) -> str | None:
    """French or English from function words; the page's lang attribute breaks ties."""
    words = re.findall(r"[a-zàâçéèêëîïôûùüÿœ]+", text.lower()[:5000])
    fr = sum(w in FRENCH_WORDS for w in words)
    en = sum(w in ENGLISH_WORDS for w in words)
    if fr > 2 * en and fr >= 5:
        return "fr"
    if en > 2 * fr and en >= 5:
        return "en"
    return (declared or "").split("-")[0].lower() or None


def _declared_language(tree) -> str | None:
    values = tree.xpath("/html/@lang | //meta[@property='og:locale']/@content | //meta[@http-equiv='content-language']/@content")
    return values[0].replace("_", "-") if values else None


ARTICLE_JSONLD = re.compile(r'"@type"\s*:\s*(?:\[[^\]]*)?"(?:News|Blog|Reportage|Analysis|Report)?(?:Article|Posting)"')


def _declares_article(tree) -> bool:
    """Does the page say it is an article (as opposed to a contact, legal or index page)?"""
    if tree.xpath("//meta[@property='og:type'][starts-with(@content, 'article')] | //meta[@property='article:published_time']"):
        return True
    return any(ARTICLE_JSONLD.search(s) for s in tree.xpath("//script[@type='application/ld+json']/text()"))


def clean_html(
    page: bytes | str,
    url: str | None = None,
    *,
    fetched: dt.date | None = None,
    fallback_date: dt.date | None = None,
) -> CleanedPage:
    """Main text and metadata of an article page.

    `fallback_date` (a feed or sitemap date) is used when the page declares
    none; no date later than `fetched` is ever returned. Raises CleaningError
    when the page holds no extractable article.
    """
    if isinstance(page, bytes) and page[:2] == b"\x1f\x8b":
        page = gzip.decompress(page)
    fetched = fetched or dt.date.today()
    # trafilatura's loader guesses the encoding of bytes (header-less windows-1252 pages exist).
    tree = trafilatura.load_html(page)
    if tree is None:
        raise CleaningError("unparsable HTML")
    published = page_published(tree, url, fetched=fetched)  # before trafilatura prunes the tree
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # The publication day is read from the markup by pagedate.page_published, never guessed
        # from the text: trafilatura's own date (htmldate) is kept to its cheapest mode and unused.
        date_extraction_params={"original_date": True, "extensive_search": False, "max_date": fetched.isoformat()},
    )
    text = (doc.text or "").strip() if doc is not None else ""
    if len(text) < MIN_TEXT_CHARS:
        raise CleaningError(f"no article text ({len(text)} characters extracted)")
    if published is None and fallback_date and fallback_date <= fetched:
        published = fallback_date
    return CleanedPage(
        text=text,
        title=doc.title or None,
        author=doc.author or None,
        published=published,
        sitename=doc.sitename or None,
        language=guess_language(text, _declared_language(tree)),
        afp_byline=afp_byline(tree),
        declares_article=_declares_article(tree),
    )
