"""Incremental grouping: nightly updates equal a rebuild, read only new texts, learn aliases from articles."""

from __future__ import annotations

import random

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from healthbreach.store.incidents import incident_id, rebuild_incidents, update_incidents
from healthbreach.store.models import Extraction, Incident, IncidentArticle

from .conftest import filler, make_adder

DISPATCH = ("La Clinique des Tilleuls de Valmont a reconnu mardi une fuite de données touchant les dossiers de "
            "ses patients, après l'intrusion d'un groupe de pirates dans ses serveurs de rendez-vous. Les noms, "
            "adresses et numéros de sécurité sociale figurent parmi les informations dérobées, selon la direction. ") * 2


def history() -> list[tuple[str, dict]]:
    """Forty-odd reports of about fifteen breaches, over two years: follow-ups, copies, counts, towns."""
    out = []
    victims = ["Centre hospitalier de Valmont-sur-Loire", "CHU de Bréville", "Clinique des Tilleuls", "Mutuelle Ligérienne",
               "Laboratoire Bioval", "EHPAD Les Glycines de Portival", "Cabinet de radiologie de Portival"]
    rng = random.Random(3)
    n = 0
    for year in (2024, 2025):
        for k, victim in enumerate(victims):
            month = 1 + (k * 5) % 12  # the same month of each year: two breaches of one body a year apart
            count = rng.choice([None, 1200 * (k + 1), 48_000 + k]) and (100 * (k + 1) if year == 2024 else 48_000 + k)
            for j in range(rng.randint(1, 4)):
                n += 1
                day = f"{year}-{month:02d}-{2 + j * 6:02d}"
                spelled = victim if j % 2 == 0 else victim.replace("Centre hospitalier", "CH").replace("CHU de", "hôpital de")
                out.append((f"https://s{n % 3}.example/{year}/{k}/{j}", {
                    "source": f"s{n % 3}", "published": day, "victims": [spelled], "records": count,
                    "records_unit": "patients" if count else None, "incident_date": f"{year}-{month:02d}" if j == 0 else None,
                    "data_types": ["name"]}))
    out.append(("https://s0.example/copy-a", {"source": "s0", "published": "2025-03-04", "text": DISPATCH,
                                               "victims": ["Clinique des Tilleuls de Valmont"]}))
    out.append(("https://s1.example/copy-b", {"source": "s1", "published": "2025-03-05", "text": "(AFP) " + DISPATCH}))
    out.append(("https://s2.example/undated", {"source": "s2", "published": None, "victims": ["Laboratoire Bioval"],
                                                "records": 48_500, "records_unit": "patients"}))
    return out


def state(engine) -> dict:
    """Incidents by id with their member URLs and reasons: independent of article row ids."""
    with Session(engine) as s:
        members = len(list(s.scalars(select(IncidentArticle.article_id))))
        rows = {i.id: (i.victims, i.first_reported, i.records, i.n_articles, i.incident_date, tuple(i.urls.split()))
                for i in s.scalars(select(Incident))}
        reasons = sorted((i, r) for i, r in s.execute(select(IncidentArticle.incident_id, IncidentArticle.reason)))
    return {"incidents": rows, "reasons": reasons, "members": members}


def add_all(add_article, rows):
    ids = {}
    for url, record in rows:
        record = dict(record)
        ids[url] = add_article(url, source=record.pop("source"), published=record.pop("published"),
                               text=record.pop("text", None) or filler(), **record)
    return ids


def test_nightly_updates_of_a_shuffled_history_equal_a_rebuild(engine, add_article, texts_read):
    rows = history()
    random.Random(11).shuffle(rows)  # crawled in any order: old articles found late, follow-ups first
    for start in range(0, len(rows), 7):
        batch = add_all(add_article, rows[start:start + 7])
        stats = update_incidents(engine)
        assert stats.texts_read == len(batch)
        assert texts_read() <= set(batch.values())  # only the new articles' texts were read
    nightly = state(engine)
    assert not update_incidents(engine).changed  # idempotent
    rebuilt = rebuild_incidents(engine)
    assert rebuilt.texts_read == 0 and not rebuilt.changed
    assert texts_read() == set()
    assert state(engine) == nightly
    # The copies are one incident, named after the earliest report; the undated report joins by its count.
    copy = nightly["incidents"][incident_id("https://s0.example/copy-a")]
    assert copy[5] == ("https://s0.example/copy-a", "https://s1.example/copy-b")
    assert len(nightly["incidents"]) == 15  # 7 bodies x 2 years, and the copies


def test_the_same_history_crawled_at_once_and_backwards_gives_the_same_incidents(engine, add_article, tmp_path):
    from healthbreach.store.db import init_db, make_engine

    rows = history()
    add_all(add_article, rows)
    update_incidents(engine)
    once = state(engine)
    other = make_engine(f"sqlite:///{tmp_path / 'backwards.sqlite'}")  # other row ids, other order
    init_db(other)
    try:
        add_all(make_adder(other), list(reversed(rows)))
        update_incidents(other)
        assert state(other) == once
    finally:
        other.dispose()


def test_re_extraction_regroups_without_reading_texts(engine, add_article, texts_read):
    one = add_article("https://a/1", published="2025-10-13", victims=["Clinique des Tilleuls"])
    two = add_article("https://a/2", published="2025-10-15", victims=["Clinique des Tilleuls"])
    update_incidents(engine)
    texts_read()
    assert len(state(engine)["incidents"]) == 1
    with Session(engine) as s, s.begin():  # a newer extractor names another victim
        row = s.get(Extraction, two)
        row.record = {**row.record, "victims": ["Laboratoire Bioval"]}
        row.extracted_at = row.extracted_at.replace(year=2026)
    stats = update_incidents(engine)
    assert (stats.profiled, stats.texts_read) == (1, 0) and texts_read() == set()
    assert sorted(v[0] for v in state(engine)["incidents"].values()) == ["Clinique des Tilleuls", "Laboratoire Bioval"]
    with Session(engine) as s, s.begin():
        s.execute(update(Extraction).where(Extraction.article_id == one).values(relevant=False))
    update_incidents(engine)
    assert [v[0] for v in state(engine)["incidents"].values()] == ["Laboratoire Bioval"]


def test_an_article_teaches_acronym_and_town_of_an_establishment(engine, add_article):
    taught = ("Le Centre hospitalier Nord Valmontois (CHNV) de Bréville a été visé dimanche par une attaque "
              "par rançongiciel. Le CHNV a déclenché son plan blanc. " + filler())
    add_article("https://a/acronym", published="2025-05-04", text=taught, victims=["CHNV"])
    add_article("https://b/town", published="2025-05-09", victims=["hôpital de Bréville"])
    add_article("https://c/expansion", published="2025-05-20", victims=["Centre hospitalier Nord Valmontois"])
    add_article("https://d/other", published="2025-05-09", victims=["Clinique de Bréville"])  # another body, same town
    update_incidents(engine)
    incidents = state(engine)["incidents"]
    assert len(incidents) == 2
    assert incidents[incident_id("https://a/acronym")][3] == 3


def test_one_count_told_through_member_names_is_one_breach(engine, add_article):
    # The report on the network names no victim but mentions its member laboratories; a year apart.
    add_article("https://a/network", published="2024-03-10", records=480_000, records_unit="patients",
                text="Une fuite massive touche les laboratoires Bioval, Labosud et Analysia selon Libération. " + filler())
    add_article("https://b/member", published="2025-02-05", victims=["Laboratoire Bioval"], records=500_000,
                records_unit="personnes")
    add_article("https://c/unrelated", published="2024-03-12", victims=["Mutuelle Ligérienne"], records=490_000,
                records_unit="patients")
    update_incidents(engine)
    incidents = state(engine)["incidents"]
    assert len(incidents) == 2
    assert incidents[incident_id("https://a/network")][3] == 2
