"""The sample sites crawled for real, then grouped: the republished AFP dispatch is one incident.

Extraction is off here (as in tests/crawl), so the grouping can only rely on the
texts: the partner site's copy must still join the original.
"""

from __future__ import annotations

import json

from click.testing import CliRunner
from sqlalchemy import select
from sqlalchemy.orm import Session

from healthbreach.cli import cli
from healthbreach.crawler.runner import run_crawl
from healthbreach.demo import demo_sites, serve_demo
from healthbreach.demo.sources import demo_sources
from healthbreach.store.db import make_engine
from healthbreach.store.incidents import rebuild_incidents, update_incidents
from healthbreach.store.models import Incident

FAST = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "HEALTHBREACH_EXTRACT": False}


def test_republished_dispatch_is_one_incident_with_two_sources(db_url):
    main_site, partner_site = demo_sites()
    copy = next(a for a in partner_site.articles if a.republishes)
    original = next(a for a in main_site.articles if a.slug == copy.republishes)
    with serve_demo() as (main, partner):
        result = run_crawl(demo_sources(main, partner), db_url=db_url, settings=FAST)
        urls = {original.url(main), copy.url(partner)}
    assert result.status == "finished"
    engine = make_engine(db_url)
    stats = update_incidents(engine)
    assert stats.incidents >= 5
    with Session(engine) as session:
        incidents = session.scalars(select(Incident)).all()
    [grouped] = [i for i in incidents if set(i.urls.split()) & urls]
    assert set(grouped.urls.split()) == urls and grouped.n_sources == 2
    # Without extracted victims only copies may be grouped: every other incident is a single article.
    assert [i.n_articles for i in incidents if i is not grouped] == [1] * (len(incidents) - 1)
    before = {(i.id, i.urls) for i in incidents}
    rebuild_incidents(engine)
    with Session(engine) as session:
        assert {(i.id, i.urls) for i in session.scalars(select(Incident))} == before
    engine.dispose()

    shown = CliRunner().invoke(cli, ["incidents", "--db", db_url], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert grouped.id in shown.output
    rows = json.loads(CliRunner().invoke(cli, ["incidents", "--json", "--db", db_url]).output)
    [row] = [r for r in rows if r["incident_id"] == grouped.id]
    assert row["n_articles"] == 2 and sorted(row["sources"]) == sorted({"demo-veille", "demo-courrier"})
