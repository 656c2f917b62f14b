"""The publication day a page declares in its markup; never one guessed from its text."""

from __future__ import annotations

import datetime as dt
import gzip
from pathlib import Path

import pytest
from lxml import html

from healthbreach.extract.clean import clean_html
from healthbreach.extract.pagedate import page_published, parse_day

FETCHED = dt.date(2026, 1, 1)
BODY = "<p>" + "Le centre hospitalier a été victime d'une cyberattaque qui a paralysé ses services. " * 4 + "</p>"


def page(head: str = "", body: str = BODY) -> str:
    return f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">{head}</head><body><article>{body}</article></body></html>'


def day(doc: str, url: str | None = None) -> dt.date | None:
    return page_published(html.fromstring(doc), url, fetched=FETCHED)


@pytest.mark.parametrize(
    "head, body, expected",
    [
        ('<meta property="article:published_time" content="2023-03-14T09:30:00+01:00">', BODY, dt.date(2023, 3, 14)),
        ('<meta property="og:article:published_time" content="2023-03-14">', BODY, dt.date(2023, 3, 14)),
        # The modification time is never the publication's; the published one wins whatever the order.
        ('<meta property="article:modified_time" content="2023-03-20T10:00:00+01:00">'
         '<meta property="article:published_time" content="2023-03-14T10:00:00+01:00">', BODY, dt.date(2023, 3, 14)),
        ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
         '{"@type": "WebSite", "name": "X"}, {"@type": "NewsArticle", "datePublished": "2022-11-02T19:39:04+01:00",'
         ' "dateModified": "2022-11-05T08:00:00+01:00", "image": {"@type": "ImageObject", "datePublished": "2019-01-01"}}]}'
         '</script>', BODY, dt.date(2022, 11, 2)),
        ('<meta name="pubdate" content="20221102">', BODY, dt.date(2022, 11, 2)),
        ('<meta name="dc.date.created" value="2017-03-13|19h18">', BODY, dt.date(2017, 3, 13)),
        ('<meta name="date" content="Tue, 14 Mar 2023 09:30:00 +0100">', BODY, dt.date(2023, 3, 14)),
        ("", '<time datetime="2020-01-20T08:40:32+01:00" class="entry-date published">20 janvier 2020</time>'
             '<time class="updated" datetime="2020-01-21T12:08:45+01:00">21 janvier 2020</time>' + BODY,
         dt.date(2020, 1, 20)),
        ("", '<time pubdate datetime="2020-12-26T21:00:38+01:00">26/12/2020</time>' + BODY, dt.date(2020, 12, 26)),
        # A UTC timestamp late in the evening is the next day in Paris.
        ('<meta property="article:published_time" content="2016-05-04T22:10:57+00:00">', BODY, dt.date(2016, 5, 5)),
        # A visible byline element, when the markup says nothing else.
        ("", '<p class="post-date">Publié le 14 mars 2023 à 10h05, mis à jour le 15 mars 2023</p>' + BODY,
         dt.date(2023, 3, 14)),
        ("", '<span class="byline">Par Jeanne Martin, le 7 novembre 2022 à 14h30</span>' + BODY, dt.date(2022, 11, 7)),
    ],
)
def test_markup_dates(head, body, expected):
    assert day(page(head, body)) == expected


@pytest.mark.parametrize(
    "head, body",
    [
        # Nothing in the markup: the dates of the story are not the page's.
        ("", "<p>Le 15 novembre 2019, le CHU a été attaqué. Dès 2013, la clinique avait été alertée.</p>"),
        ("", "<h1>Le point sur l'attaque informatique du 15 novembre 2019</h1>" + BODY),
        # A modification date alone, an update line alone, a year or a month: no publication day.
        ('<meta property="article:modified_time" content="2023-03-20T10:00:00+01:00">', BODY),
        ("", '<p class="date">Mis à jour le 15 mars 2023</p>' + BODY),
        ('<meta name="date" content="2023">', BODY),
        ('<meta property="article:published_time" content="2023-03">', BODY),
        # Dates of comments and related articles are theirs.
        ("", BODY + '<div class="comments"><time itemprop="datePublished" datetime="2023-03-20">20 mars</time>'
                    '<p class="comment-date">Le 20 mars 2023 à 10h</p></div>'),
        ("", BODY + '<aside><span class="related-date">12 mars 2023</span></aside>'),
        # A date after the fetch is refused.
        ('<meta property="article:published_time" content="2031-01-01T10:00:00+01:00">', BODY),
    ],
)
def test_no_date_invented(head, body):
    assert day(page(head, body)) is None


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://www.exemple.fr/sante/article/2023/03/14/un-hopital-pirate_123.html", dt.date(2023, 3, 14)),
        ("https://www.exemple.fr/societe/un-hopital-pirate-14-03-2023-2516331_23.php", dt.date(2023, 3, 14)),
        ("https://www.exemple.fr/2023/03/un-hopital-pirate/", None),  # a month is not a day
        ("https://www.exemple.fr/un-hopital-pirate-2516331/", None),
    ],
)
def test_day_in_the_url(url, expected):
    assert day(page(), url) == expected


def test_parse_day_forms():
    assert parse_day("2023-04-14T13:51+01:00") == dt.date(2023, 4, 14)
    assert parse_day("2023-04-06T15:22:31+0200") == dt.date(2023, 4, 6)
    assert parse_day("2023-11-01T23:30:00Z") == dt.date(2023, 11, 2)
    assert parse_day("2023-02-30") is None
    assert parse_day("") is None and parse_day(None) is None


def test_clean_html_gives_no_date_for_a_page_without_one():
    # trafilatura's own guess would read a year or a day from the text.
    text = "<p>La clinique, ouverte en 2013, a été victime d'une cyberattaque le 3 mars 2021.</p>" + BODY
    assert clean_html(page("", text).encode(), fetched=FETCHED).published is None
    assert clean_html(page("", text).encode(), fetched=FETCHED, fallback_date=dt.date(2021, 3, 5)).published == dt.date(2021, 3, 5)


CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "html"


@pytest.mark.skipif(not (CORPUS / "SOURCES.md").is_file(), reason=f"shared corpus not found at {CORPUS}")
def test_recorded_pages_give_their_published_day():
    """Every recorded page whose SOURCES.md row gives its published time yields that day."""
    rows = [line.split("|") for line in (CORPUS / "SOURCES.md").read_text("utf-8").splitlines() if line.startswith("| `")]
    checked = 0
    for row in rows:
        name, published = row[1].strip().strip("`"), row[6].strip()
        if not published or not name.endswith((".html", ".html.gz")):
            continue
        data = (CORPUS / name).read_bytes()
        data = gzip.decompress(data) if name.endswith(".gz") else data
        got = page_published(html.fromstring(data), fetched=FETCHED)
        # The written day, or the next one for a UTC time that is past midnight in Paris.
        written = dt.date.fromisoformat(published[:10])
        assert got in (written, written + dt.timedelta(days=1)), (name, published, got)
        checked += 1
    assert checked >= 30


def test_page_wide_classes_do_not_hide_the_byline():
    doc = ('<html><body class="single has-sidebar menu-open"><article><p class="date">Publié le 3 mai 2022</p>'
           + BODY + '</article><aside class="sidebar"><p class="date">Publié le 9 mai 2022</p></aside></body></html>')
    assert day(doc) == dt.date(2022, 5, 3)
