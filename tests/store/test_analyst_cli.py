"""The analyst commands through click's runner: incidents, stats, export, report, db."""

from __future__ import annotations

import os
import shutil
import subprocess

import pandas as pd
import pytest
from click.testing import CliRunner

from healthbreach.cli import cli
from healthbreach.store.incidents import incident_id

DISPATCH = ("La Mutuelle Ligérienne de Prévoyance a annoncé jeudi avoir été victime d'une fuite de données "
            "concernant 1,2 million d'assurés, après l'intrusion d'un tiers chez un prestataire. ") * 3


@pytest.fixture
def filled(engine, add_article, db_url):
    """Articles only: the commands group them into incidents themselves."""
    add_article("https://main.example/mutuelle", source="main", published="2025-09-18", text="Paris (AFP) - " + DISPATCH,
                victims=["Mutuelle Ligérienne de Prévoyance"], records=1_200_000, records_unit="assurés",
                data_types=["name", "social_security_number"])
    add_article("https://partner.example/mutuelle", source="partner", published="2025-09-18", text=DISPATCH, victims=[])
    add_article("https://main.example/valmont", source="main", published="2025-10-13", victims=["CH de Valmont-sur-Loire"],
                records=8000, records_unit="patients", data_types=["medical_record", "name"])
    add_article("https://main.example/valmont-2", source="partner", published="2025-10-15",
                victims=["Centre hospitalier de Valmont-sur-Loire"], records=9500, records_unit="patients")
    return db_url


def run(*args, db_url=None, columns: str | None = "160"):
    """The command as a terminal of `columns` columns would show it; None: piped, no width at all."""
    result = CliRunner().invoke(cli, [*args, *(["--db", db_url] if db_url else [])], env={"COLUMNS": columns})
    return result


def test_incidents_groups_the_republished_dispatch(filled):
    result = run("incidents", db_url=filled, columns=None)
    assert result.exit_code == 0, result.output
    assert "2 incidents" in result.output
    # Piped: one line per incident, nothing wrapped, so grep sees whole rows.
    mutuelle = next(line for line in result.output.splitlines() if "Mutuelle" in line)
    assert "1 200 000 assurés" in mutuelle and "main; partner" in mutuelle
    assert incident_id("https://main.example/mutuelle") in mutuelle


def test_incidents_filters(filled):
    only = run("incidents", "--victim", "centre hospitalier valmont", db_url=filled)
    assert "1 incident" in only.output and "Valmont" in only.output and "Mutuelle" not in only.output
    big = run("incidents", "--min-records", "1000000", db_url=filled)
    assert "1 incident" in big.output and "Mutuelle" in big.output
    late = run("incidents", "--since", "2025-10-01", db_url=filled)
    assert "1 incident" in late.output and "Valmont" in late.output
    none = run("incidents", "--since", "2026-01-01", db_url=filled)
    assert "0 incidents" in none.output


def test_stats_counts_by_month_source_and_type(filled):
    result = run("stats", db_url=filled)
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.output.splitlines()]
    assert "2 incidents from 4 stored articles" in result.output
    assert ["2025-09", "1"] in rows and ["2025-10", "1"] in rows
    assert ["main", "2", "2"] in rows and ["partner", "2", "2"] in rows  # articles, of which in incidents
    assert ["name", "2"] in rows and ["medical_record", "1"] in rows


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_writes_file_and_card(filled, tmp_path, fmt):
    out = tmp_path / "out" / f"incidents.{fmt}"
    result = run("export", "--what", "incidents", "--format", fmt, "--out", str(out), db_url=filled)
    assert result.exit_code == 0, result.output
    assert "2 incidents written" in result.output
    frame = {"csv": pd.read_csv, "jsonl": lambda p: pd.read_json(p, lines=True), "parquet": pd.read_parquet}[fmt](out)
    assert len(frame) == 2
    assert (tmp_path / "out" / f"incidents.{fmt}.card.md").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "--what", "people", "--format", "csv", "--out", "x.csv"], "'people' is not one of"),
        (["export", "--what", "facts", "--format", "xls", "--out", "x"], "'xls' is not one of"),
        (["incidents", "--since", "2025-13-01"], "not a date in YYYY-MM-DD form"),
        (["export", "--what", "facts", "--format", "csv", "--out", "x", "--until", "01/02/2025"], "not a date"),
        (["export", "--what", "facts", "--format", "csv", "--out", "x.csv", "--with-text"], "--with-text applies"),
    ],
)
def test_bad_input_is_one_error_line(filled, args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(*args, db_url=filled)
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("healthbreach: error: ") and message in lines[0]


def test_unreachable_databases_are_one_error_line(tmp_path):
    missing = run("incidents", db_url=f"sqlite:///{tmp_path / 'nope.sqlite'}")
    assert missing.exit_code == 1 and missing.output.startswith("healthbreach: error: no database at")
    assert not (tmp_path / "nope.sqlite").exists()
    refused = run("stats", db_url="postgresql+psycopg://u:secret@127.0.0.1:1/x")
    assert refused.exit_code == 1 and len(refused.output.strip().splitlines()) == 1
    assert "cannot use database" in refused.output and "secret" not in refused.output


def test_db_upgrade_creates_and_reports_the_revision(db_url):
    result = run("db", "upgrade", db_url=db_url)
    assert result.exit_code == 0, result.output
    from healthbreach.store.migrations import head_revision

    assert f"schema at revision {head_revision()}" in result.output
    regroup = run("db", "regroup", db_url=db_url)
    assert regroup.exit_code == 0 and "0 incidents from 0 relevant articles" in regroup.output


def test_report_is_self_contained(filled, tmp_path):
    result = run("report", "--out", str(tmp_path / "rep"), db_url=filled)
    assert result.exit_code == 0, result.output
    page = (tmp_path / "rep" / "index.html").read_text()
    assert page.count('<tr id="inc-') == 2
    assert 'id="timeline"' in page and page.count('class="bar"') >= 2 + 2 + 3  # months, largest, data types
    assert 'href="https://partner.example/mutuelle"' in page
    # Nothing to fetch: no external scripts, styles, fonts or images.
    assert "<link" not in page and "src=" not in page and "@import" not in page and "url(" not in page


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(not CHROMIUM, reason="no Chromium installed (Debian: apt-get install -y chromium; .ci/run installs it)")
def test_report_renders_in_headless_chromium(filled, tmp_path):
    assert run("report", "--out", str(tmp_path / "rep"), db_url=filled).exit_code == 0
    page = tmp_path / "rep" / "index.html"
    # The page's own script must have run: the filter box hides nothing yet, but the DOM Chromium
    # dumps is the parsed page (SVG in the HTML namespace-aware parse), not our file echoed back.
    base = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}"]
    env = {**os.environ, "HOME": str(tmp_path)}
    dom = subprocess.run([*base, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120, env=env)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert '<svg id="timeline"' in dom.stdout and dom.stdout.count('class="bar"') >= 7
    assert '<table id="incidents">' in dom.stdout and dom.stdout.count('<tr id="inc-') == 2
    shot = tmp_path / "shot.png"
    snap = subprocess.run([*base, f"--screenshot={shot}", "--window-size=1280,1600", page.as_uri()],
                          capture_output=True, text=True, timeout=120, env=env)
    assert snap.returncode == 0 and shot.stat().st_size > 10_000, snap.stderr[-2000:]
