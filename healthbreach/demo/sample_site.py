"""The bundled sample sites that `healthbreach demo` and the tests crawl on loopback.

Two invented news sites, rendered from `articles.json` for a given base URL
(feeds and sitemaps carry absolute URLs, and the port is only known at run time):

* `WordPressSite` "Veille Santé Numérique": WordPress/Yoast-like, `/<slug>/`
  articles, `/feed/`, `/sitemap_index.xml`, paginated listings, a draft under a
  path that robots.txt disallows.
* `CourrierSite` "Le Courrier du Soir": a regional daily with its own markup,
  `/actualites/<rubrique>/<slug>-<id>.html` articles and `/rss.xml`; it
  republishes one AFP dispatch of the main site.

Main site routes: `/` `/page/2/` ... `/page/4/` (5 posts a page, the draft shown on
top of page 1), `/<slug>/`, `/brouillons/<slug>/` (disallowed), `/feed/`,
`/category/<cat>/[page/N/]`, `/category/<cat>/feed/`, `/author/<name>/[page/N/]`,
`/sitemap_index.xml`, `/post-sitemap.xml`, `/news-sitemap.xml`, `/robots.txt`,
`/contact/`, `/mentions-legales/`; 301 for `/?p=<id>`, `/page/1/` and a missing
trailing slash; a WordPress-like 404 page for the rest. Partner routes: `/`,
`/actualites/<rubrique>/`, the article pages, `/rss.xml`, `/robots.txt`.

API of a site: `site.name`, `site.articles`, `site.routes(base_url)` (every
path it serves, mapped to its response) and `site.render(path, base_url)`
(any path with its query string, including redirects and the 404 page). A
response is `(status, headers, body_bytes)`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime
from functools import lru_cache
from html import escape
from importlib import resources
from string import Template
from urllib.parse import parse_qs, urlsplit

Response = tuple[int, dict[str, str], bytes]

HTML = "text/html; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"
XML = "application/xml"
TEXT = "text/plain; charset=utf-8"

PER_PAGE = 5
FEED_SIZE = 10
FEED_TRACKING = "utm_source=rss&utm_medium=feed"
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


@dataclass(frozen=True)
class Article:
    """One article of a sample site, as written in articles.json."""

    site: str  # "main" or "partner"
    id: int
    slug: str
    path: str  # path on its site, e.g. "/<slug>/"
    title: str
    published: datetime
    modified: datetime
    author: str  # the byline as displayed
    kind: str  # "breach" (health sector), "health" (no breach) or "non-health" (a breach elsewhere)
    afp: bool  # an AFP dispatch by its byline
    paragraphs: tuple[str, ...]
    excerpt: str = ""
    author_slug: str = ""
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    story: str | None = None  # articles about the same breach share it
    republishes: str | None = None  # slug of the main-site article this one copies
    photo: dict | None = None
    feed_tracking: bool = False  # the feed link carries utm_* parameters
    draft: bool = False
    extra: dict = field(default_factory=dict)

    def url(self, base_url: str) -> str:
        return base_url + self.path

    @property
    def text(self) -> str:
        """The body as plain text, links reduced to their words."""
        return "\n\n".join(LINK.sub(r"\1", p) for p in self.paragraphs)


@lru_cache(maxsize=1)
def load_data() -> dict:
    return json.loads(resources.files(__package__).joinpath("articles.json").read_text("utf-8"))


def _article(site: str, raw: dict, path: str, authors: dict[str, str], draft: bool = False) -> Article:
    published = datetime.fromisoformat(raw["published"])
    known = {"id", "slug", "title", "published", "modified", "author", "kind", "afp", "paragraphs", "excerpt",
             "categories", "tags", "story", "republishes", "photo", "feed_tracking"}
    return Article(
        site=site, id=raw["id"], slug=raw["slug"], path=path, title=raw["title"], published=published,
        modified=datetime.fromisoformat(raw.get("modified", raw["published"])),
        author=authors.get(raw["author"], raw["author"]), author_slug=raw["author"] if raw["author"] in authors else "",
        kind=raw["kind"], afp=raw["afp"], paragraphs=tuple(raw["paragraphs"]), excerpt=raw.get("excerpt", ""),
        categories=tuple(raw.get("categories", ())), tags=tuple(raw.get("tags", ())), story=raw.get("story"),
        republishes=raw.get("republishes"), photo=raw.get("photo"), feed_tracking=raw.get("feed_tracking", False),
        draft=draft, extra={k: v for k, v in raw.items() if k not in known},
    )


# -- small rendering helpers ------------------------------------------------------

@lru_cache(maxsize=None)
def _template(name: str) -> Template:
    return Template(resources.files(__package__).joinpath(f"templates/{name}").read_text("utf-8"))


def _date_fr(dt: datetime) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year}"


def _rfc822(dt: datetime, utc: bool = True) -> str:
    return format_datetime(dt.astimezone(timezone.utc) if utc else dt)


def _w3c_utc(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).isoformat()


def _paragraph_html(text: str, base_url: str) -> str:
    """Escape a paragraph and turn its [text](url) marks into links."""
    def link(m: re.Match) -> str:
        href = m.group(2).replace("&amp;", "&")
        href = base_url + href if href.startswith("/") else href
        return f'<a href="{escape(href)}">{m.group(1)}</a>'
    return f"<p>{LINK.sub(link, escape(text, quote=False))}</p>"


def _jsonld(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=None).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def _meta(**props: str) -> str:
    out = []
    for key, value in props.items():
        attr, name = ("property", key.replace("__", ":")) if "__" in key else ("name", key)
        out.append(f'<meta {attr}="{escape(name)}" content="{escape(value)}">')
    return "\n".join(out)


def _ok(body: str, content_type: str = HTML, status: int = 200) -> Response:
    return status, {"Content-Type": content_type}, body.encode("utf-8")


def _redirect(location: str) -> Response:
    return 301, {"Location": location, "Content-Type": HTML}, b""


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


class Site:
    """A site rendered for any base URL. Subclasses fill `_build_routes`."""

    name = ""
    title = ""
    articles: list[Article]

    def routes(self, base_url: str) -> dict[str, Response]:
        """Every path this site serves (query strings aside), with its response."""
        return self._routes(base_url.rstrip("/"))

    def render(self, path: str, base_url: str) -> Response:
        """The response to a request for `path` (which may carry a query string)."""
        base_url = base_url.rstrip("/")
        parts = urlsplit(path)
        routes = self._routes(base_url)
        special = self._special(parts.path, parse_qs(parts.query), base_url)
        if special is not None:
            return special
        if parts.path in routes:
            return routes[parts.path]
        if not parts.path.endswith("/") and parts.path + "/" in routes:
            return _redirect(base_url + parts.path + "/")
        return self._not_found(base_url)

    def article(self, slug: str) -> Article:
        return next(a for a in self.articles if a.slug == slug)

    def _special(self, path: str, query: dict, base_url: str) -> Response | None:
        return None

    @lru_cache(maxsize=8)  # noqa: B019 - two sites, a handful of ports; the cache dies with the process
    def _routes(self, base_url: str) -> dict[str, Response]:
        return self._build_routes(base_url)

    def _build_routes(self, base_url: str) -> dict[str, Response]:
        raise NotImplementedError

    def _not_found(self, base_url: str) -> Response:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"


# -- the WordPress-like main site --------------------------------------------------

class WordPressSite(Site):
    """A WordPress + Yoast news site: "Veille Santé Numérique"."""

    def __init__(self, data: dict | None = None):
        data = data or load_data()
        meta = data["sites"]["main"]
        self.name, self.title, self.tagline = meta["name"], meta["title"], meta["tagline"]
        self.authors: dict[str, str] = meta["authors"]
        self.categories: dict[str, str] = meta["categories"]
        articles = [_article("main", a, f"/{a['slug']}/", self.authors) for a in data["main"]]
        self.articles = sorted(articles, key=lambda a: a.published, reverse=True)
        self.drafts = [_article("main", a, f"/brouillons/{a['slug']}/", self.authors, draft=True) for a in data["drafts"]]

    # routes ------------------------------------------------------------------
    def _build_routes(self, base: str) -> dict[str, Response]:
        routes: dict[str, Response] = {
            "/robots.txt": _ok(self._robots(base), TEXT),
            "/feed/": _ok(self._feed(base, self.articles[:FEED_SIZE], base + "/feed/"), RSS),
            "/sitemap_index.xml": _ok(self._sitemap_index(base), XML),
            "/post-sitemap.xml": _ok(self._post_sitemap(base), XML),
            "/news-sitemap.xml": _ok(self._news_sitemap(base), XML),
            "/contact/": _ok(self._static_page(base, "/contact/", "Contact", CONTACT_TEXT)),
            "/mentions-legales/": _ok(self._static_page(base, "/mentions-legales/", "Mentions légales", LEGAL_TEXT)),
        }
        routes.update(self._listing_routes(base, "", self.articles, self.title, sticky=self.drafts))
        for slug, name in self.categories.items():
            posts = [a for a in self.articles if slug in a.categories]
            routes.update(self._listing_routes(base, f"/category/{slug}", posts, f"Catégorie : {name}"))
            routes[f"/category/{slug}/feed/"] = _ok(self._feed(base, posts[:FEED_SIZE], f"{base}/category/{slug}/feed/"), RSS)
        for slug, name in self.authors.items():
            posts = [a for a in self.articles if a.author_slug == slug]
            routes.update(self._listing_routes(base, f"/author/{slug}", posts, f"Auteur : {name}"))
        for article in self.articles + self.drafts:
            routes[article.path] = _ok(self._article_page(base, article))
        return routes

    def _special(self, path: str, query: dict, base: str) -> Response | None:
        if path == "/" and "p" in query:  # WordPress shortlinks and feed guids: /?p=<id>
            post = next((a for a in self.articles if str(a.id) == query["p"][0]), None)
            return _redirect(post.url(base)) if post else self._not_found(base)
        if path == "/page/1/":
            return _redirect(base + "/")
        return None

    def _not_found(self, base: str) -> Response:
        content = (
            '<section class="error-404 not-found"><header class="page-header">'
            '<h1 class="page-title">Oups ! Cette page est introuvable.</h1></header>'
            '<div class="page-content"><p>Il semble que rien n\'ait été trouvé à cette adresse. '
            f'Essayez une recherche ou revenez à <a href="{base}/">l\'accueil</a>.</p></div></section>'
        )
        page = self._layout(base, f"Page non trouvée – {self.title}", "", content, "error404", robots="noindex, follow")
        return _ok(page, status=404)

    # pages --------------------------------------------------------------------
    def _layout(self, base: str, title: str, head: str, content: str, body_class: str, robots: str = "") -> str:
        return _template("wp_layout.html").substitute(
            base=base, title=escape(title), head=head, content=content, body_class=body_class,
            robots=robots or "index, follow, max-image-preview:large, max-snippet:-1",
            site_title=escape(self.title), tagline=escape(self.tagline), sidebar=self._sidebar(base),
        )

    def _sidebar(self, base: str) -> str:
        recent = "\n".join(f'<li><a href="{a.url(base)}">{escape(a.title)}</a></li>' for a in self.articles[:5])
        cats = "\n".join(
            f'<li class="cat-item"><a href="{base}/category/{slug}/">{escape(name)}</a> '
            f"({sum(slug in a.categories for a in self.articles)})</li>"
            for slug, name in self.categories.items()
        )
        return _template("wp_sidebar.html").substitute(base=base, recent=recent, categories=cats)

    def _article_page(self, base: str, a: Article) -> str:
        url = a.url(base)
        cat = a.categories[0]
        cat_url, cat_name = f"{base}/category/{cat}/", self.categories[cat]
        description = a.excerpt
        image = f"{base}/wp-content/uploads/{a.published:%Y/%m}/{a.slug[:40]}-1200x675.jpg"
        head = "\n".join([
            _meta(description=description, author=a.author),
            f'<link rel="canonical" href="{url}">',
            f'<link rel="shortlink" href="{base}/?p={a.id}">',
            _meta(og__locale="fr_FR", og__type="article", og__title=a.title, og__description=description,
                  og__url=url, og__site_name=self.title, og__image=image),
            _meta(article__section=cat_name, article__published_time=a.published.isoformat(),
                  article__modified_time=a.modified.isoformat()),
            "\n".join(_meta(article__tag=t) for t in a.tags),
            '<meta name="twitter:card" content="summary_large_image">',
            _jsonld(self._graph(base, a, url, image)),
        ])
        content = _template("wp_article.html").substitute(
            base=base, id=a.id, url=url, title=escape(a.title), title_url=escape(a.title.replace(" ", "%20")),
            status="draft" if a.draft else "publish",
            classes=" ".join(f"category-{c}" for c in a.categories),
            published=a.published.isoformat(), published_fr=_date_fr(a.published),
            modified=a.modified.isoformat(), modified_fr=_date_fr(a.modified),
            author=escape(a.author), author_url=f"{base}/author/{a.author_slug}/",
            category_url=cat_url, category_name=escape(cat_name),
            body="\n".join(_paragraph_html(p, base) for p in a.paragraphs),
            tags=", ".join(f'<span class="tag">{escape(t)}</span>' for t in a.tags) or "aucun",
            related=self._related(base, a), post_nav=self._post_nav(base, a),
        )
        classes = f"post-template-default single single-post postid-{a.id} single-format-standard"
        return self._layout(base, f"{a.title} – {self.title}", head, content, classes,
                            robots="noindex, nofollow" if a.draft else "")

    def _graph(self, base: str, a: Article, url: str, image: str) -> dict:
        org = {"@type": "Organization", "@id": f"{base}/#organization", "name": self.title, "url": f"{base}/",
               "logo": {"@type": "ImageObject", "url": f"{base}/wp-content/uploads/2024/01/vsn-logo.png"}}
        return {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": f"{url}#article", "isPartOf": {"@id": url},
             "author": {"@type": "Person", "name": a.author, "@id": f"{base}/#/schema/person/{a.author_slug}"},
             "headline": a.title, "datePublished": a.published.isoformat(), "dateModified": a.modified.isoformat(),
             "mainEntityOfPage": {"@id": url}, "wordCount": len(a.text.split()),
             "publisher": org, "image": {"@id": f"{url}#primaryimage"},
             "articleSection": [self.categories[c] for c in a.categories], "keywords": list(a.tags),
             "inLanguage": "fr-FR"},
            {"@type": "WebPage", "@id": url, "url": url, "name": f"{a.title} – {self.title}",
             "isPartOf": {"@id": f"{base}/#website"}, "primaryImageOfPage": {"@id": f"{url}#primaryimage"},
             "datePublished": a.published.isoformat(), "dateModified": a.modified.isoformat(),
             "description": a.excerpt, "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "fr-FR"},
            {"@type": "ImageObject", "@id": f"{url}#primaryimage", "url": image, "width": 1200, "height": 675},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Accueil", "item": f"{base}/"},
                {"@type": "ListItem", "position": 2, "name": self.categories[a.categories[0]],
                 "item": f"{base}/category/{a.categories[0]}/"},
                {"@type": "ListItem", "position": 3, "name": a.title}]},
            {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/", "name": self.title,
             "publisher": {"@id": f"{base}/#organization"}, "inLanguage": "fr-FR"},
            {"@type": "Person", "@id": f"{base}/#/schema/person/{a.author_slug}", "name": a.author,
             "url": f"{base}/author/{a.author_slug}/"},
        ]}

    def _related(self, base: str, a: Article) -> str:
        """Same story first, then the same main category; titles and dates only, never bylines."""
        others = [o for o in self.articles if o.slug != a.slug]
        ranked = sorted(others, key=lambda o: (not (a.story and o.story == a.story),
                                               a.categories[0] not in o.categories,
                                               -o.published.timestamp()))
        return "\n".join(
            f'<li class="related-item"><a class="related-link" href="{o.url(base)}">{escape(o.title)}</a> '
            f'<span class="related-date">{_date_fr(o.published)}</span></li>'
            for o in ranked[:3]
        )

    def _post_nav(self, base: str, a: Article) -> str:
        if a.draft:
            return ""
        i = self.articles.index(a)
        out = []
        if i + 1 < len(self.articles):
            older = self.articles[i + 1]
            out.append(f'<div class="nav-previous"><a href="{older.url(base)}" rel="prev"><span class="meta-nav">'
                       f"Article précédent</span> {escape(older.title)}</a></div>")
        if i > 0:
            newer = self.articles[i - 1]
            out.append(f'<div class="nav-next"><a href="{newer.url(base)}" rel="next"><span class="meta-nav">'
                       f"Article suivant</span> {escape(newer.title)}</a></div>")
        return "".join(out)

    def _listing_routes(self, base: str, prefix: str, posts: list[Article], heading: str,
                        sticky: list[Article] = ()) -> dict[str, Response]:
        pages = [posts[i:i + PER_PAGE] for i in range(0, len(posts), PER_PAGE)] or [[]]
        routes = {}
        for n, chunk in enumerate(pages, start=1):
            path = f"{prefix}/" if n == 1 else f"{prefix}/page/{n}/"
            routes[path] = _ok(self._listing_page(base, prefix, n, len(pages), chunk, heading,
                                                  sticky if n == 1 else ()))
        return routes

    def _listing_page(self, base: str, prefix: str, n: int, total: int, posts: list[Article], heading: str,
                      sticky) -> str:
        def page_url(k: int) -> str:
            return f"{base}{prefix}/" if k == 1 else f"{base}{prefix}/page/{k}/"

        head = [f'<link rel="canonical" href="{page_url(n)}">']
        if n > 1:
            head.append(f'<link rel="prev" href="{page_url(n - 1)}">')
        if n < total:
            head.append(f'<link rel="next" href="{page_url(n + 1)}">')
        head.append(_meta(og__locale="fr_FR", og__type="website", og__title=heading, og__url=page_url(n),
                          og__site_name=self.title))
        head.append(_meta(description=self.tagline))
        title_tag = self.title if not prefix else f"{heading} – {self.title}"
        if n > 1:
            title_tag = f"{heading} – Page {n} sur {total} – {self.title}" if prefix else f"Page {n} sur {total} – {self.title}"
        h1 = (f'<header class="page-header"><h1 class="page-title">{escape(heading)}</h1></header>' if prefix
              else '<h1 class="screen-reader-text">Derniers articles</h1>')
        items = [self._teaser(base, a, sticky=True) for a in sticky] + [self._teaser(base, a) for a in posts]
        if not posts:
            items.append('<p class="no-results">Aucun article pour le moment.</p>')
        nav = []
        if n < total:
            nav.append(f'<div class="nav-previous"><a href="{page_url(n + 1)}">Articles plus anciens</a></div>')
        if n > 1:
            nav.append(f'<div class="nav-next"><a href="{page_url(n - 1)}">Articles plus récents</a></div>')
        content = "\n".join([h1, *items,
                             '<nav class="navigation posts-navigation" aria-label="Articles">'
                             '<h2 class="screen-reader-text">Navigation des articles</h2>'
                             f'<div class="nav-links">{"".join(nav)}</div></nav>'])
        body_class = "home blog" if not prefix else "archive"
        return self._layout(base, title_tag, "\n".join(head), content, body_class + (" paged" if n > 1 else ""))

    def _teaser(self, base: str, a: Article, sticky: bool = False) -> str:
        cats = " ".join(f"category-{c}" for c in a.categories)
        status = "draft sticky" if sticky else "publish"
        label = '<span class="sticky-label">À paraître</span> ' if sticky else ""
        return (
            f'<article id="post-{a.id}" class="post-{a.id} post type-post status-{status} format-standard {cats}">\n'
            f'<header class="entry-header">{label}<h2 class="entry-title"><a href="{a.url(base)}" rel="bookmark">'
            f"{escape(a.title)}</a></h2>\n"
            f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" '
            f'datetime="{a.published.isoformat()}">{_date_fr(a.published)}</time></span> '
            f'<span class="byline">par <span class="author vcard"><a class="url fn n" '
            f'href="{base}/author/{a.author_slug}/">{escape(a.author)}</a></span></span></div></header>\n'
            f'<div class="entry-summary"><p>{escape(a.excerpt)} <a class="more-link" href="{a.url(base)}">'
            f"Lire la suite</a></p></div>\n</article>"
        )

    def _static_page(self, base: str, path: str, title: str, text: str) -> str:
        body = "\n".join(f"<p>{escape(p)}</p>" for p in text.strip().split("\n\n"))
        content = (f'<article class="page type-page status-publish"><header class="entry-header">'
                   f'<h1 class="entry-title">{escape(title)}</h1></header>'
                   f'<div class="entry-content">{body}</div></article>')
        head = f'<link rel="canonical" href="{base}{path}">'
        return self._layout(base, f"{title} – {self.title}", head, content, "page-template-default page")

    # machine-readable files ---------------------------------------------------
    def _robots(self, base: str) -> str:
        return ("User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /brouillons/\n\n"
                f"Sitemap: {base}/sitemap_index.xml\n")

    def _feed(self, base: str, posts: list[Article], self_url: str) -> str:
        items = []
        for a in posts:
            link = a.url(base) + (f"?{FEED_TRACKING}" if a.feed_tracking else "")
            categories = "".join(f"\n\t\t<category>{_cdata(self.categories[c])}</category>" for c in a.categories)
            categories += "".join(f"\n\t\t<category>{_cdata(t)}</category>" for t in a.tags)
            body = "\n".join(_paragraph_html(p, base) for p in a.paragraphs)
            items.append(
                "\t<item>\n"
                f"\t\t<title>{escape(a.title, quote=False)}</title>\n"
                f"\t\t<link>{escape(link)}</link>\n"
                f"\t\t<comments>{a.url(base)}#respond</comments>\n"
                f"\t\t<dc:creator>{_cdata(a.author)}</dc:creator>\n"
                f"\t\t<pubDate>{_rfc822(a.published)}</pubDate>{categories}\n"
                f'\t\t<guid isPermaLink="false">{base}/?p={a.id}</guid>\n'
                f"\t\t<description>{_cdata(a.excerpt + ' [&#8230;]')}</description>\n"
                f"\t\t<content:encoded>{_cdata(body)}</content:encoded>\n"
                f"\t\t<wfw:commentRss>{a.url(base)}feed/</wfw:commentRss>\n"
                "\t\t<slash:comments>0</slash:comments>\n"
                "\t</item>"
            )
        last = max((a.modified for a in posts), default=self.articles[0].modified)
        return (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n'
            '\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n'
            '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '\txmlns:atom="http://www.w3.org/2005/Atom"\n'
            '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n'
            '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f"\t<title>{escape(self.title)}</title>\n"
            f'\t<atom:link href="{self_url}" rel="self" type="application/rss+xml" />\n'
            f"\t<link>{base}/</link>\n"
            f"\t<description>{escape(self.tagline)}</description>\n"
            f"\t<lastBuildDate>{_rfc822(last)}</lastBuildDate>\n"
            "\t<language>fr-FR</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n"
            "\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
            "\t<generator>https://wordpress.org/?v=6.7.1</generator>\n"
            + "\n".join(items) + "\n\t</channel>\n</rss>\n"
        )

    def _sitemap_index(self, base: str) -> str:
        newest = _w3c_utc(max(a.modified for a in self.articles))
        entries = "".join(f"\t<sitemap>\n\t\t<loc>{base}/{name}</loc>\n\t\t<lastmod>{newest}</lastmod>\n\t</sitemap>\n"
                          for name in ("post-sitemap.xml", "news-sitemap.xml"))
        return ('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" '
                f'href="{base}/main-sitemap.xsl"?>\n'
                '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                f"{entries}</sitemapindex>\n<!-- XML Sitemap generated by Yoast SEO -->\n")

    def _post_sitemap(self, base: str) -> str:
        # Yoast lists the home page first, then posts oldest first.
        entries = [f"\t<url>\n\t\t<loc>{base}/</loc>\n\t\t<lastmod>{_w3c_utc(self.articles[0].modified)}</lastmod>\n\t</url>"]
        for a in reversed(self.articles):
            entries.append(f"\t<url>\n\t\t<loc>{a.url(base)}</loc>\n\t\t<lastmod>{_w3c_utc(a.modified)}</lastmod>\n"
                           f"\t\t<image:image>\n\t\t\t<image:loc>{base}/wp-content/uploads/{a.published:%Y/%m}/"
                           f"{a.slug[:40]}-1200x675.jpg</image:loc>\n\t\t</image:image>\n\t</url>")
        return ('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" '
                f'href="{base}/main-sitemap.xsl"?>\n'
                '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
                'xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 '
                'http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd '
                'http://www.google.com/schemas/sitemap-image/1.1 '
                'http://www.google.com/schemas/sitemap-image/1.1/sitemap-image.xsd" '
                'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                + "\n".join(entries) + "\n</urlset>\n<!-- XML Sitemap generated by Yoast SEO -->\n")

    def _news_sitemap(self, base: str) -> str:
        entries = []
        for a in self.articles:
            entries.append(
                f"<url>\n\t<loc>{a.url(base)}</loc>\n\t<news:news>\n\t\t<news:publication>\n"
                f"\t\t\t<news:name>{escape(self.title)}</news:name>\n\t\t\t<news:language>fr</news:language>\n"
                f"\t\t</news:publication>\n\t\t<news:publication_date>{a.published.isoformat()}</news:publication_date>\n"
                f"\t\t<news:title>{escape(a.title, quote=False)}</news:title>\n"
                + (f"\t\t<news:keywords>{escape(', '.join(a.tags), quote=False)}</news:keywords>\n" if a.tags else "")
                + "\t</news:news>\n</url>"
            )
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
                + "\n".join(entries) + "\n</urlset>\n")


CONTACT_TEXT = """
Une information à nous signaler, une correction à demander ? La rédaction lit tous les messages envoyés à l'adresse redaction@veille-sante-numerique.example.

Pour les documents sensibles, précisez-le dans votre premier message : nous vous proposerons un moyen d'échange adapté.
"""

LEGAL_TEXT = """
Ce site est un site de démonstration du logiciel libre healthbreach. Les organisations, les personnes et les incidents décrits dans ses articles sont inventés.

Cookies : ce site de démonstration n'en dépose aucun ; le bandeau n'est là que pour ressembler à un vrai site.
"""


# -- the partner site ------------------------------------------------------------------

class CourrierSite(Site):
    """"Le Courrier du Soir", an invented regional daily that republishes AFP dispatches."""

    def __init__(self, data: dict | None = None):
        data = data or load_data()
        meta = data["sites"]["partner"]
        self.name, self.title = meta["name"], meta["title"]
        self.rubriques: dict[str, str] = meta["rubriques"]
        articles = []
        for raw in data["partner"]:
            path = f"/actualites/{raw['rubrique']}/{raw['slug']}-{raw['id']}.html"
            articles.append(_article("partner", raw, path, {}))
        self.articles = sorted(articles, key=lambda a: a.published, reverse=True)

    def _build_routes(self, base: str) -> dict[str, Response]:
        routes = {
            "/": _ok(self._listing(base, "/", "À la une", self.articles)),
            "/rss.xml": _ok(self._rss(base), RSS),
            "/robots.txt": _ok("User-agent: *\nDisallow: /recherche/\nDisallow: /abonnement/\nDisallow: /static/\n\n"
                               "User-agent: GPTBot\nDisallow: /\n", TEXT),
        }
        for slug, name in self.rubriques.items():
            posts = [a for a in self.articles if a.extra["rubrique"] == slug]
            routes[f"/actualites/{slug}/"] = _ok(self._listing(base, f"/actualites/{slug}/", name, posts))
        for a in self.articles:
            routes[a.path] = _ok(self._article_page(base, a))
        return routes

    def _not_found(self, base: str) -> Response:
        content = ('<div class="cds-erreur"><h1>Page introuvable</h1><p>La page que vous demandez n\'existe pas '
                   f'ou plus. <a href="{base}/">Retour à la une</a></p></div>')
        return _ok(self._layout(base, "Page introuvable - Le Courrier du Soir", "", content, "cds-404"), status=404)

    def _layout(self, base: str, title: str, head: str, content: str, body_class: str) -> str:
        return _template("cds_layout.html").substitute(base=base, title=escape(title), head=head, content=content,
                                                       body_class=body_class)

    def _article_page(self, base: str, a: Article) -> str:
        url = a.url(base)
        rubrique = a.extra["rubrique"]
        chapo = a.extra["chapo"]
        byline = a.author if a.afp else f"Par {a.author}"
        offset = a.published.strftime("%z")  # "+0200", without a colon, as some French outlets write it
        head = "\n".join([
            f'<link rel="canonical" href="{url}">',
            _meta(description=chapo, author=a.author),
            _meta(og__type="article", og__title=a.title, og__description=chapo, og__url=url,
                  og__site_name=self.title, og__locale="fr_FR"),
            _meta(article__published_time=a.published.strftime("%Y-%m-%dT%H:%M:%S") + offset,
                  article__modified_time=a.modified.strftime("%Y-%m-%dT%H:%M:%S") + a.modified.strftime("%z"),
                  article__section=self.rubriques[rubrique]),
            _jsonld({
                "@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url,
                "headline": a.title, "description": chapo, "articleSection": self.rubriques[rubrique],
                "datePublished": a.published.isoformat(), "dateModified": a.modified.isoformat(),
                "author": ({"@type": "Organization", "name": a.author} if a.afp
                           else {"@type": "Person", "name": a.author}),
                "publisher": {"@type": "Organization", "name": self.title,
                              "logo": {"@type": "ImageObject", "url": f"{base}/static/cds/img/logo.png"}},
                "isAccessibleForFree": True, "inLanguage": "fr-FR",
            }),
        ])
        modified = ""
        if a.modified != a.published:
            modified = f', mis à jour le <time datetime="{a.modified.isoformat()}">{_cds_date(a.modified)}</time>'
        figure = ""
        if a.photo:
            figure = (f'<figure class="cds-article__photo"><img src="{base}/static/cds/photos/{a.id}.jpg" alt="">'
                      f'<figcaption>{escape(a.photo["caption"])} <span class="cds-credit">'
                      f'{escape(a.photo["credit"])}</span></figcaption></figure>')
        related = "\n".join(f'<li><a href="{o.url(base)}">{escape(o.title)}</a></li>'
                            for o in self.articles if o.slug != a.slug)
        content = _template("cds_article.html").substitute(
            base=base, id=a.id, rubrique=rubrique, rubrique_name=escape(self.rubriques[rubrique]),
            title=escape(a.title), title_url=escape(a.title.replace(" ", "%20")), chapo=escape(chapo),
            author=escape(byline), published=a.published.isoformat(), published_fr=_cds_date(a.published),
            modified_block=modified, figure=figure, related=related,
            body="\n".join(_paragraph_html(p, base) for p in a.paragraphs),
        )
        return self._layout(base, f"{a.title} - Le Courrier du Soir", head, content, f"cds-article-page cds-{rubrique}")

    def _listing(self, base: str, path: str, heading: str, posts: list[Article]) -> str:
        teasers = "\n".join(
            f'<div class="cds-teaser"><a class="cds-teaser__lien" href="{a.url(base)}">'
            f'<h2 class="cds-teaser__titre">{escape(a.title)}</h2></a>'
            f'<p class="cds-teaser__chapo">{escape(a.extra["chapo"])}</p>'
            f'<span class="cds-teaser__date">{a.published:%d/%m/%Y}</span></div>'
            for a in posts
        ) or '<p class="cds-vide">Aucun article dans cette rubrique pour le moment.</p>'
        content = f'<h1 class="cds-rubrique-titre">{escape(heading)}</h1>\n<div class="cds-liste">\n{teasers}\n</div>'
        head = f'<link rel="canonical" href="{base}{path}">'
        return self._layout(base, f"{heading} - Le Courrier du Soir", head, content, "cds-liste-page")

    def _rss(self, base: str) -> str:
        items = []
        for a in self.articles:
            items.append(
                "<item>"
                f"<title>{escape(a.title, quote=False)}</title>"
                f"<link>{a.url(base)}?xtor=RSS-3</link>"
                f'<guid isPermaLink="false">cds-{a.id}</guid>'
                f"<pubDate>{_rfc822(a.published, utc=False)}</pubDate>"
                f"<dc:creator>{escape(a.author, quote=False)}</dc:creator>"
                f"<category>{escape(self.rubriques[a.extra['rubrique']], quote=False)}</category>"
                f"<description>{escape(a.extra['chapo'], quote=False)}</description>"
                "</item>"
            )
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
                "<title>Le Courrier du Soir - Toute l'actualité</title>\n"
                f"<link>{base}/</link>\n<description>Les derniers articles du Courrier du Soir</description>\n"
                f"<language>fr</language>\n<lastBuildDate>{_rfc822(self.articles[0].modified, utc=False)}</lastBuildDate>\n"
                + "\n".join(items) + "\n</channel>\n</rss>\n")


def _cds_date(dt: datetime) -> str:
    return f"{dt:%d/%m/%Y} à {dt.hour}h{dt.minute:02d}"


def demo_sites() -> tuple[WordPressSite, CourrierSite]:
    """Both sample sites, the main one first."""
    data = load_data()
    return WordPressSite(data), CourrierSite(data)
