"""`healthbreach demo`: the whole pipeline on the bundled sample sites, served on loopback."""

from __future__ import annotations

from contextlib import ExitStack

import click
from rich import box
from rich.table import Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from healthbreach.cli import HealthbreachError
from healthbreach.cli.options import out_console, summary_table
from healthbreach import jobs
from healthbreach.demo import serve_demo
from healthbreach.demo.sources import demo_sources
from healthbreach.store.db import DatabaseError, make_engine
from healthbreach.store.models import Article

DEMO_DB = "sqlite:///data/demo.sqlite"
# Fixed ports keep the sample sites' URLs stable, so a second demo run finds its articles known.
DEMO_PORTS = (8808, 8809)
# The sample sites are ours and on loopback: politeness delays are off for them only.
DEMO_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "HEALTHBREACH_PROGRESS_INTERVAL": 2.0,
}


def relevant_table(db_url: str) -> Table:
    table = Table(title="Relevant articles found", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("published", no_wrap=True)
    table.add_column("title", ratio=3)
    table.add_column("AFP", no_wrap=True)
    table.add_column("victims", ratio=1)
    table.add_column("records", justify="right", ratio=1)
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
            )
    engine.dispose()
    return table


def print_incidents(db_url: str) -> None:
    from healthbreach.cli.incidents import COLUMNS, count_title
    from healthbreach.cli.output import print_table
    from healthbreach.store.queries import incident_rows

    engine = make_engine(db_url)
    with Session(engine) as session:
        rows = incident_rows(session)
    engine.dispose()
    print_table(rows, COLUMNS, title=count_title(rows))


def _serve_sites(stack: ExitStack, port: int):
    """Both sample sites on `port` and `port + 1`, or on free ports when those are taken."""
    if port:
        try:
            return stack.enter_context(serve_demo((port, port + 1)))
        except OSError:
            out_console.print(f"[yellow]Ports {port}-{port + 1} are taken: serving on free ports; "
                              "articles stored by earlier demo runs will not be recognised.[/]")
    return stack.enter_context(serve_demo())


@click.command("demo")
@click.option("--db", "db_url", default=DEMO_DB, show_default=True, metavar="URL", help="Database to fill.")
@click.option("--port", type=int, default=DEMO_PORTS[0], show_default=True,
              help="Port of the main sample site (the partner site takes the next one); 0 for any free port.")
def command(db_url: str, port: int) -> None:
    """Run the whole pipeline on the bundled sample sites served on 127.0.0.1.

    Two small French news sites (a WordPress-like one and a partner outlet
    republishing an AFP dispatch) are served on loopback and crawled with the
    same spider and pipelines as a real crawl. Run it twice: the second run
    fetches no article page and stores nothing new.

    Example: healthbreach demo --db sqlite:///data/demo.sqlite
    """
    try:
        with ExitStack() as stack:
            main, partner = _serve_sites(stack, port)
            out_console.print(f"Sample sites served on {main} and {partner}")
            result = jobs.crawl(demo_sources(main, partner), db_url=db_url, settings=DEMO_SETTINGS)
    except DatabaseError as exc:
        raise HealthbreachError(str(exc)) from None
    out_console.print(summary_table(result.summary, f"Demo crawl (run {result.run_id}): {result.status}"))
    out_console.print(relevant_table(db_url))
    print_incidents(db_url)
    out_console.print(f"Database: {db_url}  (try: healthbreach incidents --db {db_url})")
