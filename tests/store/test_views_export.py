"""The analyst views and the export files, on both databases."""

from __future__ import annotations

import datetime as dt
import json

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from sqlalchemy import text

from healthbreach.store.export import ExportError, columns_for, export
from healthbreach.store.incidents import incident_id, update_incidents

DISPATCH = ("La Mutuelle Ligérienne de Prévoyance a annoncé jeudi avoir été victime d'une fuite de données "
            "concernant 1,2 million d'assurés, après l'intrusion d'un tiers chez un prestataire. ") * 3


@pytest.fixture
def sample(engine, add_article):
    add_article("https://main.example/mutuelle", source="main", published="2025-09-18", text="Paris (AFP) - " + DISPATCH,
                victims=["Mutuelle Ligérienne de Prévoyance"], vendors=["Tiers-Flux"], incident_date="2025-09-09",
                records=1_200_000, records_unit="assurés", data_types=["name", "social_security_number"], is_afp=True)
    add_article("https://partner.example/mutuelle", source="partner", published="2025-09-18", text=DISPATCH,
                victims=["Mutuelle Ligérienne"], records=1_200_000, records_unit="assurés", data_types=["name"])
    add_article("https://main.example/valmont", source="main", published="2025-10-13",
                victims=["CH de Valmont-sur-Loire"], incident_date="2025-10", records=8000, records_unit="patients",
                data_types=["medical_record"])
    add_article("https://main.example/sante", source="main", published="2025-10-14", relevant=False)
    update_incidents(engine)
    return engine


def test_views_give_the_same_rows_on_every_database(sample):
    with sample.connect() as c:
        incidents = c.execute(text(
            "SELECT incident_id, victims, vendors, incident_date, incident_date_precision, records, records_unit,"
            " data_types, n_articles, n_sources, sources, urls FROM v_incidents ORDER BY incident_id")).all()
        articles = c.execute(text(
            "SELECT url, source, is_afp, relevant, extraction_relevant, incident_id, n_facts FROM v_articles ORDER BY url")).all()
        facts = c.execute(text(
            "SELECT field, value, unit, qualifier, span_start, span_end, incident_id FROM v_facts"
            " WHERE url = 'https://main.example/valmont' ORDER BY span_start")).all()
        first = c.execute(text("SELECT first_reported FROM v_incidents ORDER BY first_reported")).scalars().all()
    mutuelle, valmont = incident_id("https://main.example/mutuelle"), incident_id("https://main.example/valmont")
    assert sorted(map(tuple, incidents)) == sorted([
        (mutuelle, '["Mutuelle Ligérienne de Prévoyance"]', '["Tiers-Flux"]', "2025-09-09", "day", 1_200_000, "assurés",
         '["name", "social_security_number"]', 2, 2, '["main", "partner"]',
         '["https://main.example/mutuelle", "https://partner.example/mutuelle"]'),
        (valmont, '["CH de Valmont-sur-Loire"]', "[]", "2025-10", "month", 8000, "patients", '["medical_record"]', 1, 1,
         '["main"]', '["https://main.example/valmont"]'),
    ])
    # The list columns are JSON arrays on both databases.
    assert json.loads(next(r for r in incidents if r[0] == mutuelle)[7]) == ["name", "social_security_number"]
    assert [tuple(r) for r in articles] == [
        ("https://main.example/mutuelle", "main", 1, 1, 1, mutuelle, 6),
        ("https://main.example/sante", "main", 0, 0, 0, None, 0),
        ("https://main.example/valmont", "main", 0, 1, 1, valmont, 4),
        ("https://partner.example/mutuelle", "partner", 0, 1, 1, mutuelle, 3),
    ]
    assert [tuple(r) for r in facts] == [
        ("victim", "CH de Valmont-sur-Loire", None, None, 0, 23, valmont),
        ("data_type", "medical_record", None, None, 10, 24, valmont),
        ("records", "8000", "patients", "exact", 20, 24, valmont),
        ("incident_date", "2025-10", None, "month", 30, 37, valmont),
    ]
    # SQLite hands dates back as text, PostgreSQL as dates: the same day either way.
    assert [str(d) for d in first] == ["2025-09-18", "2025-10-13"]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
@pytest.mark.parametrize(("what", "expected"), [("incidents", 2), ("articles", 4), ("facts", 13)])
def test_every_export_round_trips_its_rows(sample, tmp_path, fmt, what, expected):
    out = tmp_path / f"{what}.{fmt}"
    result = export(sample, what, fmt, out)
    assert result.rows == expected
    names = [c.name for c in columns_for(what)]
    frame = {"csv": pd.read_csv, "jsonl": lambda p: pd.read_json(p, lines=True), "parquet": pd.read_parquet}[fmt](out)
    assert len(frame) == expected and list(frame.columns) == names
    reader = {"csv": "read_csv_auto", "jsonl": "read_json_auto", "parquet": "read_parquet"}[fmt]
    assert duckdb.sql(f"SELECT count(*) FROM {reader}('{out}')").fetchall() == [(expected,)]
    card = result.card.read_text()
    assert result.card.name == f"{what}.{fmt}.card.md"
    assert f"- rows: {expected}" in card and "test-1" in card and "belong to their publishers" in card
    assert all(f"`{n}`" in card for n in names)


def test_parquet_and_jsonl_keep_types(sample, tmp_path):
    export(sample, "incidents", "parquet", tmp_path / "i.parquet")
    table = pq.read_table(tmp_path / "i.parquet")
    assert str(table.schema.field("first_reported").type) == "date32[day]"
    victims = table.schema.field("victims").type
    assert pa.types.is_list(victims) and victims.value_type == pa.string()
    assert str(table.schema.field("records").type) == "int64"
    rows = {r["incident_id"]: r for r in table.to_pylist()}
    mutuelle = rows[incident_id("https://main.example/mutuelle")]
    assert mutuelle["first_reported"] == dt.date(2025, 9, 18)
    assert mutuelle["sources"] == ["main", "partner"] and mutuelle["records"] == 1_200_000

    export(sample, "articles", "jsonl", tmp_path / "a.jsonl")
    first = json.loads((tmp_path / "a.jsonl").read_text().splitlines()[0])
    assert first["data_types"] == ["name", "social_security_number"] and first["published"] == "2025-09-18"
    assert "text" not in first
    described = duckdb.sql(f"DESCRIBE SELECT published, data_types FROM read_json_auto('{tmp_path / 'a.jsonl'}')")
    kinds = {row[0]: row[1] for row in described.fetchall()}
    assert kinds == {"published": "DATE", "data_types": "VARCHAR[]"}

    export(sample, "articles", "csv", tmp_path / "a.csv")
    frame = pd.read_csv(tmp_path / "a.csv", parse_dates=["published"])
    assert frame["published"].dt.year.tolist() == [2025] * 4
    assert "name; social_security_number" in frame["data_types"].tolist()


def test_text_only_with_text_and_date_window(sample, tmp_path):
    result = export(sample, "articles", "parquet", tmp_path / "a.parquet", with_text=True,
                    since=dt.date(2025, 10, 1), until=dt.date(2025, 10, 31))
    table = pq.read_table(tmp_path / "a.parquet").to_pylist()
    assert result.rows == 2 and all(r["text"] for r in table)
    assert {r["url"] for r in table} == {"https://main.example/valmont", "https://main.example/sante"}
    assert "article text included: yes" in result.card.read_text()
    assert export(sample, "incidents", "csv", tmp_path / "i.csv", since=dt.date(2025, 10, 1)).rows == 1


def test_bad_arguments(sample, tmp_path):
    with pytest.raises(ExportError, match="unknown format"):
        export(sample, "incidents", "xlsx", tmp_path / "x")
    with pytest.raises(ExportError, match="unknown dataset"):
        export(sample, "people", "csv", tmp_path / "x")
    with pytest.raises(ExportError, match="is after"):
        export(sample, "facts", "csv", tmp_path / "x", since=dt.date(2025, 2, 1), until=dt.date(2025, 1, 1))


def test_every_example_query_in_the_docs_runs(sample):
    import re
    from pathlib import Path

    doc = (Path(__file__).parents[2] / "docs" / "schema.md").read_text()
    queries = re.findall(r"```sql\n(.*?)```", doc, re.S)
    assert len(queries) >= 5
    if sample.dialect.name != "sqlite":  # examples for SQLite's json_each and full-text index say so first
        queries = [q for q in queries if not q.startswith("-- SQLite")]
    with sample.connect() as c:
        results = [c.execute(text(q.replace("inc-076b57e4c5ec", incident_id("https://main.example/mutuelle")))).all()
                   for q in queries]
    assert all(results), "every example returns rows on the sample"
    assert [tuple(r) for r in results[1]] == [("2025-09", 1), ("2025-10", 1)]
