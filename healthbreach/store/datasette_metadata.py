"""What Datasette shows beside the data: descriptions read from docs/schema.md, facets, search, canned queries.

docs/schema.md is the one description of the database (schema.md beside this
module links to it, so an installed package carries it): each "## `name`:
..." section gives a view's description (its heading and first paragraph)
and its column table, the "## Tables" table describes the tables.

The SQL functions the canned queries use (the project's own victim matching
and victim categories) are registered on every Datasette connection by the
`prepare_connection` hook in this module (see `register_plugin`).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from healthbreach.store.provenance import LICENCE, LICENCE_URL, SOURCE_NOTE

SCHEMA_DOC = Path(__file__).with_name("schema.md")

_HEADING = re.compile(r"^#{2,3} `([a-z_]+)`(?::\s*(.*))?$")
_ROW = re.compile(r"^\|(.+)\|\s*$")
_NAMES = re.compile(r"`([a-z_]+)`")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _ROW.match(line).group(1).split("|")]


def _plain(markdown: str) -> str:
    """Markdown as the plain text Datasette shows: no backticks, links as their words."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", markdown)
    return text.replace("`", "").strip()


def parse_schema(text: str) -> dict[str, dict[str, Any]]:
    """{table or view: {"description": str, "columns": {column: description}}} from docs/schema.md."""
    found: dict[str, dict[str, Any]] = {}
    current: str | None = None
    in_tables = False
    paragraph: list[str] | None = None  # the section's first paragraph while it is being read
    for line in text.splitlines():
        if line.startswith("#"):
            heading = _HEADING.match(line)
            current, in_tables, paragraph = None, line.strip() == "## Tables", None
            if heading:
                current, paragraph = heading.group(1), []
                found[current] = {"description": _plain(heading.group(2) or ""), "columns": {}}
            continue
        row = _ROW.match(line)
        if paragraph is not None and line.strip() and not row:
            paragraph.append(line.strip())
            continue
        if paragraph:  # a blank line or a table ends the first paragraph
            head = found[current]["description"]
            found[current]["description"] = (head + (". " if head else "") + _plain(" ".join(paragraph))).strip()
        if paragraph is not None and (row or not line.strip()) and (paragraph or row):
            paragraph = None
        if not row:
            continue
        cells = _cells(line)
        names = _NAMES.findall(cells[0]) if cells[0].startswith("`") else []
        if not names:
            continue  # a header or separator row
        if in_tables:
            for name in names:
                entry = found.setdefault(name, {"description": "", "columns": {}})
                entry["description"] = entry["description"] or _plain(cells[-1])
        elif current:
            kind = _plain(cells[1]) if len(cells) >= 3 else ""
            for name in names:
                found[current]["columns"][name] = _plain(cells[-1]) + (f" ({kind})" if kind else "")
    return found


def canned_queries() -> dict[str, dict[str, Any]]:
    return {
        "incidents_by_month": {
            "title": "Incidents by month first reported",
            "sql": "SELECT substr(first_reported, 1, 7) AS month, COUNT(*) AS incidents, SUM(records) AS records\n"
                   "FROM v_incidents WHERE first_reported IS NOT NULL\nGROUP BY month ORDER BY month",
        },
        "incidents_by_category": {
            "title": "Incidents by category of victim",
            "description": "Hospital, clinic, laboratory or imaging centre, pharmacy, insurer, care home or other, "
                           "from the words of the victims' names (\"CH\", \"CHU\", \"clinique\", \"mutuelle\", ...).",
            "sql": "SELECT hb_category(victims) AS category, COUNT(*) AS incidents, SUM(records) AS records\n"
                   "FROM v_incidents GROUP BY category ORDER BY incidents DESC, category",
        },
        "incidents_by_data_type": {
            "title": "Incidents by exposed data type",
            "sql": "SELECT t.value AS data_type, COUNT(*) AS incidents\n"
                   "FROM v_incidents, json_each(v_incidents.data_types) AS t\n"
                   "GROUP BY t.value ORDER BY incidents DESC, data_type",
        },
        "incidents_by_region": {
            "title": "Incidents by region and department",
            "description": "From the FINESS establishment each incident's victim is linked to (`healthbreach registry "
                           "import`); incidents whose victim is not in the registry count under \"not linked\".",
            "sql": "SELECT COALESCE(region, 'not linked') AS region, COALESCE(department, '') AS department,\n"
                   "COUNT(*) AS incidents, SUM(records) AS records\n"
                   "FROM v_incidents GROUP BY 1, 2 ORDER BY incidents DESC, region, department",
        },
        "largest_incidents": {
            "title": "Largest incidents by people or records affected",
            "sql": "SELECT incident_id, first_reported, victims, records, records_unit, data_types, n_sources, urls\n"
                   "FROM v_incidents WHERE records IS NOT NULL ORDER BY records DESC LIMIT 50",
        },
        "victim_history": {
            "title": "One victim's history",
            "description": "Every article about the incidents of one victim, oldest first. Accents and case are "
                           "ignored and \"CH\" stands for \"centre hospitalier\", as in `healthbreach incidents --victim`.",
            "sql": "SELECT a.published, a.source, a.title, a.url, i.incident_id, i.victims, i.records, i.records_unit\n"
                   "FROM v_incidents i JOIN v_articles a ON a.incident_id = i.incident_id\n"
                   "WHERE hb_victim_matches(i.victims, :victim)\nORDER BY a.published, a.article_id",
        },
    }


# Table options beyond descriptions: the analyst's defaults.
TABLE_OPTIONS: dict[str, dict[str, Any]] = {
    "v_incidents": {"sort_desc": "first_reported",
                    "facets": [{"array": "data_types"}, {"array": "sources"}, "records_unit"]},
    "v_articles": {"sort_desc": "published", "facets": ["source", "is_afp"],
                   "fts_table": "articles_fts", "fts_pk": "article_id"},
    "v_facts": {"facets": ["field", "source"]},
    "alembic_version": {"hidden": True},
    "locks": {"hidden": True},
}


def metadata(database: str, schema_doc: Path = SCHEMA_DOC) -> dict[str, Any]:
    """Datasette metadata for the database named `database` (its file's stem)."""
    described = parse_schema(schema_doc.read_text(encoding="utf-8"))
    tables = {}
    for name, entry in described.items():
        description = entry["description"][:1].upper() + entry["description"][1:]
        tables[name] = {"description": description, **({"columns": entry["columns"]} if entry["columns"] else {}),
                        **TABLE_OPTIONS.get(name, {})}
    for name, options in TABLE_OPTIONS.items():
        tables.setdefault(name, dict(options))
    return {
        "title": "healthbreach: health-sector data breaches in the French press",
        "description": "Cyberattacks and data leaks hitting health organisations, as reported by the French press, "
                       "each value with the sentence that supports it. Start with v_incidents; search articles in "
                       "v_articles.",
        "license": f"{LICENCE} (extracted data; article texts belong to their publishers)",
        "license_url": LICENCE_URL,
        "source": SOURCE_NOTE,
        "databases": {database: {"description": "One row per breach in v_incidents, per article in v_articles, "
                                                "per extracted value with its evidence in v_facts.",
                                 "tables": tables, "queries": canned_queries()}},
    }


# -- SQL functions for the canned queries -------------------------------------------------------------


def _names(victims: str | None) -> list[str]:
    if not victims:
        return []
    try:
        names = json.loads(victims)
    except ValueError:
        names = victims.split("; ")
    return [n for n in names if isinstance(n, str)] if isinstance(names, list) else []


def victim_matches(victims: str | None, query: str | None) -> int:
    from healthbreach.store.queries import victim_matches as matches

    return int(bool(query) and matches(query, _names(victims)))


def category(victims: str | None) -> str:
    from healthbreach.store.queries import victim_category

    return victim_category(_names(victims))


def prepare_connection(conn) -> None:
    conn.create_function("hb_victim_matches", 2, victim_matches, deterministic=True)
    conn.create_function("hb_category", 1, category, deterministic=True)


def register_plugin() -> None:
    """Make Datasette call this module's hooks (once per process)."""
    from datasette import hookimpl
    from datasette.plugins import pm

    module = sys.modules[__name__]
    if not pm.is_registered(module):
        globals()["prepare_connection"] = hookimpl(prepare_connection)
        pm.register(module, name="healthbreach")
