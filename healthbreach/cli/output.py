"""How every read command prints its rows: a table that fits the terminal, or JSON, JSON Lines, CSV.

A command declares its table as a list of `Col`s over plain row dicts (the
`store.queries` rows); JSON, JSON Lines and CSV carry every key of the rows,
whatever the table shows, so a new field reaches the machine formats by
itself and the table by one `Col` line.

Tables are laid out here rather than by rich's wrapping, which splits words
when a table is too wide ("social_securit / y_number"):
  * in a terminal (or when $COLUMNS is set) text wraps on spaces and after
    hyphens, never inside a word; URLs show their host and path, shortened
    with an ellipsis; when even the longest words cannot fit side by side,
    each row is printed as a block of "field  value" lines instead;
  * piped to another program (no terminal, no $COLUMNS), nothing is wrapped,
    shortened or cut: one line per row, lists joined with "; ", so `grep`
    sees whole rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
import sys
import textwrap
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import click
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

FORMATS = ("table", "json", "jsonl", "csv")
LIST_SEPARATOR = "; "
URL_WIDTH = 40  # a shortened URL in a terminal table: host and path, up to this many characters
URL_MIN = 30  # and no shorter than this when the table is tight
TEXT_MIN = 16  # a text column narrower than this reads badly: print blocks of fields instead
GAP = 2  # spaces between table columns
UNLIMITED = 100_000  # the width of "no limit"
# Kinds of cell: text wraps on spaces and after hyphens; the others are never broken.
TEXT_KINDS = {"text", "list"}


@dataclass(frozen=True)
class Col:
    """One table column.

    key    the row key shown (and the default header's source)
    header the column title
    kind   text | list (one item per line) | url | urls | atom (never broken: ids, dates, numbers)
    show   turns the row into the shown value (default: row[key])
    below  a second key shown dim under the value in a terminal, as its own column when piped
    right  right-aligned (numbers)
    """

    key: str
    header: str
    kind: str = "text"
    show: Callable[[dict], Any] | None = None
    below: str | None = None
    below_header: str | None = None
    right: bool = False


# -- options --------------------------------------------------------------------------------------


def format_options(func):
    """--format/-f table|json|jsonl|csv and --json, its shorthand."""
    func = click.option("--json", "as_json", is_flag=True, help="Shorthand for --format json.")(func)
    return click.option(
        "--format", "-f", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
        help="Output: a table for people, or JSON, JSON Lines or CSV for programs (every field, nothing shortened).",
    )(func)


def chosen_format(fmt: str, as_json: bool) -> str:
    if as_json and fmt not in ("table", "json"):
        raise click.UsageError(f"--json and --format {fmt} disagree; give one of them")
    return "json" if as_json else fmt


# -- machine formats ------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A value JSON can hold: dates as ISO-8601 text, tuples as lists, nested dicts and lists walked."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def write_json(obj: Any) -> None:
    click.echo(json.dumps(plain(obj), ensure_ascii=False, indent=2))


def write_jsonl(rows: Iterable[dict]) -> None:
    for row in rows:
        click.echo(json.dumps(plain(row), ensure_ascii=False))


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        if all(not isinstance(v, (dict, list, tuple)) for v in value):
            return LIST_SEPARATOR.join("" if v is None else str(plain(v)) for v in value)
        return json.dumps(plain(value), ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(plain(value), ensure_ascii=False)
    return value


def write_csv(rows: list[dict]) -> None:
    keys: dict[str, None] = {}
    for row in rows:
        keys.update(dict.fromkeys(row))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(list(keys))
    for row in rows:
        writer.writerow([_csv_cell(row.get(k)) for k in keys])
    click.echo(buffer.getvalue(), nl=False)


def emit(rows: list[dict], columns: list[Col], fmt: str, *, title: str | None = None, empty: str | None = None) -> None:
    """Print rows in the chosen format; `title` and `empty` are for tables only."""
    if fmt == "json":
        write_json(rows)
    elif fmt == "jsonl":
        write_jsonl(rows)
    elif fmt == "csv":
        write_csv(rows)
    elif not rows and empty:
        click.echo(empty)
    else:
        print_table(rows, columns, title=title)


# -- tables ---------------------------------------------------------------------------------------


def terminal_width() -> int | None:
    """Columns to fit: the terminal's, else $COLUMNS, else None (piped: no limit)."""
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 0 else None


def short_url(url: str, width: int = URL_WIDTH) -> str:
    """Host and path ("zataz.com/feed/"), cut with an ellipsis past `width` characters."""
    parts = urlsplit(url)
    shown = (parts.netloc.removeprefix("www.") + parts.path) if parts.netloc else url
    return shown if len(shown) <= width else shown[: width - 1] + "…"


def _chunks(line: str) -> list[str]:
    """The pieces a text line may break between: words, and word parts ending in a hyphen."""
    return textwrap.TextWrapper(break_on_hyphens=True)._split_chunks(line)  # noqa: SLF001 (textwrap's own splitter)


def _lines(value: Any, kind: str, limit: bool) -> list[str]:
    if value is None or value == "":
        return []
    items = list(value) if isinstance(value, (list, tuple)) else [value]
    items = ["" if v is None else str(plain(v)) for v in items]
    if kind in ("url", "urls") and limit:
        items = [short_url(v) for v in items]
    if not limit:
        return [LIST_SEPARATOR.join(items)] if kind in ("list", "urls") else [" ".join(items)]
    return [line for item in items for line in item.split("\n")]


@dataclass
class _Cell:
    lines: list[str]
    below: list[str]
    kind: str
    below_kind: str = "atom"
    floor: int = TEXT_MIN  # headers wrap freely (0)

    @property
    def natural(self) -> int:
        return max((len(s) for s in self.lines + self.below), default=0)

    def minimum(self, hyphens: bool) -> int:
        """The narrowest width that breaks no word (with `hyphens`, breaking after a hyphen is allowed),
        cuts no URL below URL_MIN and leaves text TEXT_MIN characters to flow in."""
        def widest(lines: list[str], kind: str) -> int:
            if kind in ("url", "urls"):
                return max((min(len(s), URL_MIN) for s in lines), default=0)
            if kind not in TEXT_KINDS:
                return max((len(s) for s in lines), default=0)
            words = (c.strip() for s in lines for c in (_chunks(s) if hyphens else s.split()))
            return max(max((len(w) for w in words), default=0), min(self.floor, max((len(s) for s in lines), default=0)))

        return max(widest(self.lines, self.kind), widest(self.below, self.below_kind))

    def render(self, width: int, hyphens: bool = True) -> Text:
        text = Text()
        lines = [p for s in self.lines for p in _wrap(s, width, self.kind, hyphens)]
        below = [p for s in self.below for p in _wrap(s, width, self.below_kind, hyphens)]
        for i, line in enumerate(lines):
            text.append(("\n" if i else "") + line, style="bold" if self.below_kind == "text" else "")
        for i, line in enumerate(below):
            text.append(("\n" if lines or i else "") + line, style="dim")
        return text


def _value(row: dict, col: Col) -> Any:
    return col.show(row) if col.show else row.get(col.key)


def _wrap(line: str, width: int, kind: str, hyphens: bool = True) -> list[str]:
    if kind in ("url", "urls") and len(line) > width:
        return [line[: width - 1] + "…"]
    if kind not in TEXT_KINDS or len(line) <= width:
        return [line]
    return textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=hyphens) or [""]


def _allocate(natural: list[int], minimum: list[int], room: int) -> list[int] | None:
    """Column widths within `room`, or None when even the minimums do not fit.

    From the minimums, the columns that need least to show whole are widened first (a short source
    name is never broken for the sake of a long title); whatever is left goes to the others in
    proportion to what they lack.
    """
    if sum(natural) <= room:
        return list(natural)
    if sum(minimum) > room:
        return None
    widths = list(minimum)
    spare = room - sum(widths)
    for i in sorted(range(len(widths)), key=lambda i: (natural[i] - widths[i], i)):
        need = natural[i] - widths[i]
        if need > spare:
            break
        widths[i], spare = natural[i], spare - need
    wants = [n - w for n, w in zip(natural, widths)]
    total = sum(wants)
    if total and spare:
        share = [spare * w // total for w in wants]
        widths = [w + s for w, s in zip(widths, share)]
        left = spare - sum(share)
        for i in sorted(range(len(widths)), key=lambda i: -wants[i])[:left]:
            widths[i] += 1  # hand out what the rounding left
    return widths


def _console(width: int) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    tty = sys.stdout.isatty()
    return Console(file=buffer, width=max(width, 1), force_terminal=tty, color_system="auto" if tty else None,
                   highlight=False, emoji=False), buffer


def print_renderable(renderable, width: int | None = None) -> None:
    """Any rich renderable at the terminal's width (no limit when piped), trailing spaces dropped."""
    width = width if width is not None else terminal_width()
    console, buffer = _console(width or UNLIMITED)
    console.print(renderable, soft_wrap=width is None)
    _flush(buffer)


def _flush(buffer: io.StringIO) -> None:
    click.echo("\n".join(line.rstrip() for line in buffer.getvalue().splitlines()))


def expand_below(columns: list[Col]) -> list[Col]:
    """Piped tables show each `below` key as a column of its own, so a row stays one line."""
    out = []
    for col in columns:
        out.append(Col(col.key, col.header, col.kind, col.show, None, None, col.right))
        if col.below:
            out.append(Col(col.below, col.below_header or col.below, "atom"))
    return out


def print_table(rows: list[dict], columns: list[Col], *, title: str | None = None, width: int | None = None) -> None:
    width = width if width is not None else terminal_width()
    limit = width is not None
    if not limit:
        columns = expand_below(columns)
    cells = [[_Cell(_lines(_value(r, c), c.kind, limit), _lines(r.get(c.below), "atom", limit) if c.below else [], c.kind)
              for c in columns] for r in rows]
    if limit and rows:  # a column empty in every row only takes room in a terminal
        keep = [i for i in range(len(columns)) if any(row[i].lines or row[i].below for row in cells)]
        columns, cells = [columns[i] for i in keep], [[row[i] for i in keep] for row in cells]
    heads = [_Cell([c.header], [c.below_header or c.below] if c.below else [], "text", "text", 0) for c in columns]
    natural = [max([h.natural] + [row[i].natural for row in cells]) for i, h in enumerate(heads)]
    widths, hyphens = natural, False
    if limit:
        room = width - GAP * (len(columns) - 1)
        for hyphens in (False, True):  # break after hyphens only when whole words cannot fit
            minimum = [max([h.minimum(hyphens)] + [row[i].minimum(hyphens) for row in cells]) for i, h in enumerate(heads)]
            widths = _allocate(natural, minimum, room)
            if widths is not None:
                break
        else:
            print_records(rows, columns, width, title=title)
            return
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False,
                  padding=(0, GAP - 1, 0, 0), show_lines=limit and any(len(c.lines) > 1 for r in cells for c in r))
    for col, head, w in zip(columns, heads, widths):
        table.add_column(head.render(w, hyphens), width=w, no_wrap=True, justify="right" if col.right else "left")
    for row in cells:
        table.add_row(*(cell.render(w, hyphens) for cell, w in zip(row, widths)))
    console, buffer = _console(sum(widths) + GAP * (len(widths) - 1))
    console.print(table)
    _flush(buffer)


def print_records(rows: list[dict], columns: list[Col], width: int, *, title: str | None = None) -> None:
    """Each row as a block of "header  value" lines: what fits when a table cannot."""
    fields = []
    for c in columns:
        fields.append((c, c.header.replace("\n", " ")))
        if c.below:
            fields.append((Col(c.below, c.below_header or c.below, "atom"), c.below_header or c.below))
    label_width = max(len(h) for _, h in fields)
    room = max(width - label_width - GAP, 10)
    console, buffer = _console(width)
    if title:
        console.print(Text(title))
    for n, row in enumerate(rows):
        if n or title:
            console.print()
        for col, header in fields:
            lines = _lines(_value(row, col), col.kind, True)
            if col.kind == "atom" and len(" ".join(lines)) <= room:
                lines = [" ".join(lines)] if lines else []  # "12 450 patients" reads better on one line here
            wrapped = [part for line in lines for part in _wrap(line, room, col.kind, False)] or [""]
            for i, line in enumerate(wrapped):
                out = Text((header if i == 0 else "").ljust(label_width + GAP), style="bold")
                out.append(line)
                console.print(out, no_wrap=True, crop=False)
    _flush(buffer)
