"""`healthbreach registry`: the optional FINESS registry of health establishments."""

from __future__ import annotations

from pathlib import Path

import click

from healthbreach.cli import HealthbreachError
from healthbreach.cli.options import db_option, out_console


@click.group("registry")
def command() -> None:
    """The FINESS registry: establishment numbers, categories and places for victims."""


@command.command("import")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@db_option
def import_command(path: Path, db_url: str | None) -> None:
    """Load a FINESS extract and link victims to establishments.

    PATH is the open-data extract of the FINESS file from data.gouv.fr
    (etalab-cs1100507-stock-YYYYMMDD-HHMM.csv, its `structureet` rows), or a
    CSV with a header naming the t_finess fields (nofinesset, rs, rslongue,
    ligneacheminement, departement, libcategetab, ...). It replaces any
    registry imported before; incidents are then regrouped by establishment
    (reading no article text). Without a registry everything works on names.

    Example: healthbreach registry import etalab-cs1100507-stock-20260512-0339.csv
    """
    from healthbreach.cli.guard import exclusive
    from healthbreach.jobs import Job
    from healthbreach.store.db import database_errors
    from healthbreach.store.registry import RegistryError

    with exclusive(db_url, "registry") as url, Job(url) as job, database_errors(url):
        try:
            result = job.import_registry(path)
        except RegistryError as exc:
            raise HealthbreachError(str(exc)) from None
        grouping = job.group()
        linked = job.linked_establishments()
    click.echo(f"{result.establishments} establishments imported from {path}"
                      + (f" ({result.skipped} malformed row{'s' if result.skipped != 1 else ''} skipped)" if result.skipped else ""))
    click.echo(f"{linked} incidents linked to an establishment; {grouping.incidents} incidents")
