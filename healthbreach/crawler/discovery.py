"""Reading discovery documents: RSS/Atom feeds, sitemaps, listing pages.

XML is parsed with entity resolution and network access off, so a hostile
feed cannot read local files or reach other hosts (XXE).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Link:
    url: str
    date: dt.date | None = None


class DiscoveryError(ValueError):
    """A feed or sitemap that cannot be read as one."""


def parse_date(value: str | None) -> dt.date | None:
    """RFC 822 (RSS) or ISO 8601 / W3C (Atom, sitemaps) to a date."""
    if not value:
        return None
    value = value.strip()
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    match = ISO_DATE.search(value)
    if match:
        try:
            return dt.date(*map(int, match.groups()))
        except ValueError:
            return None
    return None


def _xml_root(body: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True, remove_comments=True)
    try:
        root = etree.fromstring(body.strip(), parser=parser)
    except etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"not XML ({exc})") from None
    if root is None:
        raise DiscoveryError("not XML (empty document)")
    return root


def _join(base_url: str, url: str) -> str:
    """urljoin, but a link urljoin cannot read (a broken IPv6 literal) is kept as given: the spider
    says it is a bad URL and goes on with the next item, instead of losing the whole document."""
    try:
        return urljoin(base_url, url)
    except ValueError:
        return url


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(elem, *names: str) -> str | None:
    for child in elem.iter():
        if _local(child.tag) in names and (child.text or "").strip():
            return child.text.strip()
    return None


def parse_feed(body: bytes, base_url: str) -> list[Link]:
    """Items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, with their dates."""
    root = _xml_root(body)
    if _local(root.tag) not in ("rss", "feed", "RDF"):
        raise DiscoveryError(f"not a feed (root element <{_local(root.tag)}>)")
    links = []
    for item in root.iter():
        kind = _local(item.tag)
        if kind == "item":
            url = _child_text(item, "link") or _child_text(item, "guid")
        elif kind == "entry":
            hrefs = [e.get("href") for e in item if _local(e.tag) == "link" and e.get("rel", "alternate") == "alternate"]
            url = next((h for h in hrefs if h), None)
        else:
            continue
        if url:
            date = parse_date(_child_text(item, "pubDate", "published", "updated", "date"))
            links.append(Link(_join(base_url, url), date))
    return links


def parse_sitemap(body: bytes, base_url: str) -> tuple[str, list[Link]]:
    """('index', sub-sitemaps) or ('urlset', pages); news sitemaps give their publication date."""
    root = _xml_root(body)
    kind = _local(root.tag)
    if kind not in ("sitemapindex", "urlset"):
        raise DiscoveryError(f"not a sitemap (root element <{kind}>)")
    links = []
    for entry in root:
        if _local(entry.tag) not in ("sitemap", "url"):
            continue
        loc = next((c.text.strip() for c in entry if _local(c.tag) == "loc" and c.text), None)
        if not loc:
            continue
        # A news sitemap's publication_date is the article's own date; lastmod may be a later edit.
        date = parse_date(_child_text(entry, "publication_date")) or parse_date(_child_text(entry, "lastmod"))
        links.append(Link(_join(base_url, loc), date))
    return ("index" if kind == "sitemapindex" else "urlset"), links


NEXT_PAGE_XPATH = (
    '//link[@rel="next"]/@href | //a[@rel="next"]/@href'
    ' | //a[contains(@class, "next")]/@href'
    ' | //a[contains(translate(normalize-space(.), "PSAÉ", "psaé"), "page suivante")]/@href'
    ' | //a[contains(translate(normalize-space(.), "APO", "apo"), "articles plus anciens")]/@href'
)


def listing_links(selector, base_url: str) -> tuple[list[str], list[str]]:
    """All links of a listing page, and its next-page links."""
    hrefs = [_join(base_url, h) for h in selector.xpath("//a/@href").getall()]
    nexts = [_join(base_url, h) for h in selector.xpath(NEXT_PAGE_XPATH).getall()]
    return hrefs, list(dict.fromkeys(nexts))
