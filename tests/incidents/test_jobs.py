"""The job layer: each step once per job, batches for backfills, the crawl command grouping once."""

from __future__ import annotations

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from healthbreach.jobs import Job, group_batch
from healthbreach.store.models import ArticleProfile, Incident


def test_a_step_asked_twice_in_a_job_runs_once(engine, add_article):
    add_article("https://a/1", published="2025-10-13", victims=["Clinique des Tilleuls"])
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    job = Job(engine=engine)
    first = job.group()
    ran = len(statements)
    assert job.group() is first and len(statements) == ran  # asked again: nothing runs
    assert job.outcome.steps == ["group"]
    add_article("https://a/2", published="2025-10-14", victims=["Clinique des Tilleuls"])
    job._grouped = False  # what a crawl or an extraction step does: new work to group
    assert job.group().articles == 2 and job.outcome.steps == ["group", "group"]


def test_a_backfill_batch_is_grouped_alone(engine, add_article):
    one = add_article("https://a/1", published="2025-10-13", victims=["Clinique des Tilleuls"])
    add_article("https://a/2", published="2025-10-14", victims=["Laboratoire Bioval"])
    stats = group_batch(engine, [one])
    assert (stats.profiled, stats.incidents) == (1, 1)
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(ArticleProfile)) == 1
    assert group_batch(engine, []).profiled == 0
    Job(engine=engine).group()  # the rest on the next job
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(Incident)) == 2


def test_crawl_command_groups_what_it_stored(db_url, tmp_path):
    from click.testing import CliRunner

    from healthbreach.cli import cli
    from healthbreach.demo import serve_demo
    from healthbreach.store.db import make_engine

    with serve_demo() as (main, partner):
        sources = tmp_path / "sources.toml"
        from importlib import resources
        from urllib.parse import urlsplit

        toml = resources.files("healthbreach.demo").joinpath("sources.toml").read_text("utf-8")
        for key, value in {"main": main, "partner": partner, "main_host": urlsplit(main).netloc,
                           "partner_host": urlsplit(partner).netloc}.items():
            toml = toml.replace("{" + key + "}", value)
        sources.write_text(toml, "utf-8")
        result = CliRunner().invoke(cli, ["crawl", "--sources-file", str(sources), "--db", db_url,
                                          "-s", "AUTOTHROTTLE_ENABLED=false", "-s", "DOWNLOAD_DELAY=0",
                                          "-s", "HEALTHBREACH_EXTRACT=false", "-s", "HEALTHBREACH_PROGRESS_INTERVAL=0"])
    assert result.exit_code == 0, result.output
    engine = make_engine(db_url)
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(Incident)) >= 1
        assert s.scalar(select(func.count()).select_from(ArticleProfile)) >= 1
    engine.dispose()
