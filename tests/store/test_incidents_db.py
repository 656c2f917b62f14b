"""Incident grouping against a real database (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from healthbreach.store.incidents import incident_id, rebuild_incidents, update_incidents
from healthbreach.store.models import Extraction, Incident, IncidentArticle


def snapshot(engine) -> dict:
    with Session(engine) as s:
        incidents = {i.id: (i.victims, i.first_reported, i.records, i.n_articles, i.n_sources, i.urls)
                     for i in s.scalars(select(Incident))}
        members = sorted(s.execute(select(IncidentArticle.article_id, IncidentArticle.incident_id, IncidentArticle.reason)))
    return {"incidents": incidents, "members": members}


DISPATCH = ("La Mutuelle Ligérienne de Prévoyance a annoncé jeudi avoir été victime d'une fuite de données "
            "concernant 1,2 million d'assurés, après l'intrusion d'un tiers dans les systèmes de l'un de ses "
            "prestataires informatiques. Les informations exposées comprennent les noms, prénoms, dates de "
            "naissance, adresses et numéros de sécurité sociale des adhérents. ") * 2


def test_republished_dispatch_is_one_incident_with_two_sources(engine, add_article):
    a = add_article("https://main.example/mutuelle", source="main", published="2025-09-18", text="Paris (AFP) - " + DISPATCH,
                    victims=["Mutuelle Ligérienne de Prévoyance"], records=1_200_000, records_unit="assurés", is_afp=True)
    b = add_article("https://partner.example/mutuelle", source="partner", published="2025-09-18", text=DISPATCH,
                    victims=[], is_afp=True)  # the extractor missed the victim on the copy
    add_article("https://main.example/other", source="main", published="2025-09-18", victims=["Doctolib"])
    stats = update_incidents(engine)
    assert (stats.incidents, stats.created, stats.articles) == (2, 2, 3)
    with Session(engine) as s:
        inc = s.get(Incident, incident_id("https://main.example/mutuelle"))
        assert (inc.n_articles, inc.n_sources, inc.sources) == (2, 2, "main; partner")
        assert inc.victims == "Mutuelle Ligérienne de Prévoyance"
        assert inc.records == 1_200_000
        assert {m.article_id: m.reason for m in inc.members} == {a: "seed", b: "copy"}


def test_update_is_idempotent_and_equals_rebuild(engine, add_article):
    add_article("https://a/1", published="2025-10-13", victims=["CH de Valmont-sur-Loire"], records=8000, records_unit="patients")
    add_article("https://b/2", source="site-b", published="2025-10-15", victims=["Centre hospitalier de Valmont-sur-Loire"])
    add_article("https://a/3", published="2025-10-16", victims=["Doctolib"])
    add_article("https://a/4", published="2025-10-16", relevant=False, victims=["Doctolib"])  # not a breach article
    first = update_incidents(engine)
    assert first.changed and first.incidents == 2 and first.articles == 3
    state = snapshot(engine)
    again = update_incidents(engine)
    assert not again.changed
    rebuild_incidents(engine)
    assert snapshot(engine) == state


def test_id_is_stable_when_a_later_article_joins(engine, add_article):
    add_article("https://a/1", published="2025-10-13", victims=["CH de Valmont-sur-Loire"], records=8000, records_unit="patients")
    update_incidents(engine)
    [before] = snapshot(engine)["incidents"]
    add_article("https://b/2", source="site-b", published="2025-10-20", victims=["Hôpital de Valmont-sur-Loire"],
                records=12000, records_unit="patients")
    stats = update_incidents(engine)
    assert (stats.created, stats.updated, stats.moved) == (0, 1, 1)
    after = snapshot(engine)["incidents"]
    assert list(after) == [before]
    assert after[before][3:5] == (2, 2)  # two articles, two sources
    state = snapshot(engine)
    rebuild_incidents(engine)
    assert snapshot(engine) == state


def test_late_crawled_older_article_gives_the_same_result_as_a_rebuild(engine, add_article):
    add_article("https://a/2", published="2025-10-20", victims=["CH de Valmont"])
    update_incidents(engine)
    add_article("https://a/1", published="2025-10-13", victims=["Centre hospitalier de Valmont"])  # crawled later
    update_incidents(engine)
    state = snapshot(engine)
    assert list(state["incidents"]) == [incident_id("https://a/1")]  # the earliest report names the incident
    rebuild_incidents(engine)
    assert snapshot(engine) == state


def test_re_extraction_that_drops_relevance_removes_the_article(engine, add_article):
    one = add_article("https://a/1", published="2025-10-13", victims=["Doctolib"])
    two = add_article("https://a/2", published="2025-10-14", victims=["Doctolib"])
    update_incidents(engine)
    with Session(engine) as s, s.begin():
        s.execute(update(Extraction).where(Extraction.article_id == two).values(relevant=False))
    stats = update_incidents(engine)
    assert stats.updated == 1
    assert snapshot(engine)["members"] == [(one, incident_id("https://a/1"), "seed")]
    with Session(engine) as s, s.begin():
        s.execute(update(Extraction).where(Extraction.article_id == one).values(relevant=False))
    assert update_incidents(engine).deleted == 1
    assert snapshot(engine) == {"incidents": {}, "members": []}


def test_article_without_extraction_uses_crawl_relevance(engine, add_article):
    add_article("https://a/1", published=None, extraction=False)
    add_article("https://a/2", published="2025-01-02", extraction=False, relevant=False)
    update_incidents(engine)
    state = snapshot(engine)
    assert list(state["incidents"]) == [incident_id("https://a/1")]
    assert state["incidents"][incident_id("https://a/1")][1] is None  # no date known


def test_first_reported_is_a_date(engine, add_article):
    add_article("https://a/1", published="2025-10-13", victims=["Doctolib"])
    update_incidents(engine)
    with Session(engine) as s:
        assert s.scalar(select(Incident.first_reported)) == dt.date(2025, 10, 13)
