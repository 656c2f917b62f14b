"""Is a page an AFP dispatch? Only its byline says so.

Partner outlets mark dispatches in the byline, the `author` meta or the JSON-LD
author ("Source AFP", "franceinfo avec AFP", "Le Figaro et AFP", "Agence
France-Presse"). A photo credit or "a indiqué à l'AFP" in the text does not
make a dispatch, so the article body is never looked at.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from lxml import html as lxml_html

AFP_BYLINE = re.compile(r"(?:^|[\s,(])(?:AFP|Agence\s+France[\s-]Presse)(?:$|[\s,).])", re.IGNORECASE)
# JSON-LD keys under which an "author" is a photographer or a video maker, not the writer.
MEDIA_KEYS = {"image", "associatedMedia", "video", "thumbnail", "logo", "photo"}
# Visible byline elements seen on partner outlets (SITES.md): rel=author links,
# WordPress vcards, Le Point's .Signature, franceinfo's .author-link, TF1's ArticleHeaderSign__Author.
BYLINE_XPATH = (
    '//*[@rel="author"] | //*[contains(concat(" ", normalize-space(@class), " "), " author ")]'
    ' | //*[contains(@class, "author-link")] | //*[contains(@class, "author_name")]'
    ' | //*[contains(@class, "byline")] | //*[contains(@class, "Signature")] | //*[contains(@class, "signature")]'
    ' | //*[contains(@class, "ArticleHeaderSign__Author")] | //*[contains(@class, "fig-content-metas__authors")]'
)


def _jsonld_authors(node) -> Iterator[str]:
    if isinstance(node, list):
        for item in node:
            yield from _jsonld_authors(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "author":
                yield from _author_names(value)
            elif key not in MEDIA_KEYS and isinstance(value, (dict, list)):
                yield from _jsonld_authors(value)


def _author_names(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _author_names(item)
    elif isinstance(value, dict):
        parts = [value.get("name"), " ".join(filter(None, [value.get("givenName"), value.get("familyName")]))]
        yield from (p for p in parts if isinstance(p, str) and p)


def bylines(tree) -> Iterator[str]:
    """Every author string the page declares: meta, JSON-LD, visible byline."""
    for content in tree.xpath('//meta[@name="author" or @property="article:author" or @property="og:article:author"]/@content'):
        yield content
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            yield from _jsonld_authors(json.loads(script))
        except ValueError:
            continue  # broken JSON-LD is common; the other places still count
    for element in tree.xpath(BYLINE_XPATH):
        text = " ".join(element.text_content().split())
        if text and len(text) < 120:
            yield text


def afp_byline(page: bytes | str) -> str | None:
    """The first byline naming AFP, or None when the page is not a dispatch."""
    try:
        tree = lxml_html.fromstring(page) if not hasattr(page, "xpath") else page
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None
    for name in bylines(tree):
        if AFP_BYLINE.search(name):
            return name.strip()
    return None
