"""Real press grouped as a user would get it: realdev's pages crawled from a loopback site with a feed.

`healthbreach crawl --sources-file` fetches the 67 pages (extraction on, as in a real crawl), then the
incident of each article is scored pairwise with ../shared/gold/score_incidents.py. Skipped where
../shared is absent. `eval/realdev_incidents.py` prints the same scores for all of realdev and its
development part.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from healthbreach.store.db import make_engine

from .realdev_site import incidents_by_article, serve_realdev

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
HEALTHBREACH = str(Path(sys.executable).parent / "healthbreach")
FAST = ["-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0", "-s", "HEALTHBREACH_PROGRESS_INTERVAL=0"]

pytestmark = [pytest.mark.slow, pytest.mark.model]


def scorer():
    path = SHARED / "gold" / "score_incidents.py"
    if not path.exists() or not (SHARED / "realdev" / "pages").is_dir():
        pytest.skip(f"realdev or its incident scorer not found under {SHARED}")
    spec = importlib.util.spec_from_file_location("score_incidents", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_realdev_pages_crawled_and_grouped(tmp_path):
    score_incidents = scorer()
    db_url = f"sqlite:///{tmp_path / 'realdev.sqlite'}"
    with serve_realdev(SHARED / "realdev" / "pages") as (_base, toml):
        sources = tmp_path / "sources.toml"
        sources.write_text(toml, "utf-8")
        done = subprocess.run([HEALTHBREACH, "crawl", "--sources-file", str(sources), "--db", db_url, *FAST],
                              capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    engine = make_engine(db_url)
    rows = incidents_by_article(engine)
    engine.dispose()
    assert len(rows) == len(list((SHARED / "realdev" / "pages").glob("*.html")))
    pred = tmp_path / "incidents.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    scores = score_incidents.score(score_incidents.load(SHARED / "realdev" / "gold.jsonl"), score_incidents.load(pred))
    print("realdev incident grouping:", scores)
    # Measured on 2026-12-01 with extractor 2026.12.01-2: P 1.0, R 1.0, F1 1.0 (12 pairs); one pair
    # lost is F1 0.957. Issue 9 asks F1 0.90 with P 0.95: the floors hold that line.
    assert scores["pairs_precision"] >= 0.95
    assert scores["pairs_f1"] >= 0.95
