"""Dataset cards and Parquet files say what they are: licence, accuracy, vocabulary, column meanings."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from healthbreach.extract.extractor import EXTRACTOR_VERSION
from healthbreach.store.export import columns_for, export
from healthbreach.store.incidents import update_incidents
from healthbreach.store.provenance import Accuracy, accuracy_lines, load_accuracy
from healthbreach.store.vocabulary import DATA_TYPES

ROOT = Path(__file__).parents[2]
SCHEMA = ROOT.parent / "shared" / "gold" / "SCHEMA.md"
SCORER = ROOT.parent / "shared" / "gold" / "score.py"


@pytest.fixture
def one_incident(engine, add_article):
    add_article("https://main.example/valmont", published="2025-10-13", victims=["CH de Valmont"], records=8000,
                records_unit="patients", data_types=["name", "medical_record"])
    update_incidents(engine)
    return engine


def test_card_states_licence_accuracy_placeholder_vocabulary_and_citation(one_incident, tmp_path):
    card = export(one_incident, "incidents", "csv", tmp_path / "i.csv").card.read_text()
    assert "CC BY 4.0" in card and "belong to their publishers" in card
    assert "- extractor version(s): test-1" in card
    if not load_accuracy().measured:  # the shipped file until the maintainers run eval/accuracy_file.py
        assert "PLACEHOLDER" in card and "_to be measured_" in card
        assert not re.search(r"\| (relevant|victims) \| 0?\.\d", card), "no figure before it is measured"
    for code, entry in DATA_TYPES.items():
        assert f"| `{code}` | {entry.label} |" in card
    assert re.search(r"^healthbreach \(\d{4}\)\. .* extracted with healthbreach .*\(extractor test-1\)\. Licence CC BY 4\.0\.$",
                     card, re.M)


def test_measured_accuracy_is_a_table_for_its_version_only():
    acc = Accuracy(extractor_version="v9", measured_on="2026-12-01", dataset="the dev part", articles=45,
                   fields={k: {"precision": 0.9, "recall": 0.8, "f1": 0.847} for k in
                           ("relevant", "victims", "records", "incident_date", "published", "data_types")})
    lines = "\n".join(accuracy_lines(["v9"], acc))
    assert "| victims | 0.9 | 0.8 | 0.847 |" in lines and "(45 articles)" in lines and "Mean F1" in lines
    assert "PLACEHOLDER" not in lines and "Note:" not in lines
    assert "Note:** this data was extracted with v8" in "\n".join(accuracy_lines(["v8"], acc))


@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/gold/score.py")
def test_accuracy_file_is_written_from_the_scorer(tmp_path):
    gold = tmp_path / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    rows = [{"id": "a", "relevant": True, "victims": ["CHU de Nulle-Part"], "records": 10, "data_types": ["name"],
             "published": "2025-01-02", "incident_date": None},
            {"id": "b", "relevant": False, "victims": [], "records": None, "data_types": [], "published": None,
             "incident_date": None}]
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows))
    pred.write_text("".join(json.dumps({**r, "records": 11 if r["records"] else None}) + "\n" for r in rows))
    out = tmp_path / "accuracy.json"
    done = subprocess.run([sys.executable, str(ROOT / "eval" / "accuracy_file.py"), str(gold), str(pred),
                           "--scorer", str(SCORER), "--out", str(out)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    acc = load_accuracy(out)
    assert acc.extractor_version == EXTRACTOR_VERSION and acc.articles == 2
    assert acc.fields["victims"]["f1"] == 1.0 and acc.fields["records"]["f1"] == 0.0


def test_parquet_schema_describes_every_column_and_carries_the_card(one_incident, tmp_path):
    for what in ("incidents", "articles", "facts"):
        result = export(one_incident, what, "parquet", tmp_path / f"{what}.parquet")
        schema = pq.read_schema(result.path)
        for column in columns_for(what):
            assert schema.field(column.name).metadata[b"description"].decode() == column.meaning
        meta = {k.decode(): v.decode() for k, v in schema.metadata.items() if not k.startswith(b"ARROW")}
        assert meta["licence"] == "CC BY 4.0" and meta["extractor_versions"] == "test-1"
        assert meta["card"] == result.card.read_text()


def test_vocabulary_matches_the_gold_schema_and_the_docs():
    docs = (ROOT / "docs" / "schema.md").read_text()
    section = docs.split("## Data types", 1)[1].split("\n## ", 1)[0]
    documented = dict(re.findall(r"^\| `([a-z_]+)` \| ([^|]+) \|", section, re.M))
    assert {k: v.strip() for k, v in documented.items()} == {c: t.label for c, t in DATA_TYPES.items()}
    if SCHEMA.exists():
        gold = SCHEMA.read_text().split("## Data-type codes", 1)[1].split("\n## ", 1)[0]
        assert set(re.findall(r"^\| `([a-z_]+)` \|", gold, re.M)) == set(DATA_TYPES)
