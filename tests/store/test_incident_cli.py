"""`healthbreach incident ID` and the read commands' machine formats, through click's runner."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from sqlalchemy import select
from sqlalchemy.orm import Session

from healthbreach.cli import cli
from healthbreach.store.incidents import incident_id
from healthbreach.store.models import Article, Fact

FIRST = ("Le centre hospitalier de Valmont a subi une cyberattaque dans la nuit de dimanche. "
         "Selon une première estimation, près de 8 000 patients seraient concernés par le vol.")
LATER = ("Le bilan s'alourdit au centre hospitalier de Valmont. Ce sont finalement 12 450 patients dont les "
         "dossiers médicaux ont été publiés par les pirates.")
FIRST_URL, LATER_URL = "https://veille.example/valmont-attaque", "https://courrier.example/valmont-bilan"
VALMONT = incident_id(FIRST_URL)


def evidence(engine, url: str, facts: list[tuple[str, str, str | None, str]]) -> None:
    """Give the article facts whose spans are the given words of its own text, as the extractor stores them."""
    with Session(engine) as session, session.begin():
        article = session.scalar(select(Article).where(Article.url == url))
        article.facts.clear()
        session.flush()
        sentences = [s if s.endswith(".") else s + "." for s in article.text.split(". ")]
        for field, value, unit, words in facts:
            start = article.text.index(words)
            sentence = next(s for s in sentences if words in s)
            article.facts.append(Fact(field=field, value=value, unit=unit, qualifier=None, sentence=sentence,
                                      start=start, end=start + len(words), rule="test.rule"))


@pytest.fixture
def disputed(engine, add_article, db_url):
    add_article(FIRST_URL, source="veille", published="2025-10-13", text=FIRST, title="Valmont paralysé par une cyberattaque",
                victims=["centre hospitalier de Valmont"], records=8000, records_unit="patients")
    add_article(LATER_URL, source="courrier", published="2025-10-17", text=LATER, title="Valmont : 12 450 patients exposés",
                victims=["centre hospitalier de Valmont"], records=12450, records_unit="patients",
                data_types=["medical_record"])
    evidence(engine, FIRST_URL, [("victim", "centre hospitalier de Valmont", None, "centre hospitalier de Valmont"),
                                 ("records", "8000", "patients", "8 000")])
    evidence(engine, LATER_URL, [("victim", "centre hospitalier de Valmont", None, "centre hospitalier de Valmont"),
                                 ("records", "12450", "patients", "12 450"),
                                 ("data_type", "medical_record", None, "dossiers médicaux")])
    return db_url


def run(*args, db_url, columns=None):
    return CliRunner().invoke(cli, [*args, "--db", db_url], env={"COLUMNS": columns})


def test_incident_shows_competing_values_titles_and_highlighted_evidence(disputed):
    result = run("incident", VALMONT, db_url=disputed)
    assert result.exit_code == 0, result.output
    out = result.output
    assert f"Incident {VALMONT}: centre hospitalier de Valmont" in out
    assert "12 450 patients  [2]" in out and "competing: 8 000 patients  [1]" in out
    assert "Valmont paralysé par une cyberattaque" in out and "Valmont : 12 450 patients exposés" in out
    assert "[1] 2025-10-13 · veille" in out and "[2] 2025-10-17 · courrier" in out
    # Piped, the supporting words are marked with asterisks inside the whole sentence.
    assert "« Selon une première estimation, près de **8 000** patients seraient concernés par le vol. »" in out
    assert "dont les **dossiers médicaux** ont été publiés" in out
    assert out == run("incidents", "--id", VALMONT, db_url=disputed).output


def test_incident_fits_an_80_column_terminal(disputed):
    out = run("incident", VALMONT, db_url=disputed, columns="80").output
    assert max(len(line) for line in out.splitlines()) <= 80


def test_incident_json_has_every_candidate_with_its_articles(disputed):
    detail = json.loads(run("incident", VALMONT, "--json", db_url=disputed).output)
    records = detail["facts"]["records"]
    assert records["chosen"] == {"value": 12450, "unit": "patients", "articles": [2]}
    assert records["competing"] == [{"value": 8000, "unit": "patients", "articles": [1]}]
    first, later = detail["articles"]
    assert (first["url"], first["source"], first["published"], first["title"]) == (
        FIRST_URL, "veille", "2025-10-13", "Valmont paralysé par une cyberattaque")
    figure = next(e for e in first["evidence"] if e["field"] == "records")
    start, end = figure["highlight"]
    assert figure["sentence"][start:end] == "8 000"
    assert FIRST[figure["span"][0]:figure["span"][1]] == "8 000"
    assert detail["facts"]["data_types"] == [{"value": "medical_record", "articles": [2]}]
    assert json.loads(run("incidents", "--id", VALMONT, "--format", "json", db_url=disputed).output) == detail


def test_incident_csv_is_one_row_per_evidence_sentence(disputed):
    rows = list(csv.DictReader(io.StringIO(run("incident", VALMONT, "-f", "csv", db_url=disputed).output)))
    assert [(r["article"], r["field"], r["value"]) for r in rows] == [
        ("1", "victim", "centre hospitalier de Valmont"), ("1", "records", "8000"),
        ("2", "victim", "centre hospitalier de Valmont"), ("2", "records", "12450"), ("2", "data_type", "medical_record")]
    assert rows[1]["sentence"].startswith("Selon une première estimation") and rows[1]["title"]


@pytest.mark.parametrize(("ref", "says"), [
    ("inc-000000000000", "no incident 'inc-000000000000'"),
    ("inc-", "no incident 'inc-'"),
])
def test_unknown_incident_is_one_error_line(disputed, ref, says):
    result = run("incident", ref, db_url=disputed)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [result.output.strip()] and says in result.output


def test_an_unambiguous_start_of_the_id_is_enough(disputed, add_article):
    short = VALMONT.removeprefix("inc-")[:5]
    result = run("incident", short, db_url=disputed)
    assert result.exit_code == 0 and VALMONT in result.output


def test_incidents_machine_formats_carry_every_field_and_the_competing_figures(disputed):
    rows = json.loads(run("incidents", "--json", db_url=disputed).output)
    assert [r["incident_id"] for r in rows] == [VALMONT]
    assert rows[0]["competing"] == {"records": [{"value": 8000, "unit": "patients", "articles": [FIRST_URL]}]}
    assert [json.loads(line) for line in run("incidents", "-f", "jsonl", db_url=disputed).output.splitlines()] == rows
    table = list(csv.DictReader(io.StringIO(run("incidents", "--format", "csv", db_url=disputed).output)))
    assert table[0]["victims"] == "centre hospitalier de Valmont" and table[0]["records"] == "12450"
    assert table[0]["sources"] == "courrier; veille" and table[0]["first_reported"] == "2025-10-13"
    shown = run("incidents", db_url=disputed, columns="80").output
    assert "vs 8 000" in shown and max(len(line) for line in shown.splitlines()) <= 80


def test_stats_and_runs_machine_formats(disputed):
    stats = json.loads(run("stats", "--json", db_url=disputed).output)
    assert stats["incidents"] == 1 and stats["by_month"] == {"2025-10": 1}
    rows = list(csv.DictReader(io.StringIO(run("stats", "-f", "csv", db_url=disputed).output)))
    assert {"group": "data_type", "key": "medical_record", "incidents": "1", "articles": "", "in_incidents": ""} in rows
    assert json.loads(run("runs", "--json", db_url=disputed).output) == []
    assert run("runs", "-f", "csv", db_url=disputed).output == "\n"  # no runs: an empty table, no header to guess


def test_export_to_standard_output(disputed, tmp_path):
    result = CliRunner().invoke(cli, ["export", "--what", "facts", "--format", "csv", "--out", "-", "--db", disputed])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 5 and not (tmp_path / "-").exists()
    assert "5 facts written to standard output" in result.stderr
    binary = CliRunner().invoke(cli, ["export", "--what", "incidents", "--format", "parquet", "--out", "-",
                                      "--card", str(tmp_path / "card.md"), "--db", disputed])
    assert binary.exit_code == 0, binary.stderr
    table = pq.read_table(io.BytesIO(binary.stdout_bytes))
    assert table.column("incident_id").to_pylist() == [VALMONT]
    assert table.schema.field("records").metadata[b"description"].startswith(b"people or records affected")
    assert "CC BY 4.0" in (tmp_path / "card.md").read_text()
