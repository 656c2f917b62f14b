"""`healthbreach demo`: the whole pipeline on the bundled sample sites, served on loopback."""

from __future__ import annotations

import click
from rich.table import Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from healthbreach.cli import HealthbreachError
from healthbreach.cli.options import out_console, summary_table
from healthbreach.crawler.runner import run_crawl
from healthbreach.demo import serve_demo
from healthbreach.demo.sources import demo_sources
from healthbreach.store.db import DatabaseError, make_engine
from healthbreach.store.models import Article

DEMO_DB = "sqlite:///data/demo.sqlite"
# The sample sites are ours and on loopback: politeness delays are off for them only.
DEMO_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "HEALTHBREACH_PROGRESS_INTERVAL": 2.0,
}


def relevant_table(db_url: str) -> Table:
    table = Table(title="Relevant articles found", title_justify="left")
    for col in ("published", "title", "AFP", "victims", "records", "data types"):
        table.add_column(col, overflow="fold")
    engine = make_engine(db_url)
    with Session(engine) as session:
        for article in session.scalars(select(Article).where(Article.relevant).order_by(Article.published, Article.id)):
            record = article.extraction.record if article.extraction else {}
            records = record.get("records")
            table.add_row(
                str(article.published or ""),
                article.title or article.url,
                "yes" if article.is_afp else "",
                ", ".join(record.get("victims") or []),
                f"{records:,} {record.get('records_unit') or ''}".replace(",", " ") if records else "",
                ", ".join(record.get("data_types") or []),
            )
    engine.dispose()
    return table


@click.command("demo")
@click.option("--db", "db_url", default=DEMO_DB, show_default=True, metavar="URL", help="Database to fill.")
def command(db_url: str) -> None:
    """Run the whole pipeline on the bundled sample sites served on 127.0.0.1.

    Two small French news sites (a WordPress-like one and a partner outlet
    republishing an AFP dispatch) are served on loopback and crawled with the
    same spider and pipelines as a real crawl. Run it twice: the second run
    fetches no article page and stores nothing new.

    Example: healthbreach demo --db sqlite:///data/demo.sqlite
    """
    try:
        with serve_demo() as (main, partner):
            out_console.print(f"Sample sites served on {main} and {partner}")
            result = run_crawl(demo_sources(main, partner), db_url=db_url, settings=DEMO_SETTINGS)
    except DatabaseError as exc:
        raise HealthbreachError(str(exc)) from None
    out_console.print(summary_table(result.summary, f"Demo crawl (run {result.run_id}): {result.status}"))
    out_console.print(relevant_table(db_url))
    out_console.print(f"Database: {db_url}")
