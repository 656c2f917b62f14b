"""The CLI through click's runner, on temporary databases."""

import re

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from healthbreach.cli import cli
from healthbreach.demo import demo_sites
from healthbreach.store.queries import incident_rows
from healthbreach.store.db import make_engine
from healthbreach.store.models import Article, Extraction


@pytest.fixture
def runner():
    return CliRunner()


def test_every_command_has_help_with_an_example(runner):
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        if not getattr(command, "commands", None):  # groups list their subcommands instead
            assert "Example" in result.output, name


def test_sources_lists_the_builtin_sources(runner):
    result = runner.invoke(cli, ["sources"])
    assert result.exit_code == 0
    for name in ("zataz", "presse-citron", "franceinfo-sante", "lepoint"):
        assert name in result.output


def test_crawl_with_an_unknown_source_is_one_line_and_stores_nothing(runner, tmp_path):
    db = tmp_path / "hb.sqlite"
    result = runner.invoke(cli, ["crawl", "--source", "nope", "--db", f"sqlite:///{db}"])
    assert result.exit_code != 0
    assert result.output.strip().splitlines() == [result.output.strip()]
    assert "unknown source 'nope'" in result.output
    assert not db.exists()


def test_demo_crawls_extracts_and_a_second_run_finds_nothing_new(runner, db_url):
    # Fixed ports keep the sites' URLs, so the second run recognises what the first stored.
    first = runner.invoke(cli, ["demo", "--db", db_url, "--port", "18808"])
    assert first.exit_code == 0, first.output
    assert "new articles" in first.output and "Relevant articles found" in first.output
    engine = make_engine(db_url)
    with Session(engine) as session:
        articles = session.scalar(select(func.count()).select_from(Article))
        extracted = session.scalars(select(Extraction)).all()
    assert articles >= 15
    assert extracted and all(e.relevant for e in extracted)
    assert any(e.record.get("victims") for e in extracted)
    with Session(engine) as session:
        incidents = incident_rows(session)
        by_url = {url: row for row in incidents for url in row["urls"]}
    # The AFP dispatch and its republished copy on the partner site: one incident, two sources.
    main, partner = demo_sites()
    dispatch = next(a for a in partner.articles if a.republishes)
    copies = [u for u in by_url if u.endswith(dispatch.path) or u.endswith(f"/{dispatch.republishes}/")]
    assert len(copies) == 2 and by_url[copies[0]] is by_url[copies[1]]
    assert by_url[copies[0]]["sources"] == ["demo-courrier", "demo-veille"]
    # A follow-up with an updated figure joins the first report of the same breach.
    story = [a for a in main.articles if a.story]
    assert len(story) >= 2
    assert len({by_url[u]["incident_id"] for u in by_url for a in story if u.endswith(a.path)}) == 1
    # How each breach happened: the demo's ransomware incidents are listed by --attack-type.
    ransomware = [r for r in incidents if "ransomware" in r["attack_types"]]
    assert sorted(v for r in ransomware for v in r["victims"]) == [
        "Officinalis", "centre hospitalier de Valmont-sur-Loire", "polyclinique des Trois-Vallées"]
    listed = runner.invoke(cli, ["incidents", "--db", db_url, "--attack-type", "ransomware"], env={"COLUMNS": "200"})
    assert listed.exit_code == 0 and "3 incidents" in listed.output
    assert all(r["incident_id"] in listed.output for r in ransomware)
    lockbit = runner.invoke(cli, ["incidents", "--db", db_url, "--actor", "Lockbit", "--disrupted"], env={"COLUMNS": "200"})
    assert "1 incident" in lockbit.output and "Trois-Vallées" in lockbit.output
    again = runner.invoke(cli, ["demo", "--db", db_url, "--port", "18808"])
    assert again.exit_code == 0, again.output
    assert re.search(r"new articles\W+0\b", again.output), again.output
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Article)) == articles
    engine.dispose()
