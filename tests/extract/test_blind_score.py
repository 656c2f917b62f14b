"""The blind sets (eval/blind/README.md): articles written by people who never saw the rules. Every
field of the shared scorer stays at the level reached, on the development sets (A, C, E, F, G) and the
measure sets (B, D, H) alike (skipped where ../shared's scorer is absent).

The floors are the scores measured when the rules were last changed, less 0.02 of slack. The measure
sets' floors guard against a loss; they are set from their end-of-session scores, never tuned to.
"""

import json
from pathlib import Path

import pytest

from healthbreach.cli.extract import _read

BLIND = Path(__file__).resolve().parents[2] / "eval" / "blind"

# Measured on 2026-12-01 (extractor 2026.12.01-5, the same at -6, session 5; floors only raised), less 0.02; B's incident_date
# floor kept at 0.89 (measured 0.898). F and G are development sets, H a measure set like B and D (eval/blind/README.md).
FLOORS = {
    "A": {"relevant": 0.98, "victims": 0.98, "records": 0.98, "incident_date": 0.98, "published": 0.98, "data_types": 0.93},
    "C": {"relevant": 0.96, "victims": 0.83, "records": 0.98, "incident_date": 0.98, "published": 0.98, "data_types": 0.94},
    "E": {"relevant": 0.98, "victims": 0.94, "records": 0.98, "incident_date": 0.95, "published": 0.98, "data_types": 0.89},
    "F": {"relevant": 0.92, "victims": 0.91, "records": 0.98, "incident_date": 0.95, "published": 0.98, "data_types": 0.91},
    "G": {"relevant": 0.96, "victims": 0.86, "records": 0.82, "incident_date": 0.98, "published": 0.98, "data_types": 0.91},
    "B": {"relevant": 0.92, "victims": 0.77, "records": 0.89, "incident_date": 0.89, "published": 0.95, "data_types": 0.91},
    "D": {"relevant": 0.88, "victims": 0.78, "records": 0.80, "incident_date": 0.82, "published": 0.96, "data_types": 0.84},
    "H": {"relevant": 0.93, "victims": 0.83, "records": 0.86, "incident_date": 0.84, "published": 0.98, "data_types": 0.92},
}


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_set_scores_at_its_floors(extractor, gold_scorer, name):
    pages = sorted((BLIND / name / "pages").glob("*.html"))
    inputs = [(p, *_read(p)) for p in pages]
    records = {p.stem: e.to_record(p.stem) for (p, *_), e in zip(inputs, extractor.pipe((t, h, d) for _, t, h, d in inputs))}
    result, misses = gold_scorer.score(gold_scorer.load(BLIND / name / "gold.jsonl"), records)
    low = {field: (result[field]["f1"], floor) for field, floor in FLOORS[name].items() if result[field]["f1"] < floor}
    assert not low, (low, misses)


def test_every_blind_page_has_one_gold_row():
    for name in "ABCDEFGHIJK":
        gold = [l for l in (BLIND / name / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
        ids = sorted(json.loads(l)["id"] for l in gold)
        assert ids == sorted(p.stem for p in (BLIND / name / "pages").glob("*.html")), name
