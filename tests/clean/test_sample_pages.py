"""Cleaning the bundled sample sites' pages: our own fixtures, always available."""

import pytest

from healthbreach.demo import demo_sites
from healthbreach.extract.clean import CleaningError, clean_html

BASE = "http://127.0.0.1:8808"
MAIN, PARTNER = demo_sites()
BOILERPLATE = (
    "Votre adresse e-mail ne sera pas publiée",
    "Nous utilisons des cookies",
    "Inscrivez-vous à notre newsletter",
    "Sur le même sujet",
    "Articles plus anciens",
)


@pytest.mark.parametrize("article", MAIN.articles + PARTNER.articles, ids=lambda a: a.slug[:40])
def test_title_author_date_text_and_no_boilerplate(article):
    status, _, body = (MAIN if article.site == "main" else PARTNER).render(article.path, BASE)
    assert status == 200
    page = clean_html(body, article.url(BASE), fetched=article.published.date())
    assert page.title.startswith(article.title[:25])
    assert article.author.split(" avec ")[0].replace("Source ", "") in (page.author or "")
    assert page.published == article.published.date()
    assert page.is_afp is article.afp
    assert page.declares_article
    first_words = " ".join(article.text.split()[:8])
    assert first_words in " ".join(page.text.split())
    for phrase in BOILERPLATE:
        assert phrase not in page.text, phrase


def test_a_listing_page_is_not_declared_an_article():
    _, _, body = MAIN.render("/contact/", BASE)
    assert not clean_html(body, BASE + "/contact/").declares_article


@pytest.mark.parametrize("body", [b"", b"\x00\x01\x02binary", b"<html><body><p>Trop court.</p></body></html>"])
def test_pages_without_article_text_are_errors(body):
    with pytest.raises(CleaningError):
        clean_html(body, BASE + "/x/")
