"""One WARC file read into the database as a crawl would store its pages (no Dask here)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from healthbreach.backfill.files import backfill_file
from healthbreach.backfill.gate import keep, url_words
from healthbreach.backfill.warc import LocationError, expand
from healthbreach.store.db import init_db, make_engine
from healthbreach.store.models import Article, Source, WarcFile
from warcs import Record, breach_page, english_page, mixed_records, sport_page, write_warc


def stored(db_url):
    engine = make_engine(db_url)
    with Session(engine) as session:
        rows = {a.url: a for a in session.scalars(select(Article))}
        for a in rows.values():
            a.source_name = a.source.name
    engine.dispose()
    return rows


@pytest.fixture
def migrated(db_url):
    engine = make_engine(db_url)
    init_db(engine)
    engine.dispose()
    return db_url


def test_the_gate_keeps_french_breach_pages_by_text_or_url():
    _, breach = breach_page(1)
    _, sport = sport_page(1)
    assert keep("https://a.example/x", breach) == "text"
    assert keep("https://a.example/cyberattaque-a-l-hopital-de-brecy", sport) == "url"
    assert keep("https://a.example/sport/match", sport) is None
    _, english = english_page(1)
    assert keep("https://a.example/en/news", english) is None  # English over its whole text
    assert url_words("/sante/cyberattaque_h%C3%B4pital-12.html") == "sante cyberattaque hôpital 12 html"


def test_a_warc_file_stores_its_relevant_french_pages_once_and_is_skipped_on_a_rerun(tmp_path, migrated):
    records = mixed_records(120, seed=3)
    # The same page archived twice (CC-NEWS recrawls) and a page of a declared source.
    records.append(Record(records[0].url + "?utm_source=rss", records[0].body, relevant=True))
    _, body = breach_page(500)
    records.append(Record("https://www.zataz.com/un-laboratoire-pirate/", body, relevant=True))
    _, body = breach_page(501)
    records.append(Record("https://www.journal.example/sante/gzip-payload", body, relevant=True, encoding="gzip"))
    warc = tmp_path / "CC-NEWS-20260302080000-00001.warc.gz"
    write_warc(warc, records)

    result = backfill_file(str(warc), migrated, extract=False)
    assert result.status == "done"
    assert result.records == len(records)
    expected = {r.url.split("?")[0] for r in records if r.relevant}
    rows = stored(migrated)
    assert set(rows) == expected
    assert all(row.relevant and row.language == "fr" for row in rows.values())
    assert rows["https://www.zataz.com/un-laboratoire-pirate/"].source_name == "zataz"
    assert {row.source_name for url, row in rows.items() if "journal.example" in url} == {"backfill"}
    assert result.stored == len(expected) and result.known == 1

    again = backfill_file(str(warc), migrated, extract=False)
    assert again.status == "skipped" and again.records == 0
    engine = make_engine(migrated)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Article)) == len(expected)
        row = session.get(WarcFile, str(warc))
        assert row.status == "done" and row.records == len(records) and row.stored == len(expected)
    engine.dispose()


def test_since_and_until_keep_only_articles_published_in_the_window(tmp_path, migrated):
    records = []
    for i, day in enumerate(["2026-01-10", "2026-02-15", "2026-03-20"]):
        _, body = breach_page(i, published=day)
        records.append(Record(f"https://www.journal.example/sante/{day}", body, date=dt.datetime(2026, 3, 25), relevant=True))
    warc = tmp_path / "w.warc"
    write_warc(warc, records)
    backfill_file(str(warc), migrated, since=dt.date(2026, 2, 1), until=dt.date(2026, 2, 28), extract=False)
    assert set(stored(migrated)) == {"https://www.journal.example/sante/2026-02-15"}


def test_a_truncated_warc_is_failed_and_read_again_next_time(tmp_path, migrated):
    warc = tmp_path / "cut.warc.gz"
    write_warc(warc, mixed_records(40, seed=5))
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) * 2 // 3])
    first = backfill_file(str(warc), migrated, extract=False)
    write_warc(warc, mixed_records(40, seed=5))  # the complete file, downloaded again
    second = backfill_file(str(warc), migrated, extract=False)
    assert second.status == "done"
    assert len(stored(migrated)) == sum(r.relevant for r in mixed_records(40, seed=5))
    assert first.status == "failed" and first.records < second.records


def test_lists_expand_to_warc_locations(tmp_path):
    (tmp_path / "a.warc.gz").write_bytes(b"")
    listing = tmp_path / "warc.paths"
    listing.write_text("a.warc.gz\n# comment\ncrawl-data/CC-NEWS/2026/03/CC-NEWS-20260302080000-00001.warc.gz\nhttps://mirror.example/b.warc\n")
    assert expand([str(listing), str(tmp_path / "a.warc.gz")]) == [
        str(tmp_path / "a.warc.gz"),
        "https://data.commoncrawl.org/crawl-data/CC-NEWS/2026/03/CC-NEWS-20260302080000-00001.warc.gz",
        "https://mirror.example/b.warc",
    ]
    with pytest.raises(LocationError, match="nope.txt: cannot be read"):
        expand([str(tmp_path / "nope.txt")])


@pytest.mark.model
def test_relevant_pages_get_their_facts_extracted(tmp_path, migrated):
    _, body = breach_page(2)
    warc = tmp_path / "one.warc"
    write_warc(warc, [Record("https://www.journal.example/sante/une", body, relevant=True)])
    backfill_file(str(warc), migrated, extract=True)
    engine = make_engine(migrated)
    with Session(engine) as session:
        article = session.scalar(select(Article))
        assert article.extraction is not None and article.facts
    engine.dispose()


def test_the_command_says_a_bad_location_in_one_line(tmp_path):
    from click.testing import CliRunner

    from healthbreach.cli import cli

    runner = CliRunner()
    result = runner.invoke(cli, ["backfill", str(tmp_path / "missing.txt"), "--db", f"sqlite:///{tmp_path / 'x.sqlite'}"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"healthbreach: error: {tmp_path / 'missing.txt'}: cannot be read (No such file or directory)"]
    result = runner.invoke(cli, ["backfill", str(tmp_path / "gone.warc.gz"), "--db", f"sqlite:///{tmp_path / 'x.sqlite'}"])
    assert result.exit_code == 1 and result.output.strip() == f"healthbreach: error: {tmp_path / 'gone.warc.gz'}: no such WARC file"
    result = runner.invoke(cli, ["backfill", "x.warc.gz", "--since", "2026-03-01", "--until", "2026-02-01"])
    assert result.exit_code == 2 and "is before --since" in result.output


def test_cc_news_files_crawled_before_since_are_not_read(tmp_path, migrated):
    from healthbreach.backfill.cluster import run_backfill

    files = []
    for day in ("20260101", "20260102"):
        path = tmp_path / f"CC-NEWS-{day}083000-00001.warc.gz"
        write_warc(path, mixed_records(24, seed=1))
        files.append(str(path))
    summary = run_backfill(files, migrated, since=dt.date(2026, 1, 3), extract=False)
    assert summary.outside_window == 1  # the 2 January file may hold pages published on the 3rd in Paris
    assert summary.records == 24
