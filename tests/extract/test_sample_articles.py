"""The bundled sample sites' articles, full length with their headlines: relevance and victims.

These are the longest French texts the project owns; a rule change that
breaks a victim here (a head word taken for a name, a sidebar, a relative
clause) shows up as a named article.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest

ARTICLES = json.loads(resources.files("healthbreach.demo").joinpath("articles.json").read_text("utf-8"))
VICTIMS = {
    1902: ["CHU de Brest"],
    1951: ["Biolys Ouest"],
    2176: ["Consulto"],
    2264: ["Mutuelle Ligérienne de Prévoyance"],
    2318: ["centre hospitalier de Valmont-sur-Loire"],
    2331: ["centre hospitalier de Valmont-sur-Loire"],
    2365: ["Officinalis"],
    2389: ["clinique du Parc Saint-Aubin"],
    48213: ["Mutuelle Ligérienne de Prévoyance"],
    48590: ["Imagerie des Remparts"],
    2402: ["Ehpad Les Tilleuls"],
}


def articles():
    for site in ("main", "partner", "drafts"):
        block = ARTICLES[site]
        for article in block["articles"] if isinstance(block, dict) else block:
            if isinstance(article, dict) and "paragraphs" in article:
                yield pytest.param(article, id=f"{site}-{article['id']}")


@pytest.mark.parametrize("article", list(articles()))
def test_sample_article(extractor, article):
    extraction = extractor.extract("\n".join(article["paragraphs"]), title=article["title"],
                                   published=dt.date.fromisoformat(article["published"][:10]))
    assert extraction.relevant is (article["kind"] == "breach")
    assert [f.value for f in extraction.victims] == VICTIMS.get(article["id"], [])
