"""An initialised database per test and a factory writing articles with their extraction."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import itertools

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from healthbreach.store.models import Article, Extraction, Fact, Source


_FILLER = itertools.count()


def filler_text(n: int) -> str:
    """Distinct prose per call, so unrelated articles never look like copies."""
    k = next(_FILLER)
    return " ".join(f"mot{k}x{i}" for i in range(n))


@pytest.fixture
def add_article(engine):
    """add_article(url, source=..., published=..., victims=[...], ...) -> article id.

    Writes the Source (if new), the Article, its Extraction record (the
    SCHEMA.md object) and one Fact per value, as the crawler and the extractor
    would. `extraction=False` stores the article without any extraction.
    """

    def add(
        url: str,
        *,
        source: str = "site-a",
        published: str | None = "2025-10-13",
        text: str | None = None,
        title: str | None = None,
        relevant: bool = True,
        victims: list[str] = (),
        vendors: list[str] = (),
        incident_date: str | None = None,
        records: int | None = None,
        records_unit: str | None = None,
        data_types: list[str] = (),
        extraction: bool = True,
        version: str = "test-1",
        is_afp: bool = False,
        attack_types: list[str] = (),
        threat_actor: str | None = None,
        care_disrupted: bool | None = None,
    ) -> int:
        text = text if text is not None else filler_text(60)
        pub = dt.date.fromisoformat(published) if published else None
        with Session(engine) as session, session.begin():
            src = session.scalar(select(Source).where(Source.name == source))
            if src is None:
                src = Source(name=source, domains=[f"{source}.example"], config={})
                session.add(src)
                session.flush()
            article = Article(
                url=url, source_id=src.id, title=title or f"Article {url}", published=pub, text=text,
                html_gz=gzip.compress(b"<html></html>"),
                content_hash=hashlib.sha256(text.encode()).hexdigest(),
                relevant=relevant, relevance_terms=[], is_afp=is_afp,
                fetched_at=dt.datetime(2025, 11, 1, 12, 0),
            )
            if extraction:
                record = {
                    "id": url, "relevant": relevant, "victims": list(victims), "vendors": list(vendors),
                    "published": published, "incident_date": incident_date, "records": records,
                    "records_unit": records_unit, "data_types": list(data_types),
                    "attack_types": list(attack_types), "threat_actor": threat_actor, "care_disrupted": care_disrupted,
                }
                article.extraction = Extraction(extractor_version=version, relevant=relevant, record=record)
                facts = [("victim", v, None, None) for v in victims] + [("vendor", v, None, None) for v in vendors]
                facts += [("data_type", t, None, None) for t in data_types]
                facts += [("attack_type", t, None, None) for t in attack_types]
                facts += [("threat_actor", threat_actor, None, None)] if threat_actor else []
                facts += [("care_disrupted", str(care_disrupted).lower(), None, None)] if care_disrupted is not None else []
                if records:
                    facts.append(("records", str(records), records_unit, "exact"))
                if incident_date:
                    facts.append(("incident_date", incident_date, None, {10: "day", 7: "month", 4: "year"}[len(incident_date)]))
                article.facts = [
                    Fact(field=f, value=v, unit=u, qualifier=q, sentence=f"Phrase citant {v}.", start=i * 10,
                         end=i * 10 + len(v), rule="test")
                    for i, (f, v, u, q) in enumerate(facts)
                ]
            session.add(article)
            session.flush()
            return article.id

    return add


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture
def chromium(tmp_path):
    """chromium(url) -> the DOM after the page's scripts ran; chromium(url, screenshot=path) saves a PNG.

    Real headless Chromium with a fresh profile per test; skips where none is installed.
    """
    import os
    import shutil
    import subprocess

    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if not binary:
        pytest.skip("no Chromium installed (Debian: apt-get install -y chromium; .ci/run installs it)")
    profile = tmp_path / "chromium-profile"

    def run(url: str, *, screenshot=None, size: str = "1280,1600") -> str:
        args = [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}"]
        args += [f"--screenshot={screenshot}", f"--window-size={size}"] if screenshot else ["--dump-dom"]
        done = subprocess.run([*args, url], capture_output=True, text=True, timeout=120,
                              env={**os.environ, "HOME": str(tmp_path)})
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout

    return run
