"""Datasette over the database: search index kept in sync, metadata from docs/schema.md, a real server in Chromium."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import delete, text, update
from sqlalchemy.orm import Session

from healthbreach.cli import cli
from healthbreach.store.datasette_metadata import canned_queries, metadata, prepare_connection
from healthbreach.store.incidents import update_incidents
from healthbreach.store.models import Article

DISPATCH = ("La Mutuelle Ligérienne de Prévoyance a annoncé avoir été victime d'une fuite de données touchant "
            "1,2 million d'assurés après l'intrusion d'un tiers chez un prestataire informatique.")
HEALTHBREACH = [sys.executable, "-m", "healthbreach"]


@pytest.fixture
def db_url(tmp_path):
    """SQLite only here: Datasette and FTS5 are SQLite's (the conftest's db_url also runs PostgreSQL)."""
    return f"sqlite:///{tmp_path / 'veille.sqlite'}"


@pytest.fixture
def filled(engine, add_article, db_url):
    add_article("https://main.example/mutuelle", source="main", published="2025-09-18", text=DISPATCH,
                title="Fuite de données à la Mutuelle Ligérienne", victims=["Mutuelle Ligérienne de Prévoyance"],
                records=1_200_000, records_unit="assurés", data_types=["name", "social_security_number"])
    add_article("https://other.example/valmont", source="other", published="2025-10-13", title="Cyberattaque à Valmont",
                text="Le centre hospitalier de Valmont a été victime d'un rançongiciel. " * 3,
                victims=["CH de Valmont"], records=8000, records_unit="patients", data_types=["name", "medical_record"])
    update_incidents(engine)
    return db_url


def search(engine, query: str) -> list[str]:
    with engine.connect() as c:
        return list(c.execute(text(
            "SELECT a.url FROM articles a JOIN articles_fts f ON f.rowid = a.id WHERE articles_fts MATCH :q ORDER BY a.id"),
            {"q": query}).scalars())


def test_search_index_follows_every_write(filled, engine):
    assert search(engine, "ligerienne") == ["https://main.example/mutuelle"]  # accents folded
    assert search(engine, "rancongiciel") == ["https://other.example/valmont"]
    with Session(engine) as session, session.begin():
        session.execute(update(Article).where(Article.url.like("%valmont")).values(title="Rançon au CH de Valmont",
                                                                                   text="Texte remplacé."))
    assert search(engine, "rancongiciel") == [] and search(engine, "remplace") == ["https://other.example/valmont"]
    assert search(engine, "title:rancon") == ["https://other.example/valmont"]
    with Session(engine) as session, session.begin():
        session.execute(delete(Article).where(Article.url.like("%mutuelle")))
    assert search(engine, "ligerienne") == []
    with engine.connect() as c:  # the external-content index agrees with its table
        c.execute(text("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')"))


def test_metadata_describes_every_view_column_from_the_docs(filled, engine):
    meta = metadata("veille")
    tables = meta["databases"]["veille"]["tables"]
    with engine.connect() as c:
        for view in ("v_incidents", "v_articles", "v_facts"):
            columns = [r[1] for r in c.execute(text(f"PRAGMA table_info({view})"))]
            assert set(columns) == set(tables[view]["columns"]), view
            assert tables[view]["description"]
    assert tables["v_incidents"]["columns"]["records"].startswith("people or records affected")
    assert tables["articles"]["description"].startswith("Cleaned text")
    assert "CC BY 4.0" in meta["license"] and "publishers" in meta["license"]


def test_canned_queries_run(filled, engine):
    path = engine.url.database
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    prepare_connection(conn)
    results = {}
    for name, query in canned_queries().items():
        results[name] = conn.execute(query["sql"], {"victim": "centre hospitalier de valmont"}).fetchall()
    conn.close()
    assert results["incidents_by_month"] == [("2025-09", 1, 1_200_000), ("2025-10", 1, 8000)]
    assert sorted(results["incidents_by_category"]) == [("assureur ou mutuelle", 1, 1_200_000), ("hôpital", 1, 8000)]
    assert ("name", 2) in results["incidents_by_data_type"]
    assert [r[3] for r in results["largest_incidents"]] == [1_200_000, 8000]
    assert [r[3] for r in results["victim_history"]] == ["https://other.example/valmont"]  # "CH" = "centre hospitalier"
    assert results["incidents_by_region"] == [("not linked", "", 2, 1_208_000)]  # no registry imported


def test_the_region_query_counts_establishments_linked_to_finess(filled, engine):
    registry = Path(__file__).parents[1] / "incidents" / "data" / "etalab-cs1100507-stock-20261201-0339.csv"
    result = CliRunner().invoke(cli, ["registry", "import", str(registry), "--db", filled])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(f"file:{engine.url.database}?mode=ro", uri=True)
    prepare_connection(conn)
    rows = conn.execute(canned_queries()["incidents_by_region"]["sql"]).fetchall()
    conn.close()
    assert rows == [("Pays de la Loire", "49", 1, 8000), ("not linked", "", 1, 1_200_000)]


def test_serve_refuses_what_it_cannot_serve(tmp_path):
    runner = CliRunner()
    pg = runner.invoke(cli, ["serve", "--db", "postgresql+psycopg://u:secret@127.0.0.1:1/x"])
    assert pg.exit_code == 1 and "serves SQLite files only" in pg.output and "secret" not in pg.output
    missing = runner.invoke(cli, ["serve", "--db", f"sqlite:///{tmp_path / 'none.sqlite'}"])
    assert missing.exit_code == 1 and "no database at" in missing.output


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(filled, tmp_path):
    """`healthbreach serve` as a real process on a free loopback port; yields its base URL."""
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen([*HEALTHBREACH, "serve", "--db", filled, "--port", str(port)], stdout=log, stderr=log,
                            cwd=tmp_path)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=2).read()
                break
            except (urllib.error.URLError, ConnectionError):
                assert proc.poll() is None, (tmp_path / "serve.log").read_text()
                assert time.monotonic() < deadline, "serve did not answer within 90 s"
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def get_json(url: str):
    return json.loads(urllib.request.urlopen(url, timeout=10).read())


def test_datasette_serves_facets_search_and_stays_read_only(server, tmp_path, chromium):
    db = f"{server}/veille"
    facets = get_json(f"{db}/v_incidents.json?_facet_array=data_types")["facet_results"]
    facets = facets.get("results", facets)
    counts = {f["value"]: f["count"] for f in facets["data_types"]["results"]}
    assert counts == {"name": 2, "social_security_number": 1, "medical_record": 1}
    found = get_json(f"{db}/v_articles.json?_search=ligerienne&_shape=array")
    assert [a["url"] for a in found] == ["https://main.example/mutuelle"]
    history = get_json(f"{db}/victim_history.json?victim=CH+de+Valmont&_shape=array")
    assert [a["url"] for a in history] == ["https://other.example/valmont"]
    # Read-only: no SQL that writes runs, and the file is not offered for download.
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{db}.json?sql=" + urllib.parse.quote("DELETE FROM articles"), timeout=10)
    assert refused.value.code == 400 and "SELECT" in refused.value.read().decode()
    with pytest.raises(urllib.error.HTTPError) as download:
        urllib.request.urlopen(f"{server}/veille.db", timeout=10)
    assert download.value.code in (403, 404)
    assert len(get_json(f"{db}/v_articles.json?_shape=array")) == 2  # nothing was deleted

    # What an analyst sees, in a real browser: the incidents table with its facet, and a search result.
    page = chromium(f"{db}/v_incidents?_facet_array=data_types")
    assert 'class="rows-and-columns' in page and "inc-" in page
    assert "social_security_number" in page and 'class="facet-info' in page
    assert "people or records affected" in page  # column descriptions from docs/schema.md
    results = chromium(f"{db}/v_articles?_search=ligerienne")
    assert "Fuite de données à la Mutuelle Ligérienne" in results and "Cyberattaque à Valmont" not in results
    shot = tmp_path / "serve.png"
    chromium(f"{db}/v_incidents?_facet_array=data_types", screenshot=shot)
    assert shot.stat().st_size > 10_000
