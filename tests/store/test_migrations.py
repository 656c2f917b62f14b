"""Alembic owns the schema: upgrades keep data, and the models agree with the migrations."""

from __future__ import annotations

import datetime as dt

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from healthbreach.store.db import init_db, make_engine
from healthbreach.store.incidents import update_incidents
from healthbreach.store.migrations import current_revision, head_revision, upgrade
from healthbreach.store.models import Base

import pytest
from alembic.script import ScriptDirectory

from healthbreach.store.migrations import alembic_config

# Every revision before head: a database left at any of them upgrades with its rows intact.
EARLIER = [s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()][1:]


def fill_previous_revision(engine) -> None:
    """Rows written with plain SQL into the tables of revision 0001, which every later revision keeps."""
    with engine.begin() as c:
        c.execute(text("INSERT INTO sources (id, name, domains, config) VALUES (1, 'zataz', '[\"zataz.com\"]', '{}')"))
        c.execute(text(
            "INSERT INTO crawl_runs (id, started_at, status, sources, pages_fetched, new_articles, known_articles,"
            " relevant, errors, error_kinds) VALUES (1, :t, 'finished', '[\"zataz\"]', 3, 2, 0, 2, 0, '{}')"
        ), {"t": dt.datetime(2025, 10, 1, 8, 0)})
        for i, (url, pub) in enumerate([("https://zataz.com/a", "2025-09-30"), ("https://zataz.com/b", "2025-10-01")], 1):
            c.execute(text(
                "INSERT INTO articles (id, url, source_id, crawl_run_id, title, published, fetched_at, text, html_gz,"
                " content_hash, is_afp, relevant, relevance_terms) VALUES (:id, :url, 1, 1, :title, :pub, :t, :text,"
                " :html, :hash, :afp, :rel, '[\"fuite\"]')"
            ), {"id": i, "url": url, "title": f"Titre {i}", "pub": dt.date.fromisoformat(pub),
                "t": dt.datetime(2025, 10, 1, 8, i), "text": f"Texte numéro {i} de l'article.", "html": b"\x1f\x8b",
                "hash": f"{i:064d}", "afp": False, "rel": True})
        c.execute(text(
            "INSERT INTO extractions (article_id, extractor_version, extracted_at, relevant, record)"
            " VALUES (1, 'v0', :t, :rel, :rec)"
        ), {"t": dt.datetime(2025, 10, 1, 9), "rel": True,
            "rec": '{"victims": ["CHU de Nîmes"], "records": 1500, "records_unit": "patients", "data_types": ["name"]}'})
        c.execute(text(
            'INSERT INTO facts (id, article_id, field, value, unit, qualifier, sentence, start, "end", rule)'
            " VALUES (1, 1, 'records', '1500', 'patients', 'exact', '1 500 patients touchés.', 0, 5, 'records.count')"
        ))


def dump(engine) -> dict[str, list]:
    tables = ["sources", "crawl_runs", "articles", "extractions", "facts"]
    with engine.connect() as c:
        return {t: [tuple(r) for r in c.execute(text(f"SELECT * FROM {t} ORDER BY 1"))] for t in tables}


@pytest.mark.parametrize("previous", EARLIER)
def test_upgrade_from_an_earlier_revision_keeps_every_row(db_url, previous):
    engine = make_engine(db_url)
    upgrade(engine, previous)
    assert current_revision(engine) == previous
    fill_previous_revision(engine)
    before = dump(engine)
    assert sum(len(rows) for rows in before.values()) == 6

    init_db(engine)  # what every command does on start: upgrade to head

    assert current_revision(engine) == head_revision()
    assert dump(engine) == before
    stats = update_incidents(engine)
    assert (stats.incidents, stats.articles) == (2, 2)
    with engine.connect() as c:
        rows = c.execute(text("SELECT victims, records, n_articles FROM v_incidents ORDER BY first_reported")).all()
    assert [tuple(r) for r in rows] == [('["CHU de Nîmes"]', 1500, 1), ("[]", None, 1)]
    engine.dispose()


def test_models_match_the_migrated_schema(db_url):
    engine = make_engine(db_url)
    init_db(engine)
    with engine.connect() as c:
        # SQLite's full-text index (a virtual table and its shadow tables) is the migration's, not a model.
        not_fts = lambda name, type_, _parent: not (type_ == "table" and name.startswith("articles_fts"))  # noqa: E731
        diff = compare_metadata(MigrationContext.configure(c, opts={"compare_type": True, "include_name": not_fts}),
                                Base.metadata)
    assert diff == []
    assert set(inspect(engine).get_view_names()) >= {"v_incidents", "v_articles", "v_facts"}
    engine.dispose()


def test_upgrade_twice_is_harmless(db_url):
    engine = make_engine(db_url)
    init_db(engine)
    init_db(engine)
    assert current_revision(engine) == head_revision()
    engine.dispose()
