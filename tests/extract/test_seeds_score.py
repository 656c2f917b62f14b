"""The development gold: every field of the shared scorer at or above 0.90 F1 on the seeds."""

import importlib.util
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
pytestmark = pytest.mark.skipif(not (SHARED / "gold" / "score.py").exists(), reason=f"shared gold not found at {SHARED}")


def scorer():
    spec = importlib.util.spec_from_file_location("gold_score", SHARED / "gold" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_seed_articles_score_at_least_090_on_every_field(extractor):
    module = scorer()
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    predictions = {
        path.stem: extractor.extract(path.read_text("utf-8")).to_record(path.stem) for path in seeds
    }
    result, misses = module.score(module.load(SHARED / "gold" / "seeds.jsonl"), predictions)
    low = {field: v["f1"] for field, v in result.items() if v["f1"] < 0.90}
    assert not low, (low, misses)
