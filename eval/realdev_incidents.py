#!/usr/bin/env python3
"""Score incident grouping on realdev crawled as pages: a loopback site with a feed, a real crawl.

usage: realdev_incidents.py [--db sqlite:///path] [--regroup] [--out PRED.jsonl] [--set DIR ...]

Serves ../shared/realdev/pages on 127.0.0.1, runs `healthbreach crawl --sources-file` into the
database (a temporary one unless --db names one), writes one {"id", "incident"} row per article and
scores them with ../shared/gold/score_incidents.py, over all of realdev and over its development part.
With --regroup and an existing --db, the crawl is skipped and the stored articles are profiled and
grouped again (to measure a grouping change without re-extracting).

With --set (repeatable: `--set eval/blind/I --set eval/blind/K`), the pages and gold of those sets
(a folder with pages/*.html and gold.jsonl, ids unique across them) are crawled together as one site
instead of realdev, and scored all together.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from realdev_split import part_of  # noqa: E402

from tests.incidents.realdev_site import incidents_by_article, serve_realdev  # noqa: E402

FAST = ["-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0", "-s", "HEALTHBREACH_PROGRESS_INTERVAL=0"]


def crawl(db_url: str, workdir: Path, pages: Path) -> None:
    healthbreach = str(Path(sys.executable).parent / "healthbreach")
    with serve_realdev(pages) as (_base, toml):
        sources = workdir / "realdev-sources.toml"
        sources.write_text(toml, "utf-8")
        subprocess.run([healthbreach, "crawl", "--sources-file", str(sources), "--db", db_url, *FAST], check=True)


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def score(pred_rows: list[dict], part: str | None, gold_rows: list[dict]) -> dict:
    sys.path.insert(0, str(SHARED / "gold"))
    from score_incidents import key, score as pairwise

    gold = {key(r["id"]): r.get("incident") for r in gold_rows if part is None or part_of(r) == part}
    pred = {key(r["id"]): r["incident"] for r in pred_rows}
    return pairwise(gold, pred)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db")
    parser.add_argument("--regroup", action="store_true")
    parser.add_argument("--out")
    parser.add_argument("--set", action="append", default=[], type=Path, help="a folder with pages/*.html and gold.jsonl")
    args = parser.parse_args()
    from healthbreach.store.db import init_db, make_engine

    with tempfile.TemporaryDirectory() as tmp:
        db_url = args.db or f"sqlite:///{tmp}/realdev.sqlite"
        pages, gold = SHARED / "realdev" / "pages", read_rows(SHARED / "realdev" / "gold.jsonl")
        if args.set:
            pages, gold = Path(tmp) / "pages", []
            pages.mkdir()
            for folder in args.set:
                for page in sorted((folder / "pages").glob("*.html")):
                    (pages / page.name).write_bytes(page.read_bytes())
                # one set's incident keys are its own: the same key in two sets names two breaches
                gold += [{**r, "incident": r["incident"] and f"{folder.name}:{r['incident']}"} for r in read_rows(folder / "gold.jsonl")]
        if args.regroup and args.db:
            from healthbreach.jobs import regroup

            engine = make_engine(db_url)
            init_db(engine)
            engine.dispose()
            print(regroup(db_url, reprofile=True))
        else:
            crawl(db_url, Path(tmp), pages)
        engine = make_engine(db_url)
        init_db(engine)
        rows = incidents_by_article(engine)
        engine.dispose()
    if args.out:
        Path(args.out).write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    parts = [(" + ".join(str(folder) for folder in args.set), None)] if args.set else [("all of realdev", None), ("realdev dev part", "dev")]
    for name, part in parts:
        print(f"== {name}")
        print("\n".join(f"{k:<24} {v}" for k, v in score(rows, part, gold).items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
