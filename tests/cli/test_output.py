"""The read commands' output layer: terminal tables that fit without splitting words, whole rows when piped."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from healthbreach.cli import cli
from healthbreach.cli.output import Col, print_table, short_url
from healthbreach.crawler.sources import builtin_sources

ROWS = [
    {"id": "inc-0123456789ab", "victims": ["Centre hospitalier intercommunal de Valmont-sur-Loire"],
     "types": ["social_security_number", "medical_record", "name"], "records": ["12 450", "patients", "vs 8 000"],
     "url": "https://www.exemple-presse.fr/actualites/sante/2025/10/17/cyberattaque-valmont-donnees-publiees.html"},
    {"id": "inc-ba9876543210", "victims": ["Mutuelle Ligérienne de Prévoyance"], "types": ["health_insurance"],
     "records": ["1 200 000", "assurés"], "url": "https://zataz.com/fuite/"},
]
COLUMNS = [
    Col("victims", "Victims", "list", below="id", below_header="incident id"),
    Col("records", "Records", "atom", right=True),
    Col("types", "Data types", "list"),
    Col("url", "Article", "url"),
]


def table(width, capsys, rows=ROWS, columns=COLUMNS) -> list[str]:
    print_table(rows, columns, title="2 incidents", width=width)
    return capsys.readouterr().out.splitlines()


def words(rows) -> set[str]:
    """Every whole word the rows hold (URLs excepted: they are shortened on purpose)."""
    found = set()
    for row in rows:
        for key in ("victims", "types", "records", "id"):
            value = row[key]
            for item in value if isinstance(value, list) else [value]:
                found.update(item.split())
    return found


@pytest.mark.parametrize("width", [120, 80, 60, 40])
def test_terminal_tables_fit_and_never_split_a_word(width, capsys):
    lines = table(width, capsys)
    assert max(len(line) for line in lines) <= width
    text = " ".join(lines)
    tokens = set(re.findall(r"[^\s]+", text))
    for word in words(ROWS):
        # A word is whole on one line, or broken only right after one of its hyphens.
        pieces = [p + "-" for p in word.split("-")[:-1]] + [word.split("-")[-1]]
        assert word in tokens or all(p in tokens for p in pieces), (word, width, lines)
    assert "social_security_number" in tokens  # the word the old table split in two
    if width == 120:  # wide enough for a real table: the headers share one line
        assert any("Records" in line and "Data types" in line for line in lines)


def test_urls_show_host_and_path_with_an_ellipsis(capsys):
    assert short_url("https://www.zataz.com/feed/") == "zataz.com/feed/"
    long = short_url(ROWS[0]["url"])
    assert long.startswith("exemple-presse.fr/actualites/") and long.endswith("…") and len(long) == 40
    text = "\n".join(table(120, capsys))
    assert "exemple-presse.fr/actualites/" in text and "https://" not in text


def test_too_narrow_a_terminal_gets_one_block_of_fields_per_row(capsys):
    lines = table(40, capsys)
    assert any(line.startswith("Victims") for line in lines) and any(line.startswith("incident id") for line in lines)
    assert max(len(line) for line in lines) <= 40


def test_piped_output_is_one_whole_line_per_row(capsys, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    print_table(ROWS, COLUMNS, title="2 incidents")  # no terminal, no $COLUMNS: no width at all
    lines = capsys.readouterr().out.splitlines()
    valmont = [line for line in lines if "Valmont" in line]
    assert len(valmont) == 1
    line = valmont[0]
    assert "Centre hospitalier intercommunal de Valmont-sur-Loire" in line and "inc-0123456789ab" in line
    assert "social_security_number; medical_record; name" in line and ROWS[0]["url"] in line  # nothing cut
    assert "12 450 patients vs 8 000" in line
    assert lines[1].split()[:4] == ["Victims", "incident", "id", "Records"]  # `below` keys are columns of their own


def test_columns_empty_in_every_row_leave_terminal_tables(capsys):
    rows = [{**r, "note": None} for r in ROWS]
    lines = table(120, capsys, rows, [*COLUMNS, Col("note", "Note")])
    assert "Note" not in " ".join(lines)


def invoke(*args, columns="80"):
    return CliRunner().invoke(cli, list(args), env={"COLUMNS": columns})


def test_sources_fit_80_columns_and_give_whole_urls_to_programs():
    shown = invoke("sources")
    assert shown.exit_code == 0, shown.output
    assert max(len(line) for line in shown.output.splitlines()) <= 80
    assert "zataz.com/feed/" in shown.output and "https://www.zataz.com/feed/" not in shown.output
    as_json = json.loads(invoke("sources", "--format", "json").output)
    assert {s["name"] for s in as_json} == set(builtin_sources())
    zataz = next(s for s in as_json if s["name"] == "zataz")
    assert "https://www.zataz.com/feed/" in zataz["feeds"] and zataz["partner"] is False
    assert json.loads(invoke("sources", "--json").output) == as_json
    lines = invoke("sources", "-f", "jsonl").output.splitlines()
    assert [json.loads(line)["name"] for line in lines] == [s["name"] for s in as_json]
    rows = list(csv.DictReader(io.StringIO(invoke("sources", "--format", "csv").output)))
    assert rows[0]["name"] == as_json[0]["name"] and rows[0]["feeds"] == "; ".join(as_json[0]["feeds"])


def test_json_and_another_format_is_a_usage_error():
    result = invoke("sources", "--json", "--format", "csv")
    assert result.exit_code == 2 and result.output.startswith("healthbreach: error: ")
    assert "--json and --format csv disagree" in result.output
