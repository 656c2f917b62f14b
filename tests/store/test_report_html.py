"""The HTML report: titles, evidence, competing values, French labels; filtering and sorting in real Chromium."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from sqlalchemy import select
from sqlalchemy.orm import Session

from healthbreach.cli import cli
from healthbreach.store.incidents import incident_id
from healthbreach.store.models import Article, Fact

MUTUELLE = ("La Mutuelle Ligérienne de Prévoyance a été victime d'une fuite de données. "
            "Les noms et numéros de sécurité sociale de 1,2 million d'assurés ont été dérobés.")


@pytest.fixture
def db_url(tmp_path):
    """The report reads through the same queries on every database; Chromium needs one page, from SQLite."""
    return f"sqlite:///{tmp_path / 'veille.sqlite'}"


@pytest.fixture
def report(engine, add_article, db_url, tmp_path):
    add_article("https://main.example/mutuelle", source="main", published="2025-09-18", text=MUTUELLE,
                title="Fuite géante dans une mutuelle", victims=["Mutuelle Ligérienne de Prévoyance"],
                records=1_200_000, records_unit="assurés", data_types=["name", "social_security_number"])
    add_article("https://main.example/valmont", source="main", published="2025-10-13", title="Valmont attaqué",
                victims=["Centre hospitalier de Valmont"], records=8000, records_unit="patients",
                data_types=["medical_record"])
    add_article("https://partner.example/valmont", source="partner", published="2025-10-17", title="Valmont : le bilan",
                victims=["CH de Valmont"], records=12450, records_unit="patients")
    add_article("https://main.example/brest", source="main", published="2025-03-07", title="Brest visé",
                victims=["CHU de Brest"], records=3200, records_unit="patients", data_types=["credentials"])
    with Session(engine) as session, session.begin():  # real evidence for one article: the sentence holds the span
        article = session.scalar(select(Article).where(Article.url == "https://main.example/mutuelle"))
        article.facts.clear()
        session.flush()
        sentence = MUTUELLE.split(". ")[1]
        start = MUTUELLE.index("numéros de sécurité sociale")
        article.facts.append(Fact(field="data_type", value="social_security_number", sentence=sentence, start=start,
                                  end=start + len("numéros de sécurité sociale"), rule="test"))
    out = tmp_path / "rep"
    result = CliRunner().invoke(cli, ["report", "--out", str(out), "--db", db_url])
    assert result.exit_code == 0, result.output
    return out / "index.html"


def visible_rows(dom: str) -> list[str]:
    return [m.group(1) for m in re.finditer(r'<tr id="(inc-[0-9a-f]+)"(?![^>]*\bhidden)', dom)]


def test_report_shows_titles_evidence_competing_values_and_french_labels(report):
    page = report.read_text()
    assert ">Fuite géante dans une mutuelle</a>" in page and ">Valmont : le bilan</a>" in page
    assert "<mark>numéros de sécurité sociale</mark> de 1,2 million" in page
    assert "numéro de sécurité sociale</li>" in page and "dossier ou documents médicaux" in page  # French labels
    valmont = page.split(f'id="{incident_id("https://main.example/valmont")}"')[1].split("</tr>")[0]
    assert "12\u202f450 patients" in valmont and 'class="competing"' in valmont and "8\u202f000 patients" in valmont
    assert "« Valmont attaqué »" in valmont  # the competing figure names the article that gives it
    assert "<link" not in page and "src=" not in page and "url(" not in page  # still self-contained


def test_report_to_standard_output(report, db_url):
    result = CliRunner().invoke(cli, ["report", "--out", "-", "--db", db_url])
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>")


def test_filter_ignores_accents_and_abbreviations_and_columns_sort(report, chromium, tmp_path):
    mutuelle = incident_id("https://main.example/mutuelle")
    valmont = incident_id("https://main.example/valmont")
    brest = incident_id("https://main.example/brest")
    assert visible_rows(chromium(report.as_uri() + "#q=ligerienne")) == [mutuelle]
    dom = chromium(report.as_uri() + "#q=CH%20de%20Valmont&sort=-records")
    assert visible_rows(dom) == [valmont] and "1 of 3 incidents shown" in dom
    assert visible_rows(chromium(report.as_uri() + "#q=numero%20securite%20sociale")) == [mutuelle]  # French label
    assert visible_rows(chromium(report.as_uri() + "#sort=-records")) == [mutuelle, valmont, brest]
    assert visible_rows(chromium(report.as_uri() + "#sort=first_reported")) == [brest, mutuelle, valmont]
    shot = tmp_path / "report.png"
    chromium(report.as_uri() + "#q=valmont&open=all", screenshot=shot, size="1280,1400")
    assert shot.stat().st_size > 10_000
