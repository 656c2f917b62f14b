"""How each incident happened, merged from its articles, in v_incidents, the CLI, exports and the report."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from click.testing import CliRunner
from sqlalchemy import text

from healthbreach.cli import cli
from healthbreach.store.incident_facts import merge_facts, same_actor
from healthbreach.store.incidents import update_incidents


def test_merge_keeps_competing_values_and_shows_the_best_supported():
    merged = merge_facts([
        ("u1", {"attack_types": ["ransomware"], "threat_actor": "LockBit", "care_disrupted": True}),
        ("u2", {"attack_types": ["ransomware", "exfiltration"], "threat_actor": "Vice Society", "care_disrupted": False}),
        ("u3", {"attack_types": ["exfiltration"], "threat_actor": "Lockbit", "care_disrupted": False}),
    ])
    assert json.loads(merged["attack_types"]) == ["ransomware", "exfiltration"]  # 2 and 2 articles: first reported first
    assert merged["threat_actor"] == "LockBit"  # two articles, one spelling each: the canonical short form shown
    assert merged["merged"]["threat_actor"] == [
        {"value": "LockBit", "articles": ["u1", "u3"], "spellings": ["LockBit", "Lockbit"]},
        {"value": "Vice Society", "articles": ["u2"]},
    ]
    # A stated disruption stands beside later "no impact on care" reports; both are kept.
    assert merged["care_disrupted"] is True
    assert merged["merged"]["care_disrupted"] == [{"value": False, "articles": ["u2", "u3"]}, {"value": True, "articles": ["u1"]}]
    assert merge_facts([("u1", {"care_disrupted": False})])["care_disrupted"] is False
    assert merge_facts([("u1", {})]) == {"attack_types": None, "threat_actor": None, "care_disrupted": None,
                                         "merged": {"attack_types": [], "threat_actor": [], "care_disrupted": []}}


@pytest.mark.parametrize(("query", "name", "expected"), [
    ("lockbit", "LockBit", True), ("LockBit 3.0", "LockBit", True), ("le groupe lockbit", "LockBit", True),
    ("vice", "Vice Society", True), ("lockbit", "Vice Society", False), ("lockbit", None, False),
])
def test_actor_filter(query, name, expected):
    assert same_actor(query, name) is expected


@pytest.fixture
def filled(engine, add_article, db_url):
    add_article("https://a.example/valmont", published="2025-10-13", victims=["CH de Valmont-sur-Loire"],
                attack_types=["ransomware"], threat_actor="LockBit", care_disrupted=True)
    add_article("https://b.example/valmont-2", source="site-b", published="2025-10-16",
                victims=["Centre hospitalier de Valmont-sur-Loire"], attack_types=["ransomware", "exfiltration"],
                threat_actor="LockBit", care_disrupted=False)
    add_article("https://a.example/mutuelle", published="2025-09-18", victims=["Mutuelle Ligérienne"],
                attack_types=["exfiltration"], care_disrupted=False)
    add_article("https://a.example/labo", published="2025-08-02", victims=["Laboratoire Biolys"])
    stats = update_incidents(engine)
    assert stats.incidents == 3
    assert not update_incidents(engine).changed  # the merged facts are compared too: a second update is a no-op
    return db_url


def test_v_incidents_has_the_merged_columns(engine, filled):
    with engine.connect() as c:
        rows = c.execute(text("SELECT victims, attack_types, threat_actor, care_disrupted FROM v_incidents"
                              " ORDER BY first_reported")).all()
        facts = c.execute(text("SELECT field, value FROM v_facts WHERE field IN ('attack_type', 'threat_actor',"
                               " 'care_disrupted') ORDER BY article_id, field, value")).all()
    assert [(json.loads(a) if a else None, t, d) for _, a, t, d in rows] == [
        (None, None, None),
        (["exfiltration"], None, 0),
        (["ransomware", "exfiltration"], "LockBit", 1),
    ]
    assert ("threat_actor", "LockBit") in facts and ("care_disrupted", "false") in facts


def test_datasette_can_facet_the_json_array(engine, filled):
    if engine.dialect.name != "sqlite":
        pytest.skip("Datasette serves SQLite files")
    with engine.connect() as c:  # what Datasette's _facet_array runs
        counts = dict(c.execute(text("SELECT j.value, COUNT(*) FROM v_incidents, json_each(v_incidents.attack_types) j"
                                     " GROUP BY j.value")).all())
    assert counts == {"exfiltration": 2, "ransomware": 1}


def run(*args, db_url):
    return CliRunner().invoke(cli, [*args, "--db", db_url], env={"COLUMNS": "200"})


def test_incidents_filters_by_attack_type_actor_and_disruption(filled):
    def listed(*args):
        result = run("incidents", *args, db_url=filled)
        assert result.exit_code == 0, result.output
        return result.output.split(" incident")[0].strip().split("\n")[-1], result.output

    assert listed("--attack-type", "ransomware")[0] == "1"
    n, out = listed("--attack-type", "ransomware", "--actor", "lockbit 3.0", "--disrupted")
    assert n == "1" and "Valmont" in out and "LockBit" in out and "care disrupted" in out
    assert listed("--attack-type", "exfiltration")[0] == "2"
    assert listed("--not-disrupted")[0] == "1"
    assert listed("--actor", "vice society")[0] == "0"
    bad = run("incidents", "--attack-type", "virus", db_url=filled)
    assert bad.exit_code == 2 and "'virus' is not one of" in bad.output


def test_stats_by_attack_type_actor_and_care(filled):
    table = run("stats", db_url=filled)
    assert table.exit_code == 0, table.output
    assert "Attack type" in table.output and "Threat actor" in table.output and "LockBit" in table.output
    result = run("stats", "--json", db_url=filled)
    assert result.exit_code == 0, result.output
    counts = json.loads(result.output)
    assert counts["by_attack_type"]["ransomware"] == 1 and counts["by_attack_type"]["exfiltration"] == 2
    assert counts["by_actor"] == {"LockBit": 1}
    assert counts["by_care"] == {"disrupted": 1, "not disrupted": 1, "not said": 1}


def test_exports_carry_the_three_columns(filled, tmp_path):
    out = tmp_path / "incidents.parquet"
    assert run("export", "--what", "incidents", "--format", "parquet", "--out", str(out), db_url=filled).exit_code == 0
    frame = pd.read_parquet(out).sort_values("first_reported")
    assert [list(v) for v in frame["attack_types"]] == [[], ["exfiltration"], ["ransomware", "exfiltration"]]
    assert frame["threat_actor"].tolist()[2] == "LockBit" and frame["care_disrupted"].tolist()[1:] == [False, True]
    card = out.with_name(out.name + ".card.md").read_text("utf-8")
    assert "| `attack_types` | list<string> |" in card and "| `care_disrupted` | bool |" in card
    jsonl = tmp_path / "articles.jsonl"
    assert run("export", "--what", "articles", "--format", "jsonl", "--out", str(jsonl), db_url=filled).exit_code == 0
    rows = [json.loads(line) for line in jsonl.read_text("utf-8").splitlines()]
    assert {r["threat_actor"] for r in rows} == {None, "LockBit"}
    assert sorted(map(tuple, (r["attack_types"] for r in rows))) == [(), ("exfiltration",), ("ransomware",),
                                                                    ("ransomware", "exfiltration")]


def test_report_charts_attack_types_by_month_and_actors(filled, tmp_path):
    assert run("report", "--out", str(tmp_path), db_url=filled).exit_code == 0
    page = (tmp_path / "index.html").read_text("utf-8")
    chart = page.split('<svg id="attacktypes"', 1)[1].split("</svg>", 1)[0]
    assert chart.count('data-series="ransomware"') == 1 and chart.count('data-series="exfiltration"') == 2
    assert chart.count('data-series="unknown"') == 1  # the laboratory incident states no attack type
    assert "2025-10 ransomware: 1" in chart and "2025-09 exfiltration: 1" in chart
    actors = page.split('<svg id="actors"', 1)[1].split("</svg>", 1)[0]
    assert "LockBit: 1" in actors
