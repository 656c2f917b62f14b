"""The development gold: every field of the shared scorer at or above 0.90 F1 on the seeds."""

from pathlib import Path


def test_seed_articles_score_at_least_090_on_every_field(extractor, gold_scorer):
    shared = Path(gold_scorer.__file__).resolve().parents[1]
    seeds = sorted((shared / "seeds").glob("*.txt"))
    predictions = {path.stem: extractor.extract(path.read_text("utf-8")).to_record(path.stem) for path in seeds}
    result, misses = gold_scorer.score(gold_scorer.load(shared / "gold" / "seeds.jsonl"), predictions)
    low = {field: v["f1"] for field, v in result.items() if v["f1"] < 0.90}
    assert not low, (low, misses)
