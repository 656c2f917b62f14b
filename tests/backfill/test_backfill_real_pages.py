"""Real recorded pages in a WARC: the development part of ../shared/realdev (health-breach
articles and confusers, under their original URLs) and the recorded corpus pages (other news).
Skips without ../shared; only the dev part of realdev is read (eval/realdev_split.py)."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from healthbreach.backfill.files import backfill_file
from healthbreach.extract.clean import CleaningError, clean_html
from healthbreach.extract.relevance import judge
from healthbreach.store.db import init_db, make_engine
from healthbreach.store.models import Article
from warcs import Record, write_warc

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
REALDEV = SHARED / "realdev"
CORPUS = SHARED / "corpus" / "html"
pytestmark = pytest.mark.skipif(not (REALDEV / "gold.jsonl").exists() or not CORPUS.is_dir(), reason="../shared is absent")


def dev_rows() -> list[dict]:
    spec = importlib.util.spec_from_file_location("realdev_split", ROOT / "eval" / "realdev_split.py")
    split = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(split)
    rows = [json.loads(l) for l in (REALDEV / "gold.jsonl").read_text("utf-8").splitlines() if l.strip()]
    return [r for r in rows if split.part_of(r) == "dev" and (REALDEV / "pages" / f"{r['id']}.html").exists() and r.get("url")]


def test_real_breach_pages_are_kept_and_other_real_news_is_not(tmp_path):
    rows = dev_rows()
    records = [Record(r["url"], (REALDEV / "pages" / f"{r['id']}.html").read_bytes(), relevant=r["relevant"]) for r in rows]
    for i, path in enumerate(sorted(CORPUS.iterdir())):
        if path.suffix not in (".html", ".gz"):
            continue
        body = path.read_bytes()
        if path.suffix == ".gz":
            body = gzip.decompress(body)
        records.append(Record(f"https://corpus.example/{i}/{path.stem}", body))
    warc = tmp_path / "real.warc.gz"
    write_warc(warc, records)
    db = f"sqlite:///{tmp_path / 'hb.sqlite'}"
    engine = make_engine(db)
    init_db(engine)
    result = backfill_file(str(warc), db, extract=False)
    assert result.status == "done" and result.records == len(records)
    with Session(engine) as session:
        relevant_urls = set(session.scalars(select(Article.url).where(Article.relevant)))
    engine.dispose()
    breaches = {r["url"] for r in rows if r["relevant"]}
    kept = len(breaches & relevant_urls) / len(breaches)
    assert kept >= 0.9, f"only {kept:.0%} of the real breach articles were kept"
    # Other real news is judged as a crawl judges it: stored as relevant exactly when the crawl's
    # relevance gate on the cleaned page says so (some speak of hospitals and personal data), and
    # most of it never gets past the backfill's first, cheaper gate.
    corpus = [r for r in records if r.url.startswith("https://corpus.example/")]
    crawl_says = set()
    for r in corpus:
        try:
            page = clean_html(r.body, r.url)
        except CleaningError:
            continue
        if page.language in (None, "fr") and judge(page.text, page.title).relevant:
            crawl_says.add(r.url)
    assert {u for u in relevant_urls if u.startswith("https://corpus.example/")} == crawl_says
    assert len(crawl_says) < len(corpus) / 4
