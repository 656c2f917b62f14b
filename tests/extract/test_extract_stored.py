"""`healthbreach extract --db`: stored articles are (re)extracted once per extractor version."""

import gzip

from click.testing import CliRunner
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from healthbreach.cli import cli
from healthbreach.extract.extractor import EXTRACTOR_VERSION
from healthbreach.store.db import init_db, make_engine
from healthbreach.store.models import Article, Extraction, Fact, Source

BREACH = (
    "Le centre hospitalier de Morlanne a été victime d'une cyberattaque le 4 mars. "
    "Les pirates ont dérobé les données de 2 300 patients : noms, adresses et numéros de sécurité sociale. "
    "L'hôpital a porté plainte et prévenu la CNIL."
)
NEWS = "Le centre hospitalier de Morlanne inaugure un service de pédiatrie rénové. " * 3


def add_articles(engine) -> None:
    with Session(engine) as session, session.begin():
        source = Source(name="test", domains=["example.org"], config={})
        session.add(source)
        session.flush()
        for i, (text, relevant) in enumerate([(BREACH, True), (NEWS, False)]):
            session.add(Article(
                url=f"https://example.org/{i}/", source_id=source.id, title=f"Article {i}", text=text,
                html_gz=gzip.compress(b"<html></html>"), content_hash=str(i), relevant=relevant,
            ))


def state(engine):
    with Session(engine) as session:
        extractions = session.scalars(select(Extraction)).all()
        facts = session.scalars(select(Fact)).all()
        return [(e.article_id, e.extractor_version, e.record.get("records")) for e in extractions], facts


def test_extract_db_processes_missing_and_outdated_extractions_only(db_url):
    engine = make_engine(db_url)
    init_db(engine)
    add_articles(engine)
    runner = CliRunner()

    first = runner.invoke(cli, ["extract", "--db", db_url])
    assert first.exit_code == 0, first.output
    assert "1 articles extracted" in first.output  # the relevant one only
    extractions, facts = state(engine)
    assert [(version, records) for _, version, records in extractions] == [(EXTRACTOR_VERSION, 2300)]
    records_fact = next(f for f in facts if f.field == "records")
    assert BREACH[records_fact.start:records_fact.end] in records_fact.sentence
    assert records_fact.rule

    again = runner.invoke(cli, ["extract", "--db", db_url])
    assert "0 articles extracted" in again.output
    assert [f.id for f in state(engine)[1]] == [f.id for f in facts]  # nothing rewritten

    # An extraction made by an older extractor is redone, its facts replaced, not duplicated.
    with Session(engine) as session, session.begin():
        session.execute(update(Extraction).values(extractor_version="old"))
    redo = runner.invoke(cli, ["extract", "--db", db_url])
    assert "1 articles extracted" in redo.output
    extractions, refacts = state(engine)
    assert extractions[0][1] == EXTRACTOR_VERSION
    assert len(refacts) == len(facts)

    forced = runner.invoke(cli, ["extract", "--db", db_url, "--all"])
    assert "1 articles extracted" in forced.output
    assert len(state(engine)[1]) == len(facts)
    engine.dispose()


def test_extract_refuses_files_and_db_together(tmp_path):
    result = CliRunner().invoke(cli, ["extract", "--db", f"sqlite:///{tmp_path / 'x.sqlite'}", "a.txt"])
    assert result.exit_code == 2
    assert "give files or --db, not both" in result.output


def test_extract_missing_file_is_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "absent.txt")])
    assert result.exit_code == 1
    assert result.output.strip() == f"healthbreach: error: {tmp_path / 'absent.txt'}: No such file or directory"
