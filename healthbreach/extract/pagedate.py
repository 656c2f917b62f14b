"""The publication day a page declares in its markup, or None: never a guess from the text.

In order: the publication meta tags (`article:published_time` and its kin), the
JSON-LD `datePublished` of the article, `itemprop="datePublished"`, other
publication metas (`pubdate`, Dublin Core), a `<time pubdate>` or
`<time class="published">`, a day in the URL path (`/2023/03/14/`,
`-14-03-2023-`), the first `<time datetime>` above the article's text (not an
update's), and last a short byline element ("Publié le 14 mars 2023")
outside comments and related-article blocks. Modification dates are never taken
for the publication. Only a full day counts: a page giving a year or a month
gives no publication date.

Timestamps keep the day they were written in, except UTC ones ("Z",
"+00:00"), read in Paris time: French outlets' servers write UTC, their
readers live in Paris.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator

# Publication metas by name (property, name or itemprop), most trusted first.
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "date:published_time", "published_time", "datepublished", "ownpage:published_date",
    "cxenseparse:recs:publishtime", "parsely-pub-date", "sailthru.date", "citation_publication_date",
    "article.published", "publication_date", "publish-date", "publish_date", "publishdate", "pubdate",
    "dc.date.issued", "dcterms.issued", "dc.date.created", "dc:date.created", "dcterms.created",
    "dc.date", "dcterms.date", "date", "originalpublicationdate",
)
_META_RANK = {name: i for i, name in enumerate(PUBLISHED_META)}
# JSON-LD nodes that hold the article itself (not its images, comments or the site).
ARTICLE_TYPES = re.compile(r"(?:News|Blog|Reportage|Analysis|Report|Opinion|Review|Scholarly|Tech|Satirical)?"
                           r"(?:Article|Posting|NewsArticle)$")
SKIP_KEYS = {"image", "associatedMedia", "video", "thumbnail", "logo", "photo", "comment", "review", "author",
             "publisher", "isPartOf", "citation", "mentions", "about", "hasPart", "itemListElement", "liveBlogUpdate"}
# Ancestors under which a date belongs to something else than the article.
FOREIGN = re.compile(r"comment|related|recommend|sidebar|widget|similar|lire-aussi|read-more|most-read|popular|"
                     r"footer|teaser", re.IGNORECASE)
BYLINE_CLASS = re.compile(r"date|publi|posted|byline|signature|timestamp|dateline|entry-meta|article-meta|meta-info",
                          re.IGNORECASE)
BYLINE_MAX_CHARS = 120
BODY_PARAGRAPH_WORDS = 25  # a paragraph this long is the story's text, past the header
UPDATED = re.compile(r"updated|modified|datemodified|mis\s+[àa]\s+jour|mise\s+[àa]\s+jour|modifi[ée]|actualis[ée]|maj\b",
                     re.IGNORECASE)
MIN_YEAR = 1990

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?\s*"
                  r"(Z|[+-]\d{2}:?\d{2})?)?")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:$|[T\s|])")
_URL_DAY = (
    re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})/"),  # /2023/03/14/
    re.compile(r"(?<![\d])((?:19|20)\d\d)-(\d{2})-(\d{2})(?![\d])"),  # -2023-03-14-
    re.compile(r"(?<![\d])(\d{2})-(\d{2})-((?:19|20)\d\d)(?![\d])"),  # -14-03-2023- (day first)
)

try:
    from zoneinfo import ZoneInfo

    PARIS: dt.tzinfo | None = ZoneInfo("Europe/Paris")
except Exception:  # noqa: BLE001  (no tz database: UTC days are kept as written)
    PARIS = None


def parse_day(value: str | None) -> dt.date | None:
    """The day a machine-readable date names ("2023-03-14T23:30:00Z", "20230314", "Tue, 14 Mar 2023 ...")."""
    value = (value or "").strip()
    if not value:
        return None
    m = _ISO.search(value)
    if m:
        y, mo, d, hh, mm, _, tz = m.groups()
        try:
            day = dt.date(int(y), int(mo), int(d))
        except ValueError:
            return None
        if hh is not None and tz in ("Z", "+00:00", "+0000", "-00:00") and PARIS is not None:
            try:
                stamp = dt.datetime(day.year, day.month, day.day, int(hh), int(mm), tzinfo=dt.timezone.utc)
                day = stamp.astimezone(PARIS).date()
            except ValueError:
                pass
        return day
    m = _COMPACT.match(value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    if not re.search(r"[a-zA-Z]{3}", value) or not re.search(r"\d{4}", value):
        return None  # "14/03/2023" is read by the text rules; only RFC 822-like names need dateparser
    return _dateparser_day(value)


def _dateparser_day(value: str) -> dt.date | None:
    import dateparser  # slow to import; only the rare non-ISO meta needs it

    parsed = dateparser.parse(value, languages=["fr", "en"],
                              settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past",
                                        "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date() if parsed else None


def _plausible(day: dt.date | None, fetched: dt.date) -> dt.date | None:
    return day if day and MIN_YEAR <= day.year and day <= fetched else None


def _foreign(element) -> bool:
    """Inside a comment, related-articles, sidebar or navigation block."""
    for node in element.iterancestors():
        if node.tag in ("body", "html"):
            break  # their classes describe the whole page
        if node.tag in ("aside", "footer", "nav"):
            return True
        marks = f"{node.get('class', '')} {node.get('id', '')}"
        if marks.strip() and FOREIGN.search(marks):
            return True
    return False


def _metas(tree) -> Iterator[tuple[int, str]]:
    for meta in tree.xpath("//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in _META_RANK and not _foreign(meta):
            yield _META_RANK[key], meta.get("content") or meta.get("value") or meta.get("datetime") or ""


def _jsonld_nodes(node, depth: int = 0) -> Iterator[dict]:
    if depth > 6:
        return
    if isinstance(node, list):
        for item in node:
            yield from _jsonld_nodes(item, depth + 1)
    elif isinstance(node, dict):
        yield node
        for key, value in node.items():
            if key not in SKIP_KEYS and isinstance(value, (dict, list)):
                yield from _jsonld_nodes(value, depth + 1)


def _jsonld_published(tree) -> Iterator[str]:
    """datePublished of the article nodes first, then of any other node (a WebPage)."""
    nodes = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            nodes.extend(_jsonld_nodes(json.loads(script)))
        except ValueError:
            continue  # broken JSON-LD is common; the other places still count
    def is_article(n: dict) -> bool:
        types = n.get("@type")
        return any(isinstance(t, str) and ARTICLE_TYPES.match(t) for t in (types if isinstance(types, list) else [types]))
    for wanted in (True, False):
        for n in nodes:
            if is_article(n) == wanted and isinstance(n.get("datePublished"), str):
                yield n["datePublished"]


def _url_day(url: str | None) -> dt.date | None:
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url).split("?")[0]
    for i, pattern in enumerate(_URL_DAY):
        m = pattern.search(path)
        if m:
            y, mo, d = (m[3], m[2], m[1]) if i == 2 else (m[1], m[2], m[3])
            try:
                return dt.date(int(y), int(mo), int(d))
            except ValueError:
                continue
    return None


def _byline_days(tree) -> Iterator[dt.date]:
    from healthbreach.extract.dates import published_in_line

    for element in tree.xpath("//body//*[@class or @id]"):
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        if not BYLINE_CLASS.search(marks) or element.tag in ("script", "style", "body", "html", "article", "main"):
            continue
        text = " ".join(element.text_content().split())
        if not text or len(text) > BYLINE_MAX_CHARS or _foreign(element):
            continue
        day = published_in_line(text)
        if day:
            yield day


def page_published(tree, url: str | None = None, *, fetched: dt.date | None = None) -> dt.date | None:
    """The publication day the page's markup declares, else None."""
    fetched = fetched or dt.date.today()
    for _, value in sorted(_metas(tree), key=lambda kv: kv[0]):
        if day := _plausible(parse_day(value), fetched):
            return day
    for value in _jsonld_published(tree):
        if day := _plausible(parse_day(value), fetched):
            return day
    for element in tree.xpath('//*[@itemprop="datePublished"] | //time[@pubdate] | '
                              '//time[contains(concat(" ", normalize-space(@class), " "), " published ")]'):
        if _foreign(element):
            continue
        if day := _plausible(parse_day(element.get("datetime") or element.get("content") or element.text_content()), fetched):
            return day
    if day := _plausible(_url_day(url or _canonical(tree)), fetched):
        return day
    if day := _plausible(_header_time(tree), fetched):
        return day
    for day in _byline_days(tree):
        if day := _plausible(day, fetched):
            return day
    return None


def _header_time(tree) -> dt.date | None:
    """The first `<time datetime>` of the article, above its first paragraph ("<header><time datetime=...>"),
    unless it is marked or worded as an update ("Mis à jour le", class "updated")."""
    for element in tree.xpath("//article//time[@datetime] | //header//time[@datetime] | //article//p | //main//p"):
        if element.tag == "p":
            if len(element.text_content().split()) >= BODY_PARAGRAPH_WORDS:
                return None  # the body has begun: a time below belongs to the story
            continue
        if _foreign(element):
            continue
        marks = " ".join(filter(None, (element.get("class"), element.get("itemprop"), element.get("id"))))
        around = (element.getparent().text_content() if element.getparent() is not None else "")[:BYLINE_MAX_CHARS]
        if UPDATED.search(marks) or UPDATED.search(around):
            continue
        return parse_day(element.get("datetime"))
    return None


def _canonical(tree) -> str | None:
    links = tree.xpath('//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content')
    return links[0] if links else None
