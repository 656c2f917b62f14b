"""The bundled sample sites' articles, full length with their headlines: relevance, victims and how it happened.

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
    2378: ["centre hospitalier de Montrevel-sur-Sèvre", "groupement hospitalier Val-de-Sèvre"],
    2384: ["polyclinique des Trois-Vallées"],
    2389: ["clinique du Parc Saint-Aubin"],
    2410: ["HAD Loire-Océan"],
    48213: ["Mutuelle Ligérienne de Prévoyance"],
    48590: ["Imagerie des Remparts"],
    2402: ["Ehpad Les Tilleuls"],
}

# (attack types, threat actor, care disrupted) of every breach article; the demo exercises each attack type.
HOW = {
    1902: (["phishing"], None, None),
    1951: (["exposure"], None, None),
    2176: (["unauthorized_access"], None, None),
    2264: (["unauthorized_access"], None, None),  # "aurait utilisé les identifiants d'un salarié": the way in (SCHEMA)
    2318: (["ransomware"], None, True),
    2331: (["ransomware", "exfiltration"], "Nebulock", True),
    2365: (["ransomware", "exfiltration"], "Kraken Noir", True),
    2378: (["ddos"], "NoName057(16)", True),
    2384: (["ransomware", "exfiltration"], "LockBit", True),  # written "le groupe Lockbit 3.0"
    2389: (["unauthorized_access"], None, True),  # stopped before encryption, but mail and remote access suspended
    2410: (["theft_loss"], None, False),
    48213: (["unauthorized_access"], None, None),
    48590: (["exfiltration"], None, None),
    2402: ([], None, None),
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
    record = extraction.to_record(str(article["id"]))
    assert (record["attack_types"], record["threat_actor"], record["care_disrupted"]) == HOW.get(article["id"], ([], None, None))


def test_the_demo_exercises_every_attack_type_and_named_groups():
    from healthbreach.extract.attacks import CODES

    assert {code for types, _, _ in HOW.values() for code in types} == set(CODES)
    assert sum(actor is not None for _, actor, _ in HOW.values()) >= 3
