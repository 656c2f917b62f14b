"""`healthbreach extract`: breach facts of files (JSON lines) or of stored articles."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from healthbreach.cli import HealthbreachError
from healthbreach.cli.options import err_console


def _read(path: Path) -> tuple[str, str | None, object]:
    """(text, title, published) of a .txt or .html file; HTML goes through the crawl's cleaning."""
    from healthbreach.extract.clean import CleaningError, clean_html

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise HealthbreachError(f"{path}: {exc.strerror or exc}") from None
    if path.suffix.lower() in (".html", ".htm", ".gz"):
        try:
            page = clean_html(data, None)
        except CleaningError as exc:
            raise HealthbreachError(f"{path}: {exc}") from None
        return page.text, page.title, page.published
    try:
        return data.decode("utf-8"), None, None
    except UnicodeDecodeError:
        raise HealthbreachError(f"{path}: not UTF-8 text") from None


def extract_files(paths: tuple[Path, ...]) -> None:
    from healthbreach.extract.extractor import Extractor

    inputs = [(path, *_read(path)) for path in paths]  # every file is checked before the model loads
    extractor = Extractor()
    extractions = extractor.pipe((text, title, published) for _, text, title, published in inputs)
    for (path, *_), extraction in zip(inputs, extractions):
        sys.stdout.write(json.dumps(extraction.to_record(path.stem), ensure_ascii=False) + "\n")


def extract_stored(db_url: str | None, everything: bool) -> None:
    from healthbreach.cli.guard import exclusive
    from healthbreach.jobs import Job, load_extractor
    from healthbreach.store.db import database_errors

    _, version = load_extractor()
    with exclusive(db_url, "extract") as url, Job(url) as job, database_errors(url):
        with err_console.status("looking for articles to extract") as status:
            total = []
            done = job.extract(everything=everything, on_start=total.append,
                               progress=lambda n, label: status.update(f"extracted {n}/{total[0]}: {label}"))
        grouping = job.group()
    click.echo(f"{done} articles extracted with extractor {version}; "
               f"{grouping.incidents} incidents ({grouping.created} new, {grouping.updated} updated)")


@click.command("extract")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--db", "db_url", metavar="URL", help="(Re)extract the relevant articles stored in this database instead of files.")
@click.option("--all", "everything", is_flag=True, help="With --db: redo every relevant article, not only those extracted by an older version.")
def command(paths: tuple[Path, ...], db_url: str | None, everything: bool) -> None:
    """Extract breach facts: from .txt/.html files, or from stored articles.

    With files, prints one JSON object per file (SCHEMA.md fields, `id` = the
    file's stem, and an `evidence` list giving each value's sentence,
    character span and rule). With --db, (re)extracts the stored relevant
    articles whose extraction is missing or was made by another extractor
    version, then updates the incidents.

    Example: healthbreach extract article.html notes.txt > facts.jsonl

    Example: healthbreach extract --db sqlite:///data/healthbreach.sqlite --all
    """
    if db_url and paths:
        raise click.UsageError("give files or --db, not both")
    if db_url:
        extract_stored(db_url, everything)
    elif paths:
        extract_files(paths)
    else:
        raise click.UsageError("give .txt/.html files to extract, or --db URL")
