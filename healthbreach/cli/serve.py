"""`healthbreach serve`: the database in Datasette, the analyst's browser UI, on 127.0.0.1 and read-only."""

from __future__ import annotations

import socket
from pathlib import Path

import click
from sqlalchemy.engine import make_url

from healthbreach.cli import HealthbreachError
from healthbreach.cli.db import open_engine
from healthbreach.cli.options import db_option
from healthbreach.store.db import resolve_url, safe_url

HOST = "127.0.0.1"  # loopback only: put a reverse proxy in front to share it
DEFAULT_PORT = 8001  # Datasette's own default
SETTINGS = {
    "truncate_cells_html": 300,  # article texts stay readable in table views; the row page shows all
    "sql_time_limit_ms": 3000,
    "default_page_size": 50,
    "allow_download": False,  # the file holds publishers' texts: the data go out through exports and their cards
}


def sqlite_path(db_url: str | None) -> Path:
    url = resolve_url(db_url)
    try:
        parsed = make_url(url)
    except Exception:
        raise HealthbreachError(f"{safe_url(url)}: not a database URL (expected e.g. sqlite:///path.sqlite)") from None
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        raise HealthbreachError(f"{safe_url(url)}: Datasette serves SQLite files only "
                                "(export a PostgreSQL database, or query it with psql)")
    return Path(parsed.database)


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def port_is_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind((HOST, port))
        except OSError:
            return False
        return True


def build_datasette(path: Path):
    """A Datasette instance over `path`, read-only, with the project's metadata and SQL functions."""
    from datasette.app import Datasette

    from healthbreach.store.datasette_metadata import metadata, register_plugin

    register_plugin()
    return Datasette([str(path)], metadata=metadata(path.stem), settings=SETTINGS)


@click.command("serve")
@click.option("--port", type=click.IntRange(0, 65535), default=DEFAULT_PORT, show_default=True,
              help="Port on 127.0.0.1 (0: any free port).")
@db_option
def command(port: int, db_url: str | None) -> None:
    """Browse the database in Datasette, at http://127.0.0.1:PORT/, read-only.

    Tables and columns are described (docs/schema.md), article titles and
    texts are searchable, list columns facet as arrays, and canned queries
    give incidents by month, by category of victim and by data type, the
    largest incidents and one victim's history. SQLite databases only.
    Stop it with Ctrl-C.

    Example: healthbreach serve --db sqlite:///data/demo.sqlite --port 8001
    """
    import asyncio

    import uvicorn

    path = sqlite_path(db_url)
    open_engine(db_url).dispose()  # a missing file is one error line; the schema (and search index) is brought up to date
    if port == 0:
        port = free_port()
    elif not port_is_free(port):
        raise HealthbreachError(f"port {port} on {HOST} is taken (choose another with --port, or --port 0)")
    ds = build_datasette(path)
    asyncio.run(ds.invoke_startup())
    click.echo(f"Datasette on http://{HOST}:{port}/{path.stem} serving {path} read-only (Ctrl-C to stop)", err=True)
    uvicorn.run(ds.app(), host=HOST, port=port, log_level="warning", lifespan="on", workers=1)
