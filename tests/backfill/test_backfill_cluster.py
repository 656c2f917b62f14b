"""Backfill on a real Dask LocalCluster with two worker processes, writing to SQLite and (in CI) PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from healthbreach.backfill.cluster import run_backfill
from healthbreach.store.db import make_engine
from healthbreach.store.models import Article, CrawlRun, Incident, WarcFile
from warcs import mixed_records, write_warc

pytestmark = pytest.mark.slow


def test_two_worker_processes_store_every_relevant_record_once(tmp_path, db_url):
    files, relevant = [], set()
    for i in range(4):
        records = mixed_records(60, seed=i, host=f"outlet{i % 2}.example", start=100 * i)
        if i == 3:
            records += mixed_records(60, seed=i, host="outlet1.example", start=100)  # file 1's pages archived again
        path = tmp_path / f"CC-NEWS-2026030{i + 1}080000-0000{i}.warc.gz"
        write_warc(path, records)
        files.append(str(path))
        relevant |= {r.url for r in records if r.relevant}

    summary = run_backfill(files, db_url, workers=2, extract=False)
    assert summary.workers == 2
    assert summary.failed == 0 and summary.skipped == 0
    assert summary.stored == len(relevant) == summary.relevant
    assert {r.status for r in summary.results} == {"done"}

    engine = make_engine(db_url)
    with Session(engine) as session:
        assert set(session.scalars(select(Article.url))) == relevant
        assert session.scalar(select(func.count()).select_from(WarcFile).where(WarcFile.status == "done")) == 4
        run = session.get(CrawlRun, summary.run_id)
        assert run.status == "finished" and run.new_articles == len(relevant) and run.pages_fetched == summary.records
        assert session.scalar(select(func.count()).select_from(Incident)) >= 1  # grouped after the backfill
    engine.dispose()

    again = run_backfill(files, db_url, workers=2, extract=False)
    assert again.skipped == 4 and again.stored == 0 and again.records == 0
